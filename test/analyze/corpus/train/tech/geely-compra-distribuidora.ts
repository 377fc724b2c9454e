import type { CorpusArticle } from '../../corpus-article.js';

/** Geely adquiere la mitad de un importador limeño de autos: vendedor, precio, Indecopi, gremio, cargadores (Spanish). */
export const article: CorpusArticle = {
  name: 'tech: Geely compra el 51 % de la importadora Motored Andina',
  language: 'es',
  publishedAt: '2026-03-10',
  annotated:
    '[[LIMA|lima]], 9 de marzo — El fabricante chino de automóviles {{Geely|COMPANY}} adquirió el 51 % de la ' +
    'importadora peruana {{Motored Andina|COMPANY}} por US$ 32 millones, informó la empresa el lunes en un comunicado. ' +
    'Las acciones fueron vendidas por el fondo chileno {{Inversiones Cordillera|COMPANY}}, que había comprado la ' +
    'importadora en 2018 a la familia {{Benavides|GROUP}}. ' +
    'La operación fue aprobada en febrero por el {{Instituto Nacional de Defensa de la Competencia y de la Protección ' +
    'de la Propiedad Intelectual|GOVERNMENT}} ({{Indecopi|GOVERNMENT|instituto-nacional-de-defensa-de-la-competencia-' +
    'y-de-la-proteccion-de-la-propiedad-intelectual}}), que supervisa las concentraciones empresariales. ' +
    '{{Motored Andina|COMPANY}}, con sede en el distrito limeño de {{Surquillo|PLACE}}, distribuye desde 2020 los ' +
    'vehículos de {{Geely|COMPANY}} y de su filial eléctrica {{Zeekr|COMPANY}} en 22 concesionarios. ' +
    'Su presidente, {{Alfredo Barrios|PERSON}}, seguirá al frente de la compañía y conservará el 49 % restante. ' +
    'Según declaró a {{Gestión|MEDIA}}, la firma invertirá US$ 15 millones en una red de 80 cargadores rápidos en ' +
    '[[Lima|lima]], {{Piura|PLACE}} y {{Arequipa|PLACE}}. ' +
    '{{Geely|COMPANY}}, fundada en {{Hangzhou|PLACE}} en 1986, es también accionista de {{Volvo Cars|COMPANY}} y de ' +
    '{{Mercedes-Benz|COMPANY}}. ' +
    'Las marcas chinas vendieron 38.000 vehículos en el [[Perú|peru]] en 2025, el 20 % del mercado, de acuerdo con la ' +
    '{{Asociación Automotriz del Perú|ORGANIZATION}}. ' +
    'Su vocero, {{Alberto Morisaki|PERSON}}, atribuyó el avance a los precios y a la oferta de modelos eléctricos.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'geely', target: 'china', sentence: 1 },
    {
      type: 'ACQUIRED',
      source: 'geely',
      target: 'motored-andina',
      sentence: 1,
      quantities: [
        { value: 51, unit: '%' },
        { value: 32000000, unit: 'USD' },
      ],
    },
    { type: 'AFFILIATED_WITH', source: 'motored-andina', target: 'peru', sentence: 1 },
    { type: 'STATED', source: 'geely', target: 'motored-andina', sentence: 1, validFrom: '2026-03-09' },
    { type: 'SOLD', source: 'inversiones-cordillera', target: 'motored-andina', sentence: 2 },
    { type: 'ACQUIRED', source: 'inversiones-cordillera', target: 'motored-andina', sentence: 2, validFrom: '2018' },
    { type: 'SOLD', source: 'benavides', target: 'motored-andina', sentence: 2, validFrom: '2018' },
    {
      type: 'REGULATES',
      source: 'instituto-nacional-de-defensa-de-la-competencia-y-de-la-proteccion-de-la-propiedad-intelectual',
      target: 'geely',
      sentence: 3,
      validFrom: '2026-02',
    },
    { type: 'HEADQUARTERED_IN', source: 'motored-andina', target: 'surquillo', sentence: 4 },
    { type: 'PARTNERS_WITH', source: 'motored-andina', target: 'geely', sentence: 4, validFrom: '2020' },
    { type: 'PART_OF', source: 'zeekr', target: 'geely', sentence: 4 },
    { type: 'LEADS', source: 'alfredo-barrios', target: 'motored-andina', sentence: 5 },
    { type: 'OWNS', source: 'alfredo-barrios', target: 'motored-andina', sentence: 5, quantities: [{ value: 49, unit: '%' }] },
    { type: 'COMMUNICATED_VIA', source: 'alfredo-barrios', target: 'gestion', sentence: 6 },
    { type: 'STATED', source: 'alfredo-barrios', target: 'motored-andina', sentence: 6 },
    { type: 'INVESTED_IN', source: 'motored-andina', target: 'lima', sentence: 6, quantities: [{ value: 15000000, unit: 'USD' }] },
    { type: 'HEADQUARTERED_IN', source: 'geely', target: 'hangzhou', sentence: 7, validFrom: '1986' },
    { type: 'OWNS', source: 'geely', target: 'volvo-cars', sentence: 7 },
    { type: 'OWNS', source: 'geely', target: 'mercedes-benz', sentence: 7 },
    { type: 'STATED', source: 'asociacion-automotriz-del-peru', target: 'peru', sentence: 8 },
    { type: 'STATED', source: 'alberto-morisaki', target: 'asociacion-automotriz-del-peru', sentence: 9 },
    { type: 'AFFILIATED_WITH', source: 'alberto-morisaki', target: 'asociacion-automotriz-del-peru', sentence: 9 },
  ],
};
