import type { CorpusArticle } from '../../corpus-article.js';

/** The Line 1 concessionaire buys 20 trains from CRRC Qingdao Sifang: its owner, the regulators, a visit to Qingdao, Line 2 (Spanish). */
export const article: CorpusArticle = {
  name: 'transport: la Línea 1 del Metro de Lima compra trenes a CRRC',
  language: 'es',
  publishedAt: '2025-05-28',
  annotated:
    '[[LIMA|lima]], 27 de mayo — {{GyM Ferrovías|COMPANY}}, concesionaria de la ' +
    '{{Línea 1 del Metro de Lima|INFRASTRUCTURE}}, comprará 20 trenes a la china {{CRRC Qingdao Sifang|COMPANY}} por ' +
    'US$ 310 millones, informó este martes la empresa. ' +
    'Los convoyes, de seis coches cada uno, se fabricarán en la planta que el fabricante tiene en {{Qingdao|PLACE}} y ' +
    'llegarán al {{Puerto del Callao|INFRASTRUCTURE}} a partir de 2027. ' +
    '{{CRRC Qingdao Sifang|COMPANY}} es filial de {{CRRC Corporation|COMPANY}}, el mayor fabricante de material ' +
    'ferroviario del mundo, con sede en {{Pekín|PLACE}}. ' +
    'La concesionaria, que pertenece al grupo peruano {{AENZA|COMPANY}}, opera la línea desde 2012 y transporta unos ' +
    '550.000 pasajeros al día. ' +
    'Su gerente general, {{Patricia Otoya Rázuri|PERSON}}, explicó que los nuevos trenes reducirán la espera en hora ' +
    'punta a dos minutos. ' +
    'La compra fue aprobada por {{Ositrán|GOVERNMENT}}, que supervisa el contrato de concesión, y por la ' +
    '{{Autoridad de Transporte Urbano para Lima y Callao|GOVERNMENT}} ' +
    '({{ATU|GOVERNMENT|autoridad-de-transporte-urbano-para-lima-y-callao}}). ' +
    'El presidente de la {{ATU|GOVERNMENT|autoridad-de-transporte-urbano-para-lima-y-callao}}, ' +
    '{{Óscar Villena Paredes|PERSON}}, viajó en marzo a {{Qingdao|PLACE}}, donde se reunió con directivos de ' +
    '{{CRRC|COMPANY|crrc-corporation}}. ' +
    'Agregó que la autoridad evalúa comprar trenes chinos también para la {{Línea 2 del Metro de Lima|INFRASTRUCTURE}}, ' +
    'que opera el consorcio {{Metro de Lima Línea 2|COMPANY}}.',
  relationships: [
    { type: 'OPERATES', source: 'gym-ferrovias', target: 'linea-1-del-metro-de-lima', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'crrc-qingdao-sifang', target: 'china', sentence: 1 },
    {
      type: 'INVESTED_IN',
      source: 'gym-ferrovias',
      target: 'linea-1-del-metro-de-lima',
      sentence: 1,
      quantities: [{ value: 310000000, unit: 'USD' }],
    },
    { type: 'PARTNERS_WITH', source: 'gym-ferrovias', target: 'crrc-qingdao-sifang', sentence: 1 },
    { type: 'STATED', source: 'gym-ferrovias', target: 'crrc-qingdao-sifang', sentence: 1, validFrom: '2025-05-27' },
    { type: 'LOCATED_IN', source: 'crrc-qingdao-sifang', target: 'qingdao', sentence: 2 },
    { type: 'PART_OF', source: 'crrc-qingdao-sifang', target: 'crrc-corporation', sentence: 3 },
    { type: 'HEADQUARTERED_IN', source: 'crrc-corporation', target: 'pekin', sentence: 3 },
    { type: 'OWNS', source: 'aenza', target: 'gym-ferrovias', sentence: 4 },
    { type: 'AFFILIATED_WITH', source: 'aenza', target: 'peru', sentence: 4 },
    { type: 'OPERATES', source: 'gym-ferrovias', target: 'linea-1-del-metro-de-lima', sentence: 4, validFrom: '2012' },
    { type: 'LEADS', source: 'patricia-otoya-razuri', target: 'gym-ferrovias', sentence: 5 },
    { type: 'STATED', source: 'patricia-otoya-razuri', target: 'linea-1-del-metro-de-lima', sentence: 5 },
    { type: 'REGULATES', source: 'ositran', target: 'linea-1-del-metro-de-lima', sentence: 6 },
    {
      type: 'REGULATES',
      source: 'autoridad-de-transporte-urbano-para-lima-y-callao',
      target: 'linea-1-del-metro-de-lima',
      sentence: 6,
    },
    { type: 'LEADS', source: 'oscar-villena-paredes', target: 'autoridad-de-transporte-urbano-para-lima-y-callao', sentence: 7 },
    { type: 'VISITED', source: 'oscar-villena-paredes', target: 'qingdao', sentence: 7, validFrom: '2025-03' },
    { type: 'MET', source: 'oscar-villena-paredes', target: 'crrc-corporation', sentence: 7, validFrom: '2025-03' },
    { type: 'STATED', source: 'oscar-villena-paredes', target: 'linea-2-del-metro-de-lima', sentence: 8 },
    { type: 'OPERATES', source: 'metro-de-lima-linea-2', target: 'linea-2-del-metro-de-lima', sentence: 8 },
  ],
};
