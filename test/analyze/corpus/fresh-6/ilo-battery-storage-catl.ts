import type { CorpusArticle } from '../corpus-article.js';

/** A Chinese battery maker wins a contract to supply a grid storage plant in southern Peru (English). */
export const article: CorpusArticle = {
  name: 'CATL to supply Engie’s battery plant in Ilo',
  language: 'en',
  publishedAt: '2025-08-06',
  annotated:
    '{{MOQUEGUA|PLACE}}, 5 August — {{Engie Energía Perú|COMPANY}} has signed a $96m contract with the Chinese ' +
    'battery maker {{Contemporary Amperex Technology|COMPANY}} ({{CATL|COMPANY|contemporary-amperex-technology}}) to ' +
    'supply {{Batería Sur|INFRASTRUCTURE}}, a 200-megawatt storage plant in the southern port of {{Ilo|PLACE}}. ' +
    '{{Engie Energía Perú|COMPANY}}, in which the French utility {{Engie|COMPANY}} holds 62%, is building the plant ' +
    'beside its {{Ilo 41|INFRASTRUCTURE}} diesel station and expects to finish it in 2026. The batteries will store ' +
    'cheap solar power by day and release it during the evening peak, when the southern grid still burns diesel, said ' +
    'the company’s general manager, {{Pierre Lemaire|PERSON}}. {{CATL|COMPANY|contemporary-amperex-technology}} will ' +
    'ship 64 container units from its factory in {{Ningde|PLACE}}, the city in {{Fujian|PLACE}} province where it has ' +
    'its headquarters. The energy regulator {{Osinergmin|GOVERNMENT}} approved the plant’s connection to the national ' +
    'grid in June. Grid-scale storage is new in [[Peru|peru]]: the only large system so far is a 40-megawatt unit ' +
    'that [[Huawei|huawei]] supplied in 2024 to {{Kallpa Generación|COMPANY}} for its {{Las Flores|INFRASTRUCTURE}} ' +
    'gas plant in {{Chilca|PLACE}}. {{Lemaire|PERSON|pierre-lemaire}} said the company was talking to mining firms in ' +
    'the south, including {{Southern Peru Copper|COMPANY}}, about long-term contracts to sell them power from the ' +
    'plant.',
  relationships: [
    {
      type: 'PARTNERS_WITH',
      source: 'engie-energia-peru',
      target: 'contemporary-amperex-technology',
      sentence: 1,
      quantities: [{ value: 96000000, unit: 'USD' }],
    },
    { type: 'AFFILIATED_WITH', source: 'contemporary-amperex-technology', target: 'china', sentence: 1 },
    { type: 'LOCATED_IN', source: 'bateria-sur', target: 'ilo', sentence: 1 },
    { type: 'OWNS', source: 'engie', target: 'engie-energia-peru', sentence: 2, quantities: [{ value: 62, unit: '%' }] },
    { type: 'BUILT', source: 'engie-energia-peru', target: 'bateria-sur', sentence: 2 },
    { type: 'OWNS', source: 'engie-energia-peru', target: 'ilo-41', sentence: 2 },
    { type: 'LEADS', source: 'pierre-lemaire', target: 'engie-energia-peru', sentence: 3 },
    { type: 'STATED', source: 'pierre-lemaire', target: 'bateria-sur', sentence: 3 },
    { type: 'HEADQUARTERED_IN', source: 'contemporary-amperex-technology', target: 'ningde', sentence: 4 },
    { type: 'LOCATED_IN', source: 'ningde', target: 'fujian', sentence: 4 },
    { type: 'REGULATES', source: 'osinergmin', target: 'bateria-sur', sentence: 5, validFrom: '2025-06' },
    { type: 'PARTNERS_WITH', source: 'huawei', target: 'kallpa-generacion', sentence: 6, validFrom: '2024' },
    { type: 'OWNS', source: 'kallpa-generacion', target: 'las-flores', sentence: 6 },
    { type: 'LOCATED_IN', source: 'las-flores', target: 'chilca', sentence: 6 },
    { type: 'STATED', source: 'pierre-lemaire', target: 'southern-peru-copper', sentence: 7 },
    { type: 'DISCUSSED', source: 'engie-energia-peru', target: 'southern-peru-copper', sentence: 7 },
  ],
};
