import type { CorpusArticle } from '../corpus-article.js';

/** Inaigem and a Chinese Academy of Sciences institute install weather stations on Cordillera Blanca glaciers (English). */
export const article: CorpusArticle = {
  name: 'Peruvian and Chinese glaciologists wire up the Cordillera Blanca',
  language: 'en',
  publishedAt: '2025-09-10',
  annotated:
    '{{HUARAZ|PLACE}}, 9 September — Peruvian and Chinese scientists have installed six automatic weather stations on ' +
    'glaciers of the {{Cordillera Blanca|PLACE}}, the world’s largest tropical ice field, to measure how fast it is ' +
    'melting. The stations belong to {{Andean Ice Watch|PROGRAM}}, a programme of [[Peru|peru]]’s {{National ' +
    'Institute for Research on Glaciers and Mountain Ecosystems|GOVERNMENT}} ' +
    '({{Inaigem|GOVERNMENT|national-institute-for-research-on-glaciers-and-mountain-ecosystems}}) and the {{Institute ' +
    'of Tibetan Plateau Research|ORGANIZATION}} of the {{Chinese Academy of Sciences|ORGANIZATION}}. The two ' +
    'institutes agreed in March 2024 to cooperate for five years, and the Chinese institute has since paid for the ' +
    'equipment, worth about $1.1m. The first readings, from the {{Pastoruri|PLACE}} glacier, show its front ' +
    'retreating about 20 metres a year, said {{Beatriz Fuertes Colán|PERSON}}, who heads the programme at ' +
    '{{Inaigem|GOVERNMENT|national-institute-for-research-on-glaciers-and-mountain-ecosystems}}. Her Chinese ' +
    'counterpart, the glaciologist {{Tang Yuwen|PERSON}}, said the {{Andes|PLACE}} and the {{Tibetan Plateau|PLACE}} ' +
    'were losing ice at similar rates, and that comparing the two would sharpen climate models. Readings will be sent ' +
    'by satellite to the headquarters of ' +
    '{{Inaigem|GOVERNMENT|national-institute-for-research-on-glaciers-and-mountain-ecosystems}} in {{Huaraz|PLACE}} ' +
    'and to the Chinese institute’s headquarters in {{Beijing|PLACE}}. The national parks service ' +
    '{{Sernanp|GOVERNMENT}}, which oversees the {{Huascarán National Park|PLACE}}, allowed the stations to be placed ' +
    'inside it on condition that they be removed when the agreement ends. {{Fuertes|PERSON|beatriz-fuertes-colan}} ' +
    'said the programme would add four stations in the {{Cordillera Vilcanota|PLACE}}, near {{Cusco|PLACE}}, in 2026. ' +
    '[[Peru|peru]] has lost more than half of its glacier surface since 1962, according to ' +
    '{{Inaigem|GOVERNMENT|national-institute-for-research-on-glaciers-and-mountain-ecosystems}}.',
  relationships: [
    {
      type: 'PARTICIPATES_IN',
      source: 'national-institute-for-research-on-glaciers-and-mountain-ecosystems',
      target: 'andean-ice-watch',
      sentence: 2,
    },
    { type: 'PARTICIPATES_IN', source: 'institute-of-tibetan-plateau-research', target: 'andean-ice-watch', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'national-institute-for-research-on-glaciers-and-mountain-ecosystems', target: 'peru', sentence: 2 },
    { type: 'PART_OF', source: 'institute-of-tibetan-plateau-research', target: 'chinese-academy-of-sciences', sentence: 2 },
    {
      type: 'COOPERATES_WITH',
      source: 'national-institute-for-research-on-glaciers-and-mountain-ecosystems',
      target: 'institute-of-tibetan-plateau-research',
      sentence: 3,
      validFrom: '2024-03',
    },
    { type: 'AFFILIATED_WITH', source: 'institute-of-tibetan-plateau-research', target: 'china', sentence: 3 },
    {
      type: 'INVESTED_IN',
      source: 'institute-of-tibetan-plateau-research',
      target: 'andean-ice-watch',
      sentence: 3,
      quantities: [{ value: 1100000, unit: 'USD' }],
    },
    { type: 'STATED', source: 'beatriz-fuertes-colan', target: 'pastoruri', sentence: 4 },
    { type: 'LEADS', source: 'beatriz-fuertes-colan', target: 'andean-ice-watch', sentence: 4 },
    {
      type: 'AFFILIATED_WITH',
      source: 'beatriz-fuertes-colan',
      target: 'national-institute-for-research-on-glaciers-and-mountain-ecosystems',
      sentence: 4,
    },
    { type: 'AFFILIATED_WITH', source: 'tang-yuwen', target: 'institute-of-tibetan-plateau-research', sentence: 5 },
    { type: 'AFFILIATED_WITH', source: 'tang-yuwen', target: 'china', sentence: 5 },
    { type: 'STATED', source: 'tang-yuwen', target: 'andes', sentence: 5 },
    {
      type: 'HEADQUARTERED_IN',
      source: 'national-institute-for-research-on-glaciers-and-mountain-ecosystems',
      target: 'huaraz',
      sentence: 6,
    },
    { type: 'HEADQUARTERED_IN', source: 'institute-of-tibetan-plateau-research', target: 'beijing', sentence: 6 },
    { type: 'REGULATES', source: 'sernanp', target: 'huascaran-national-park', sentence: 7 },
    { type: 'STATED', source: 'beatriz-fuertes-colan', target: 'andean-ice-watch', sentence: 8 },
    { type: 'STATED', source: 'national-institute-for-research-on-glaciers-and-mountain-ecosystems', target: 'peru', sentence: 9 },
  ],
};
