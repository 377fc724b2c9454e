import type { CorpusArticle } from '../../corpus-article.js';

/** China levanta el veto a langostinos de dos plantas de Tumbes: Sanipes, la aduana china, la empresa, el gobernador (Spanish). */
export const article: CorpusArticle = {
  name: 'finance: China levanta la suspensión a langostinos de dos plantas de Tumbes',
  language: 'es',
  publishedAt: '2026-05-21',
  annotated:
    '{{TUMBES|PLACE}}, 20 de mayo — La aduana de [[China|china]] levantó la suspensión que desde enero pesaba sobre ' +
    'los langostinos de dos plantas de la región, informó el {{Organismo Nacional de Sanidad Pesquera|GOVERNMENT}} ' +
    '({{Sanipes|GOVERNMENT|organismo-nacional-de-sanidad-pesquera}}). ' +
    'El veto se había impuesto tras detectarse restos de un antibiótico en un lote enviado al puerto de ' +
    '{{Qingdao|PLACE}}. ' +
    'Las plantas pertenecen a {{Marinasol|COMPANY}}, la mayor productora de langostino del país, con sede en ' +
    '{{Zorritos|PLACE}} y propiedad en un 51% del grupo ecuatoriano {{Songa|COMPANY}}. ' +
    'Su gerente de exportaciones, {{Patricia Gallo Rentería|PERSON}}, dijo a {{RPP|MEDIA}} que la empresa perdió ' +
    'pedidos por unos US$ 14 millones durante la suspensión. ' +
    'El jefe de {{Sanipes|GOVERNMENT|organismo-nacional-de-sanidad-pesquera}}, {{Jorge Luis Mejía Soto|PERSON}}, viajó ' +
    'en abril a {{Pekín|PLACE}}, donde se reunió con funcionarios de la ' +
    '{{Administración General de Aduanas de China|GOVERNMENT}} para presentar los nuevos controles. ' +
    'Aseguró que el organismo, adscrito al {{Ministerio de la Producción|GOVERNMENT}}, analizará cada lote antes del ' +
    'embarque. ' +
    'El gobernador regional, {{Segismundo Cruces Ordinola|PERSON}}, celebró la noticia y anunció que el ' +
    '{{Gobierno Regional de Tumbes|GOVERNMENT}} pedirá al {{Banco Agropecuario|COMPANY}} ' +
    '({{Agrobanco|COMPANY|banco-agropecuario}}) una línea de crédito para los pequeños acuicultores. ' +
    '[[China|china]] compró langostinos peruanos por US$ 120 millones en 2025, un tercio del total exportado.',
  relationships: [
    { type: 'STATED', source: 'organismo-nacional-de-sanidad-pesquera', target: 'china', sentence: 1 },
    { type: 'HEADQUARTERED_IN', source: 'marinasol', target: 'zorritos', sentence: 3 },
    { type: 'OWNS', source: 'songa', target: 'marinasol', sentence: 3, quantities: [{ value: 51, unit: '%' }] },
    { type: 'AFFILIATED_WITH', source: 'patricia-gallo-renteria', target: 'marinasol', sentence: 4 },
    { type: 'COMMUNICATED_VIA', source: 'patricia-gallo-renteria', target: 'rpp', sentence: 4 },
    { type: 'STATED', source: 'patricia-gallo-renteria', target: 'marinasol', sentence: 4 },
    { type: 'LEADS', source: 'jorge-luis-mejia-soto', target: 'organismo-nacional-de-sanidad-pesquera', sentence: 5 },
    { type: 'VISITED', source: 'jorge-luis-mejia-soto', target: 'pekin', sentence: 5, validFrom: '2026-04' },
    {
      type: 'MET',
      source: 'jorge-luis-mejia-soto',
      target: 'administracion-general-de-aduanas-de-china',
      sentence: 5,
      validFrom: '2026-04',
    },
    { type: 'AFFILIATED_WITH', source: 'administracion-general-de-aduanas-de-china', target: 'china', sentence: 5 },
    { type: 'STATED', source: 'jorge-luis-mejia-soto', target: 'organismo-nacional-de-sanidad-pesquera', sentence: 6 },
    { type: 'PART_OF', source: 'organismo-nacional-de-sanidad-pesquera', target: 'ministerio-de-la-produccion', sentence: 6 },
    { type: 'LEADS', source: 'segismundo-cruces-ordinola', target: 'gobierno-regional-de-tumbes', sentence: 7 },
    { type: 'STATED', source: 'segismundo-cruces-ordinola', target: 'gobierno-regional-de-tumbes', sentence: 7 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'gobierno-regional-de-tumbes', target: 'banco-agropecuario', sentence: 7 },
  ],
};
