import type { CorpusArticle } from '../corpus-article.js';

export const article: CorpusArticle = {
  name: 'chancay-logistics-park-bids',
  language: 'en',
  publishedAt: '2025-06-18',
  annotated:
    '[[LIMA|lima]] — The Chinese logistics companies {{Sinotrans|COMPANY}} and {{JD Logistics|COMPANY}} ' +
    'have bid to build warehouses at the {{Chancay Norte Industrial Park|INFRASTRUCTURE}}, a ' +
    '1,200-hectare site planned beside the [[Port of Chancay|chancay-port]], its developer said on ' +
    'Tuesday. A third offer came from {{Zhongyuan Cold Chain|COMPANY}}, a refrigerated-storage operator ' +
    'based in the Chinese port city of {{Ningbo|PLACE}}. The developer, {{Inmobiliaria Costa Norte|COMPANY}}, ' +
    'will pick the winners by September, its general manager {{Lucía Salcedo|PERSON}} told the state ' +
    'news agency {{Andina|MEDIA}}. “The port has given us the anchor we lacked; now exporters want cold ' +
    'stores and bonded warehouses next to the quay,” she said. The park lies in the province of ' +
    '{{Huaral|PLACE}}, about 75 kilometres north of [[Lima|lima]], on former cotton land that {{Costa ' +
    'Norte|COMPANY|inmobiliaria-costa-norte}} has owned since 2019. [[COSCO Shipping|cosco-shipping]], ' +
    'which owns 60% of the port and runs its terminals, agreed in May to give the park’s tenants ' +
    'priority berthing windows under a memorandum signed with the developer. Tenants would pay no income ' +
    'tax for ten years under the {{Special Economic Zones Law|PLAN}}, which the [[Congress of Peru|peru-congress]] ' +
    'approved in December 2024. The [[Ministry of Foreign Trade and Tourism|mincetur]] ' +
    '([[Mincetur|mincetur]]) must still declare the site a special zone, a step that Vice Minister ' +
    '{{Teresa Villanueva|PERSON}} said could come before the end of the year. {{Sinotrans|COMPANY}}, the ' +
    'logistics arm of the state-owned {{China Merchants Group|COMPANY}}, already operates a bonded ' +
    'warehouse in {{Callao|PLACE}}. {{JD Logistics|COMPANY}}, the delivery unit of the online retailer ' +
    '{{JD.com|COMPANY}}, has no operations in [[Peru|peru]] yet. ' +
    '{{Zhongyuan|COMPANY|zhongyuan-cold-chain}} said in a statement that it would invest up to US$ 120 ' +
    'million in the park if chosen. Farmers’ groups in {{Huaral|PLACE}} have objected to the loss of ' +
    'irrigated land, and the {{National Water Authority|GOVERNMENT}} ' +
    '({{ANA|GOVERNMENT|national-water-authority}}) is reviewing the developer’s water licence.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'sinotrans', target: 'china', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'jd-logistics', target: 'china', sentence: 1 },
    { type: 'HEADQUARTERED_IN', source: 'zhongyuan-cold-chain', target: 'ningbo', sentence: 2 },
    { type: 'LOCATED_IN', source: 'ningbo', target: 'china', sentence: 2 },
    { type: 'PLANS', source: 'inmobiliaria-costa-norte', target: 'chancay-norte-industrial-park', sentence: 3 },
    { type: 'LEADS', source: 'lucia-salcedo', target: 'inmobiliaria-costa-norte', sentence: 3 },
    { type: 'COMMUNICATED_VIA', source: 'lucia-salcedo', target: 'andina', sentence: 3 },
    { type: 'STATED', source: 'lucia-salcedo', target: 'chancay-port', sentence: 4 },
    { type: 'LOCATED_IN', source: 'chancay-norte-industrial-park', target: 'huaral', sentence: 5 },
    { type: 'OWNS', source: 'inmobiliaria-costa-norte', target: 'chancay-norte-industrial-park', sentence: 5, validFrom: '2019' },
    { type: 'OWNS', source: 'cosco-shipping', target: 'chancay-port', sentence: 6, quantities: [{ value: 60, unit: '%' }] },
    { type: 'OPERATES', source: 'cosco-shipping', target: 'chancay-port', sentence: 6 },
    { type: 'PARTNERS_WITH', source: 'cosco-shipping', target: 'inmobiliaria-costa-norte', sentence: 6, validFrom: '2025-05' },
    { type: 'ADOPTED', source: 'peru-congress', target: 'special-economic-zones-law', sentence: 7, validFrom: '2024-12' },
    { type: 'HOLDS_OFFICE_IN', source: 'teresa-villanueva', target: 'mincetur', sentence: 8 },
    { type: 'STATED', source: 'teresa-villanueva', target: 'chancay-norte-industrial-park', sentence: 8 },
    { type: 'PART_OF', source: 'sinotrans', target: 'china-merchants-group', sentence: 9 },
    { type: 'PART_OF', source: 'jd-logistics', target: 'jd-com', sentence: 10 },
    {
      type: 'INVESTED_IN',
      source: 'zhongyuan-cold-chain',
      target: 'chancay-norte-industrial-park',
      sentence: 11,
      quantities: [{ value: 120000000, unit: 'USD' }],
    },
    { type: 'STATED', source: 'zhongyuan-cold-chain', target: 'chancay-norte-industrial-park', sentence: 11 },
    { type: 'REGULATES', source: 'national-water-authority', target: 'inmobiliaria-costa-norte', sentence: 12 },
  ],
};
