import type { CorpusArticle } from '../corpus-article.js';

/** OOCL opens a direct Shanghai–Paita container service: its owner COSCO, the port’s operator, growers, the port authority (English). */
export const article: CorpusArticle = {
  name: 'OOCL opens a Shanghai–Paita service',
  language: 'en',
  publishedAt: '2025-05-15',
  annotated:
    '[[LIMA|lima]], May 14 — The Chinese container line {{Orient Overseas Container Line|COMPANY}} ' +
    '({{OOCL|COMPANY|orient-overseas-container-line}}) will open a weekly service next month between ' +
    '{{Shanghai|PLACE}} and the port of {{Paita|INFRASTRUCTURE}}, in northern [[Peru|peru]], the first direct link ' +
    'between [[China|china]] and that part of the country, the company said on Wednesday. ' +
    'The {{Hong Kong|PLACE}}-based carrier, in which [[COSCO Shipping|cosco-shipping]] has held a controlling stake of ' +
    'about 71% since 2018, will deploy four ships of 4,250 containers each on the route. ' +
    'They will call at {{Ningbo|PLACE}}, {{Busan|PLACE}} and [[Chancay|chancay-port]] before reaching ' +
    '{{Paita|INFRASTRUCTURE}}, and will carry fruit and fishmeal on the way back. ' +
    'The terminal, in the {{Piura|PLACE}} region, has been run since 2009 by ' +
    '{{Terminales Portuarios Euroandinos|COMPANY}} ({{TPE|COMPANY|terminales-portuarios-euroandinos}}) under a 30-year ' +
    'concession. ' +
    '{{Álvaro Gutiérrez Salazar|PERSON}}, the operator’s general manager, said the service would cut the journey of ' +
    'grapes and mangoes from {{Piura|PLACE}} to {{Shanghai|PLACE}} from 38 days to 27. ' +
    'Until now most of the region’s fruit has gone by truck to {{Callao|PLACE}}, some 1,000 kilometres to the south, ' +
    'to be shipped to {{Asia|PLACE}}. ' +
    '{{Provid|ORGANIZATION}}, the association of [[Peru|peru]]’s table-grape growers, said that [[China|china]] bought 14% of ' +
    'its members’ grapes last season and that the new route could double that share. ' +
    'The {{National Port Authority|GOVERNMENT}} ({{APN|GOVERNMENT|national-port-authority}}), which oversees the ' +
    'country’s ports, said {{Paita|INFRASTRUCTURE}} handled 310,000 containers last year, 9% more than in 2023. ' +
    '[[COSCO Shipping|cosco-shipping]], which owns 60% of [[Chancay|chancay-port]], has said it wants to make the ' +
    'port north of [[Lima|lima]] its hub for the west coast of {{South America|PLACE}}.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'orient-overseas-container-line', target: 'china', sentence: 1 },
    { type: 'LOCATED_IN', source: 'paita', target: 'peru', sentence: 1 },
    { type: 'STATED', source: 'orient-overseas-container-line', target: 'paita', sentence: 1, validFrom: '2025-05-14' },
    { type: 'HEADQUARTERED_IN', source: 'orient-overseas-container-line', target: 'hong-kong', sentence: 2 },
    {
      type: 'OWNS',
      source: 'cosco-shipping',
      target: 'orient-overseas-container-line',
      sentence: 2,
      validFrom: '2018',
      quantities: [{ value: 71, unit: '%' }],
    },
    { type: 'LOCATED_IN', source: 'paita', target: 'piura', sentence: 4 },
    { type: 'OPERATES', source: 'terminales-portuarios-euroandinos', target: 'paita', sentence: 4, validFrom: '2009' },
    { type: 'LEADS', source: 'alvaro-gutierrez-salazar', target: 'terminales-portuarios-euroandinos', sentence: 5 },
    { type: 'STATED', source: 'alvaro-gutierrez-salazar', target: 'orient-overseas-container-line', sentence: 5 },
    { type: 'STATED', source: 'provid', target: 'china', sentence: 7 },
    { type: 'AFFILIATED_WITH', source: 'provid', target: 'peru', sentence: 7 },
    { type: 'REGULATES', source: 'national-port-authority', target: 'paita', sentence: 8 },
    { type: 'STATED', source: 'national-port-authority', target: 'paita', sentence: 8 },
    { type: 'OWNS', source: 'cosco-shipping', target: 'chancay-port', sentence: 9, quantities: [{ value: 60, unit: '%' }] },
    { type: 'STATED', source: 'cosco-shipping', target: 'chancay-port', sentence: 9 },
  ],
};
