import type { CorpusArticle } from '../../corpus-article.js';

/**
 * ProInversión awards the Pucallpa river port to a Sino-Peruvian consortium: shares, the signing, the regulator, a request to
 * Beijing (Spanish).
 */
export const article: CorpusArticle = {
  name: 'transport: consorcio chino-peruano se adjudica el puerto fluvial de Pucallpa',
  language: 'es',
  publishedAt: '2025-11-20',
  annotated:
    '{{PUCALLPA|PLACE}}, 19 de noviembre — {{ProInversión|GOVERNMENT}} adjudicó este miércoles la concesión del ' +
    '{{Terminal Portuario de Pucallpa|INFRASTRUCTURE}} al consorcio {{Puertos Amazónicos del Oriente|COMPANY}}, ' +
    'integrado por la china {{Anhui Provincial Port Group|COMPANY}} y la peruana {{Naviera Ucayali|COMPANY}}. ' +
    'El consorcio invertirá US$ 130 millones en el terminal, que operará durante 30 años. ' +
    'La firma china controla el 51% del consorcio y su socia local, con sede en {{Pucallpa|PLACE}}, el 49% restante. ' +
    'El terminal, a orillas del río, en la región {{Ucayali|PLACE}}, moverá madera, combustibles y alimentos hacia ' +
    '{{Iquitos|PLACE}} y la frontera con {{Brasil|COUNTRY}}. ' +
    'El contrato fue suscrito por el ministro de Transportes, {{Marco Antonio Zevallos Ruiz|PERSON}}, y por el ' +
    'representante del consorcio, {{Xie Ming|PERSON}}, ante el gobernador regional de {{Ucayali|PLACE}}, ' +
    '{{Ángel Tuesta Panduro|PERSON}}. ' +
    '{{Anhui Provincial Port Group|COMPANY}}, con sede en {{Hefei|PLACE}}, administra 14 puertos fluviales sobre el ' +
    '{{Yangtsé|PLACE}}. ' +
    'Según {{Ositrán|GOVERNMENT}}, que supervisará la concesión, las obras deberán concluir en 2028. ' +
    'El ministro agregó que el [[Perú|peru]] evalúa pedir a [[Pekín|china]] financiamiento para la ' +
    '{{Hidrovía Amazónica|INFRASTRUCTURE}}, un proyecto paralizado desde 2021.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'anhui-provincial-port-group', target: 'china', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'naviera-ucayali', target: 'peru', sentence: 1 },
    { type: 'PARTNERS_WITH', source: 'anhui-provincial-port-group', target: 'naviera-ucayali', sentence: 1 },
    {
      type: 'GRANTED_EXCLUSIVITY_TO',
      source: 'proinversion',
      target: 'puertos-amazonicos-del-oriente',
      sentence: 1,
      validFrom: '2025-11-19',
    },
    {
      type: 'INVESTED_IN',
      source: 'puertos-amazonicos-del-oriente',
      target: 'terminal-portuario-de-pucallpa',
      sentence: 2,
      quantities: [{ value: 130000000, unit: 'USD' }],
    },
    { type: 'OPERATES', source: 'puertos-amazonicos-del-oriente', target: 'terminal-portuario-de-pucallpa', sentence: 2 },
    {
      type: 'OWNS',
      source: 'anhui-provincial-port-group',
      target: 'puertos-amazonicos-del-oriente',
      sentence: 3,
      quantities: [{ value: 51, unit: '%' }],
    },
    {
      type: 'OWNS',
      source: 'naviera-ucayali',
      target: 'puertos-amazonicos-del-oriente',
      sentence: 3,
      quantities: [{ value: 49, unit: '%' }],
    },
    { type: 'HEADQUARTERED_IN', source: 'naviera-ucayali', target: 'pucallpa', sentence: 3 },
    { type: 'LOCATED_IN', source: 'terminal-portuario-de-pucallpa', target: 'ucayali', sentence: 4 },
    { type: 'HOLDS_OFFICE_IN', source: 'marco-antonio-zevallos-ruiz', target: 'peru', sentence: 5 },
    { type: 'AFFILIATED_WITH', source: 'xie-ming', target: 'puertos-amazonicos-del-oriente', sentence: 5 },
    { type: 'LEADS', source: 'angel-tuesta-panduro', target: 'ucayali', sentence: 5 },
    { type: 'HEADQUARTERED_IN', source: 'anhui-provincial-port-group', target: 'hefei', sentence: 6 },
    { type: 'REGULATES', source: 'ositran', target: 'terminal-portuario-de-pucallpa', sentence: 7 },
    { type: 'STATED', source: 'ositran', target: 'terminal-portuario-de-pucallpa', sentence: 7 },
    { type: 'STATED', source: 'marco-antonio-zevallos-ruiz', target: 'china', sentence: 8 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'peru', target: 'china', sentence: 8 },
  ],
};
