import type { CorpusArticle } from '../corpus-article.js';

/**
 * A China Mobile joint venture wins 3.5 GHz blocks in Peru: owners, supplier, regulator, minister, US objections (English).
 */
export const article: CorpusArticle = {
  name: 'spectrum-auction-3500-mhz',
  language: 'en',
  publishedAt: '2026-04-09',
  annotated:
    '[[LIMA|lima]], April 8 — {{Andina Móvil|COMPANY}}, a consortium in which the state-owned Chinese carrier ' +
    '{{China Mobile|COMPANY}} holds 49%, won two of the three blocks offered in [[Peru|peru]]’s 3.5 GHz auction for ' +
    'US$ 212 million, the investment agency {{ProInversión|GOVERNMENT}} said on Wednesday. ' +
    'The remaining block went to {{Telefónica del Perú|COMPANY}}, which bid US$ 98 million. ' +
    'The other 51% of {{Andina Móvil|COMPANY}} belongs to the Peruvian fibre operator {{Red Austral|COMPANY}}, which ' +
    'has worked with {{China Mobile|COMPANY}} since 2023. ' +
    'The consortium plans to invest US$ 600 million in [[Peru|peru]] over five years and to cover 70% of the ' +
    'population of [[Lima|lima]] and {{Arequipa|PLACE}} by 2028. ' +
    '{{Luis Chang Wong|PERSON}}, its general manager, told [[China Daily|china-daily]] that [[Huawei|huawei]] would ' +
    'supply the radio equipment. ' +
    'The telecoms regulator {{Osiptel|GOVERNMENT}}, which will oversee the new operator, said it would check that ' +
    '[[Huawei|huawei]] equipment met Peruvian security standards. ' +
    '{{Washington|COUNTRY|united-states}} has urged governments in {{Latin America|PLACE}} to keep Chinese suppliers ' +
    'out of 5G networks, and the US embassy in [[Lima|lima]] declined to comment. ' +
    'Transport and Communications Minister {{Rosa Miranda Quiroz|PERSON}} said the auction would raise mobile speeds ' +
    'in the capital by 2027. ' +
    '[[Huawei|huawei]] already supplies {{Bitel|COMPANY}}, the mobile operator owned by the Vietnamese group ' +
    '{{Viettel|COMPANY}}.',
  relationships: [
    { type: 'OWNS', source: 'china-mobile', target: 'andina-movil', sentence: 1, quantities: [{ value: 49, unit: '%' }] },
    { type: 'AFFILIATED_WITH', source: 'china-mobile', target: 'china', sentence: 1 },
    { type: 'STATED', source: 'proinversion', target: 'andina-movil', sentence: 1, validFrom: '2026-04-08' },
    { type: 'OWNS', source: 'red-austral', target: 'andina-movil', sentence: 3, quantities: [{ value: 51, unit: '%' }] },
    { type: 'AFFILIATED_WITH', source: 'red-austral', target: 'peru', sentence: 3 },
    { type: 'PARTNERS_WITH', source: 'red-austral', target: 'china-mobile', sentence: 3, validFrom: '2023' },
    {
      type: 'INVESTED_IN',
      source: 'andina-movil',
      target: 'peru',
      sentence: 4,
      quantities: [{ value: 600000000, unit: 'USD' }],
    },
    { type: 'LEADS', source: 'luis-chang-wong', target: 'andina-movil', sentence: 5 },
    { type: 'COMMUNICATED_VIA', source: 'luis-chang-wong', target: 'china-daily', sentence: 5 },
    { type: 'STATED', source: 'luis-chang-wong', target: 'huawei', sentence: 5 },
    { type: 'PARTNERS_WITH', source: 'andina-movil', target: 'huawei', sentence: 5 },
    { type: 'REGULATES', source: 'osiptel', target: 'andina-movil', sentence: 6 },
    { type: 'STATED', source: 'osiptel', target: 'huawei', sentence: 6 },
    { type: 'STATED', source: 'united-states', target: 'latin-america', sentence: 7 },
    { type: 'HOLDS_OFFICE_IN', source: 'rosa-miranda-quiroz', target: 'peru', sentence: 8 },
    { type: 'STATED', source: 'rosa-miranda-quiroz', target: 'lima', sentence: 8 },
    { type: 'PARTNERS_WITH', source: 'huawei', target: 'bitel', sentence: 9 },
    { type: 'OWNS', source: 'viettel', target: 'bitel', sentence: 9 },
  ],
};
