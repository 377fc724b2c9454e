import type { CorpusArticle } from '../corpus-article.js';

/** A water treatment plant paid for by China opens in Ilave, Puno: funder, builder, operator, minister, ambassador, mayor (English). */
export const article: CorpusArticle = {
  name: 'Chinese-funded water plant opens in Ilave',
  language: 'en',
  publishedAt: '2025-03-08',
  annotated:
    '{{ILAVE|PLACE}}, March 7 — Some 40,000 residents of this town near {{Lake Titicaca|PLACE}} will have running ' +
    'water around the clock for the first time after the {{Ilave Water Treatment Plant|INFRASTRUCTURE}} was ' +
    'inaugurated on Friday. ' +
    'The plant was paid for with a $13m grant from the {{China International Development Cooperation Agency|GOVERNMENT}} ' +
    '({{CIDCA|GOVERNMENT|china-international-development-cooperation-agency}}), [[Beijing|china]]’s foreign aid body. ' +
    '{{China Railway 20th Bureau Group|COMPANY}}, a unit of the state-owned ' +
    '{{China Railway Construction Corporation|COMPANY}}, built it in 14 months, and it draws its water from the ' +
    '{{Ilave River|PLACE}}. ' +
    '{{Patricia Zegarra Luján|PERSON}}, who heads [[Peru|peru]]’s ' +
    '{{Ministry of Housing, Construction and Sanitation|GOVERNMENT}}, opened the plant with the Chinese ambassador, ' +
    '{{Qian Weidong|PERSON}}. ' +
    'She said the ministry would ask [[Beijing|china]] to fund similar plants in six other towns around the lake. ' +
    'A municipal water company, {{EPS Aguas del Altiplano|COMPANY}}, will run the plant, and the ' +
    '{{Regional Government of Puno|GOVERNMENT}} has agreed to cover its running costs for two years. ' +
    'The town’s mayor, {{Teófilo Mamani Condori|PERSON}}, told {{Radio Pachamama|MEDIA}} that until now most ' +
    'households had received water for two hours a day, much of it from tanker trucks. ' +
    'Since 2015 [[China|china]] has paid for more than 20 small public works in [[Peru|peru]], most of them in the ' +
    'southern highlands, the embassy said.',
  relationships: [
    { type: 'LOCATED_IN', source: 'ilave', target: 'lake-titicaca', sentence: 1 },
    { type: 'LOCATED_IN', source: 'ilave-water-treatment-plant', target: 'ilave', sentence: 1 },
    {
      type: 'INVESTED_IN',
      source: 'china-international-development-cooperation-agency',
      target: 'ilave-water-treatment-plant',
      sentence: 2,
      quantities: [{ value: 13000000, unit: 'USD' }],
    },
    { type: 'AFFILIATED_WITH', source: 'china-international-development-cooperation-agency', target: 'china', sentence: 2 },
    { type: 'BUILT', source: 'china-railway-20th-bureau-group', target: 'ilave-water-treatment-plant', sentence: 3 },
    { type: 'PART_OF', source: 'china-railway-20th-bureau-group', target: 'china-railway-construction-corporation', sentence: 3 },
    { type: 'LEADS', source: 'patricia-zegarra-lujan', target: 'ministry-of-housing-construction-and-sanitation', sentence: 4 },
    { type: 'AFFILIATED_WITH', source: 'ministry-of-housing-construction-and-sanitation', target: 'peru', sentence: 4 },
    { type: 'HOLDS_OFFICE_IN', source: 'qian-weidong', target: 'china', sentence: 4 },
    { type: 'STATED', source: 'patricia-zegarra-lujan', target: 'china', sentence: 5 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'ministry-of-housing-construction-and-sanitation', target: 'china', sentence: 5 },
    { type: 'OPERATES', source: 'eps-aguas-del-altiplano', target: 'ilave-water-treatment-plant', sentence: 6 },
    { type: 'LEADS', source: 'teofilo-mamani-condori', target: 'ilave', sentence: 7 },
    { type: 'COMMUNICATED_VIA', source: 'teofilo-mamani-condori', target: 'radio-pachamama', sentence: 7 },
    { type: 'STATED', source: 'teofilo-mamani-condori', target: 'ilave', sentence: 7 },
    { type: 'COOPERATES_WITH', source: 'china', target: 'peru', sentence: 8, validFrom: '2015' },
  ],
};
