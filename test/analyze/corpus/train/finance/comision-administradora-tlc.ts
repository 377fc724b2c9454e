import type { CorpusArticle } from '../../corpus-article.js';

/** La comisión administradora del TLC se reúne en Lima: viceministros, reglas de origen, un memorando de comercio electrónico (Spanish). */
export const article: CorpusArticle = {
  name: 'finance: Perú y China revisan reglas de origen en la comisión del TLC',
  language: 'es',
  publishedAt: '2025-10-30',
  annotated:
    '[[LIMA|lima]], 29 de octubre — Delegaciones del [[Perú|peru]] y de [[China|china]] se reunieron el 28 y 29 de ' +
    'octubre en [[Lima|lima]] en la {{Comisión Administradora del TLC Perú-China|GOVERNMENT}}, el órgano que vigila ' +
    'el cumplimiento del [[Tratado de Libre Comercio Perú-China|china-peru-fta]]. ' +
    'La reunión fue presidida por la viceministra de Comercio Exterior, {{Teresa Mera Gómez|PERSON}}, y por el ' +
    'viceministro de Comercio chino, {{Ling Ji|PERSON}}. ' +
    'Según el [[Mincetur|mincetur]], ambas partes acordaron simplificar las reglas de origen del café tostado y del ' +
    'chocolate, que hoy pagan aranceles de hasta 15% al ingresar a ese país. ' +
    '{{Mera|PERSON|teresa-mera-gomez}} indicó que el cambio beneficiará a cooperativas de ' +
    '{{Cusco|PLACE}}, {{Amazonas|PLACE}} y {{Junín|PLACE}}. ' +
    '{{Ling|PERSON|ling-ji}}, por su parte, pidió agilizar los permisos sanitarios para la carne de cerdo y los lácteos chinos. ' +
    'Al término del encuentro, ambos firmaron un {{Memorando de Entendimiento sobre Comercio Electrónico|AGREEMENT}}, ' +
    'que prevé que la plataforma {{JD.com|COMPANY}} abra una tienda de productos peruanos. ' +
    'La empresa, con sede en {{Pekín|PLACE}}, vende desde 2023 paltas y arándanos peruanos a través de su filial ' +
    '{{JD Fresh|COMPANY}}. ' +
    'La {{Cámara de Comercio de Lima|ORGANIZATION}}, que preside {{Roberto de la Tore|PERSON}}, saludó los acuerdos, ' +
    'aunque advirtió que la apertura a la carne de cerdo china afectará a los criadores de {{Arequipa|PLACE}}.',
  relationships: [
    { type: 'MET', source: 'peru', target: 'china', sentence: 1, validFrom: '2025-10-28' },
    { type: 'PARTICIPATES_IN', source: 'peru', target: 'comision-administradora-del-tlc-peru-china', sentence: 1 },
    { type: 'PARTICIPATES_IN', source: 'china', target: 'comision-administradora-del-tlc-peru-china', sentence: 1 },
    { type: 'PART_OF', source: 'comision-administradora-del-tlc-peru-china', target: 'china-peru-fta', sentence: 1 },
    { type: 'PRESIDED_OVER', source: 'teresa-mera-gomez', target: 'comision-administradora-del-tlc-peru-china', sentence: 2 },
    { type: 'PRESIDED_OVER', source: 'ling-ji', target: 'comision-administradora-del-tlc-peru-china', sentence: 2 },
    { type: 'HOLDS_OFFICE_IN', source: 'ling-ji', target: 'china', sentence: 2 },
    { type: 'STATED', source: 'mincetur', target: 'china', sentence: 3 },
    { type: 'STATED', source: 'teresa-mera-gomez', target: 'cusco', sentence: 4 },
    { type: 'SIGNED', source: 'teresa-mera-gomez', target: 'memorando-de-entendimiento-sobre-comercio-electronico', sentence: 6 },
    { type: 'SIGNED', source: 'ling-ji', target: 'memorando-de-entendimiento-sobre-comercio-electronico', sentence: 6 },
    { type: 'HEADQUARTERED_IN', source: 'jd-com', target: 'pekin', sentence: 7 },
    { type: 'PART_OF', source: 'jd-fresh', target: 'jd-com', sentence: 7 },
    { type: 'LEADS', source: 'roberto-de-la-tore', target: 'camara-de-comercio-de-lima', sentence: 8 },
    { type: 'STATED', source: 'camara-de-comercio-de-lima', target: 'china', sentence: 8 },
  ],
};
