import type { CorpusArticle } from '../../corpus-article.js';

/** Peruvian coffee at the China International Import Expo: Mincetur, PromPerú, cooperatives, a Chinese buyer, trade office (English). */
export const article: CorpusArticle = {
  name: 'finance: Peruvian coffee growers close $26m in deals at Shanghai import fair',
  language: 'en',
  publishedAt: '2024-11-11',
  annotated:
    '{{SHANGHAI|PLACE}}, November 10 — Peruvian coffee cooperatives closed deals worth $26m at the ' +
    '{{China International Import Expo|EVENT}} ({{CIIE|EVENT|china-international-import-expo}}), which ended on ' +
    'November 10, [[Peru|peru]]’s [[Ministry of Foreign Trade and Tourism|mincetur]] said. ' +
    'The fair, held every year in {{Shanghai|PLACE}}, drew 40 Peruvian exporters to a pavilion organised by the export ' +
    'promotion agency {{PromPerú|GOVERNMENT}}. ' +
    'The biggest contract was signed by the {{Pangoa Cooperative|ORGANIZATION}}, from the {{Junín|PLACE}} region, with ' +
    '{{Luckin Coffee|COMPANY}}, the Chinese coffee chain based in {{Xiamen|PLACE}}. ' +
    'Under it, the chain will buy 1,200 tonnes of specialty beans over two years. ' +
    '{{Esperanza Chávez|PERSON}}, who manages the cooperative, told {{Xinhua|MEDIA}} that Chinese buyers now pay ' +
    'premiums similar to those in {{Europe|PLACE}}. ' +
    'Trade minister {{Úrsula Desilú León|PERSON}} toured the stands on November 6 and met executives of the ' +
    '{{China National Cereals, Oils and Foodstuffs Corporation|COMPANY}} ' +
    '({{COFCO|COMPANY|china-national-cereals-oils-and-foodstuffs-corporation}}). ' +
    'She said tariff-free access under the [[China–Peru Free Trade Agreement|china-peru-fta]] gives Peruvian coffee ' +
    'an edge over rivals from {{Brazil|COUNTRY}}. ' +
    'The {{Peruvian Trade Office in Shanghai|GOVERNMENT}}, part of the ministry’s network abroad, will follow up on ' +
    'the contracts.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'mincetur', target: 'peru', sentence: 1 },
    { type: 'STATED', source: 'mincetur', target: 'china-international-import-expo', sentence: 1 },
    { type: 'HOSTED', source: 'shanghai', target: 'china-international-import-expo', sentence: 2 },
    { type: 'ATTENDED', source: 'promperu', target: 'china-international-import-expo', sentence: 2 },
    { type: 'LOCATED_IN', source: 'pangoa-cooperative', target: 'junin', sentence: 3 },
    { type: 'PARTNERS_WITH', source: 'pangoa-cooperative', target: 'luckin-coffee', sentence: 3 },
    { type: 'AFFILIATED_WITH', source: 'luckin-coffee', target: 'china', sentence: 3 },
    { type: 'HEADQUARTERED_IN', source: 'luckin-coffee', target: 'xiamen', sentence: 3 },
    { type: 'LEADS', source: 'esperanza-chavez', target: 'pangoa-cooperative', sentence: 5 },
    { type: 'COMMUNICATED_VIA', source: 'esperanza-chavez', target: 'xinhua', sentence: 5 },
    { type: 'STATED', source: 'esperanza-chavez', target: 'china', sentence: 5 },
    { type: 'VISITED', source: 'ursula-desilu-leon', target: 'china-international-import-expo', sentence: 6, validFrom: '2024-11-06' },
    {
      type: 'MET',
      source: 'ursula-desilu-leon',
      target: 'china-national-cereals-oils-and-foodstuffs-corporation',
      sentence: 6,
      validFrom: '2024-11-06',
    },
    { type: 'STATED', source: 'ursula-desilu-leon', target: 'china-peru-fta', sentence: 7 },
    { type: 'PART_OF', source: 'peruvian-trade-office-in-shanghai', target: 'mincetur', sentence: 8 },
    { type: 'LOCATED_IN', source: 'peruvian-trade-office-in-shanghai', target: 'shanghai', sentence: 8 },
  ],
};
