import type { CorpusArticle } from '../../corpus-article.js';

/** Osinergmin fines Luz del Sur over a Lima blackout: its Chinese owners, the regulator’s officials, a consumer group (English). */
export const article: CorpusArticle = {
  name: 'energy: Regulator fines Chinese-owned Luz del Sur over Lima blackout',
  language: 'en',
  publishedAt: '2024-09-24',
  annotated:
    '[[LIMA|lima]], September 23 — [[Peru|peru]]’s energy regulator, {{Osinergmin|GOVERNMENT}}, has fined ' +
    '{{Luz del Sur|COMPANY}} 3.4 million soles over a blackout that left 600,000 customers in southern [[Lima|lima]] ' +
    'without power for up to nine hours in June. ' +
    'The distributor, which was bought in 2020 by {{China Yangtze Power|COMPANY}}, a listed arm of ' +
    '{{China Three Gorges Corporation|COMPANY}}, said it would appeal the penalty. ' +
    'According to the regulator, the outage began when a transformer failed at the ' +
    '{{Balnearios substation|INFRASTRUCTURE}} in {{Chorrillos|PLACE}} and backup equipment did not start. ' +
    '{{Mario Gonzales Quispe|PERSON}}, who heads the agency’s electricity oversight division, told {{RPP|MEDIA}} that ' +
    'the company had postponed replacing the transformer twice since 2022. ' +
    '{{Luz del Sur|COMPANY}}, headquartered in the district of {{San Borja|PLACE}}, serves about 1.3 million clients ' +
    'in the capital and in the province of {{Cañete|PLACE}}. ' +
    'Its chief executive, {{Mariano Castellanos|PERSON}}, said the firm would spend $250m this year on new substations ' +
    'and underground cables. ' +
    'The consumer association {{Aspec|ORGANIZATION}} urged the [[Congress of the Republic|peru-congress]] to summon ' +
    'the firm’s Chinese owners, and its president, {{Crisólogo Cáceres|PERSON}}, called the fine too small. ' +
    'It was the second major blackout this year in areas served by Chinese-owned companies: in March, a failure at ' +
    '{{Pluz Energía|COMPANY}}, owned by {{China Southern Power Grid International|COMPANY}}, cut power to 200,000 ' +
    'homes in {{Comas|PLACE}}.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'osinergmin', target: 'peru', sentence: 1 },
    {
      type: 'REGULATES',
      source: 'osinergmin',
      target: 'luz-del-sur',
      sentence: 1,
      quantities: [{ value: 3400000, unit: 'PEN' }],
    },
    { type: 'ACQUIRED', source: 'china-yangtze-power', target: 'luz-del-sur', sentence: 2, validFrom: '2020' },
    { type: 'PART_OF', source: 'china-yangtze-power', target: 'china-three-gorges-corporation', sentence: 2 },
    { type: 'STATED', source: 'luz-del-sur', target: 'osinergmin', sentence: 2 },
    { type: 'STATED', source: 'osinergmin', target: 'balnearios-substation', sentence: 3 },
    { type: 'LOCATED_IN', source: 'balnearios-substation', target: 'chorrillos', sentence: 3 },
    { type: 'HOLDS_OFFICE_IN', source: 'mario-gonzales-quispe', target: 'osinergmin', sentence: 4 },
    { type: 'COMMUNICATED_VIA', source: 'mario-gonzales-quispe', target: 'rpp', sentence: 4 },
    { type: 'STATED', source: 'mario-gonzales-quispe', target: 'luz-del-sur', sentence: 4 },
    { type: 'HEADQUARTERED_IN', source: 'luz-del-sur', target: 'san-borja', sentence: 5 },
    { type: 'LEADS', source: 'mariano-castellanos', target: 'luz-del-sur', sentence: 6 },
    { type: 'STATED', source: 'mariano-castellanos', target: 'luz-del-sur', sentence: 6 },
    { type: 'STATED', source: 'aspec', target: 'peru-congress', sentence: 7 },
    { type: 'LEADS', source: 'crisologo-caceres', target: 'aspec', sentence: 7 },
    { type: 'STATED', source: 'crisologo-caceres', target: 'osinergmin', sentence: 7 },
    { type: 'OWNS', source: 'china-southern-power-grid-international', target: 'pluz-energia', sentence: 8 },
  ],
};
