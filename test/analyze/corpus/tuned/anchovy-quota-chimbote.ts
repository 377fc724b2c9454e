import type { CorpusArticle } from '../corpus-article.js';

/**
 * Artisanal fishermen blockade Chinese-owned Copeinca’s fishmeal plants over the anchovy quota: owner, ministry, union, governor (English).
 */
export const article: CorpusArticle = {
  name: 'Anchovy quota protest at Copeinca plants in Chimbote',
  language: 'en',
  publishedAt: '2025-05-08',
  annotated:
    '{{CHIMBOTE|PLACE}}, May 7 — Hundreds of artisanal fishermen blocked the gates of two fishmeal plants run by ' +
    '{{Copeinca|COMPANY}} on Wednesday, demanding a bigger share of this year’s anchovy catch. ' +
    '{{Copeinca|COMPANY}} has belonged since 2013 to the Chinese-controlled, {{Hong Kong|PLACE}}-based ' +
    '{{China Fishery Group|COMPANY}}, which paid about $800m for the Peruvian company. ' +
    'In April the {{Ministry of Production|GOVERNMENT}} ({{Produce|GOVERNMENT|ministry-of-production}}) set the ' +
    'first-season quota for the north-central zone at 3 million tonnes, following the advice of {{Imarpe|GOVERNMENT}}, ' +
    'the marine research institute attached to the ministry. ' +
    '{{Santos Chumpitaz Rojas|PERSON}}, who leads the {{Chimbote Union of Artisanal Fishermen|ORGANIZATION}}, said ' +
    'the company’s boats fish inside the five-mile strip reserved for small vessels and leave too little anchovy near ' +
    'the shore. ' +
    'In a statement, {{Copeinca|COMPANY}} rejected the accusation and said all 21 of its boats carry satellite ' +
    'trackers monitored by {{Produce|GOVERNMENT|ministry-of-production}}. ' +
    '{{Ana Lucía Torres Vílchez|PERSON}}, the production minister, told {{RPP|MEDIA}} that the quota would stand and ' +
    'that the {{Peruvian Navy|GOVERNMENT}} would step up patrols along the coast. ' +
    'Fishmeal is [[Peru|peru]]’s fourth-largest export, and [[China|china]] buys about 80% of it, according to the ' +
    '{{National Fisheries Society|ORGANIZATION}}. ' +
    'The fishermen lifted the blockade late on Wednesday after {{Teófilo Vega Rosas|PERSON}}, the governor of ' +
    '{{Áncash|PLACE}}, promised to arrange a meeting with ministry officials in [[Lima|lima]] next week.',
  relationships: [
    { type: 'OWNS', source: 'china-fishery-group', target: 'copeinca', sentence: 2, validFrom: '2013' },
    {
      type: 'ACQUIRED',
      source: 'china-fishery-group',
      target: 'copeinca',
      sentence: 2,
      validFrom: '2013',
      quantities: [{ value: 800000000, unit: 'USD' }],
    },
    { type: 'AFFILIATED_WITH', source: 'china-fishery-group', target: 'china', sentence: 2 },
    { type: 'HEADQUARTERED_IN', source: 'china-fishery-group', target: 'hong-kong', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'copeinca', target: 'peru', sentence: 2 },
    { type: 'PART_OF', source: 'imarpe', target: 'ministry-of-production', sentence: 3 },
    { type: 'LEADS', source: 'santos-chumpitaz-rojas', target: 'chimbote-union-of-artisanal-fishermen', sentence: 4 },
    { type: 'STATED', source: 'santos-chumpitaz-rojas', target: 'copeinca', sentence: 4 },
    { type: 'STATED', source: 'copeinca', target: 'chimbote-union-of-artisanal-fishermen', sentence: 5 },
    { type: 'REGULATES', source: 'ministry-of-production', target: 'copeinca', sentence: 5 },
    { type: 'LEADS', source: 'ana-lucia-torres-vilchez', target: 'ministry-of-production', sentence: 6 },
    { type: 'COMMUNICATED_VIA', source: 'ana-lucia-torres-vilchez', target: 'rpp', sentence: 6 },
    { type: 'STATED', source: 'ana-lucia-torres-vilchez', target: 'peruvian-navy', sentence: 6 },
    { type: 'STATED', source: 'national-fisheries-society', target: 'china', sentence: 7 },
    { type: 'LEADS', source: 'teofilo-vega-rosas', target: 'ancash', sentence: 8 },
  ],
};
