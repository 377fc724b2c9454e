import type { CorpusArticle } from '../../corpus-article.js';

/** PowerChina finishes Peru’s largest solar plant for Kallpa in Arequipa: panels, lenders, buyer, officials at the opening (English). */
export const article: CorpusArticle = {
  name: 'energy: PowerChina completes San Martín Solar plant in Arequipa',
  language: 'en',
  publishedAt: '2026-01-15',
  annotated:
    '{{AREQUIPA|PLACE}}, January 14 — {{PowerChina|COMPANY}} has finished building the 300-megawatt ' +
    '{{San Martín Solar|INFRASTRUCTURE}} plant in the {{La Joya|PLACE}} district of {{Arequipa|PLACE}}, the largest ' +
    'solar farm in [[Peru|peru]], its owner, {{Kallpa Generación|COMPANY}}, said on Wednesday. ' +
    'The Chinese contractor, formally the {{Power Construction Corporation of China|COMPANY|powerchina}}, installed ' +
    '540,000 bifacial panels made by {{Trina Solar|COMPANY}} of {{Changzhou|PLACE}}. ' +
    'The $260m project was financed by a syndicate led by {{Scotiabank Perú|COMPANY}} and the ' +
    '{{Inter-American Development Bank|ORGANIZATION}} ({{IDB|ORGANIZATION|inter-american-development-bank}}). ' +
    '{{Kallpa|COMPANY|kallpa-generacion}}, which is controlled by the {{Inkia Energy|COMPANY}} group, will sell the ' +
    'output under a 15-year contract to [[MMG|mmg]] for its [[Las Bambas|las-bambas]] copper mine in ' +
    '{{Apurímac|PLACE}}. ' +
    '{{Zhou Bin|PERSON}}, {{PowerChina|COMPANY}}’s manager for the Andean region, said the company had hired 1,800 local workers ' +
    'and would bid for two more plants in {{Moquegua|PLACE}} this year. ' +
    'Energy minister {{Jorge Montero|PERSON}} attended the inauguration with the Chinese ambassador, ' +
    '{{Song Yang|PERSON}}, and the regional governor, {{Rohel Sánchez|PERSON}}. ' +
    '{{Montero|PERSON|jorge-montero}} said the plant would help [[Peru|peru]] meet its goal of producing 20% of its ' +
    'electricity from renewable sources by 2030.',
  relationships: [
    { type: 'BUILT', source: 'powerchina', target: 'san-martin-solar', sentence: 1 },
    { type: 'LOCATED_IN', source: 'san-martin-solar', target: 'la-joya', sentence: 1 },
    { type: 'LOCATED_IN', source: 'la-joya', target: 'arequipa', sentence: 1 },
    { type: 'LOCATED_IN', source: 'san-martin-solar', target: 'peru', sentence: 1 },
    { type: 'OWNS', source: 'kallpa-generacion', target: 'san-martin-solar', sentence: 1 },
    { type: 'STATED', source: 'kallpa-generacion', target: 'san-martin-solar', sentence: 1, validFrom: '2026-01-14' },
    { type: 'AFFILIATED_WITH', source: 'powerchina', target: 'china', sentence: 2 },
    { type: 'HEADQUARTERED_IN', source: 'trina-solar', target: 'changzhou', sentence: 2 },
    {
      type: 'RECEIVED_INVESTMENT',
      source: 'san-martin-solar',
      target: 'scotiabank-peru',
      sentence: 3,
      quantities: [{ value: 260000000, unit: 'USD' }],
    },
    {
      type: 'RECEIVED_INVESTMENT',
      source: 'san-martin-solar',
      target: 'inter-american-development-bank',
      sentence: 3,
      quantities: [{ value: 260000000, unit: 'USD' }],
    },
    { type: 'OWNS', source: 'inkia-energy', target: 'kallpa-generacion', sentence: 4 },
    { type: 'PARTNERS_WITH', source: 'kallpa-generacion', target: 'mmg', sentence: 4 },
    { type: 'OWNS', source: 'mmg', target: 'las-bambas', sentence: 4 },
    { type: 'LOCATED_IN', source: 'las-bambas', target: 'apurimac', sentence: 4 },
    { type: 'HOLDS_OFFICE_IN', source: 'zhou-bin', target: 'powerchina', sentence: 5 },
    { type: 'STATED', source: 'zhou-bin', target: 'powerchina', sentence: 5 },
    { type: 'HOLDS_OFFICE_IN', source: 'song-yang', target: 'china', sentence: 6 },
    { type: 'MET', source: 'jorge-montero', target: 'song-yang', sentence: 6 },
    { type: 'MET', source: 'jorge-montero', target: 'rohel-sanchez', sentence: 6 },
    { type: 'MET', source: 'song-yang', target: 'rohel-sanchez', sentence: 6 },
    { type: 'LEADS', source: 'rohel-sanchez', target: 'arequipa', sentence: 6 },
    { type: 'STATED', source: 'jorge-montero', target: 'peru', sentence: 7 },
  ],
};
