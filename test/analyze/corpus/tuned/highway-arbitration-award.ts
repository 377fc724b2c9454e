import type { CorpusArticle } from '../corpus-article.js';

/** An arbitration award against the transport ministry for a Chinese highway contractor: its parent, branch, auditors, press (English). */
export const article: CorpusArticle = {
  name: 'Arbitration award on the Huancayo–Huancavelica highway',
  language: 'en',
  publishedAt: '2025-11-18',
  annotated:
    '[[LIMA|lima]], November 17 — An arbitration tribunal has ordered [[Peru|peru]]’s ' +
    '{{Ministry of Transport and Communications|GOVERNMENT}} ({{MTC|GOVERNMENT|ministry-of-transport-and-communications}}) ' +
    'to pay $62m to {{China Railway Tunnel Group|COMPANY}}, the Chinese contractor that it hired in 2019 to widen the ' +
    '{{Huancayo–Huancavelica highway|INFRASTRUCTURE}}. ' +
    'The award, issued on Monday by a tribunal of the arbitration centre of the {{Lima Chamber of Commerce|ORGANIZATION}}, ' +
    'found that the ministry had failed for more than two years to hand over the land the works required. ' +
    'The 147-kilometre road, which links two Andean regional capitals, was due to be finished in 2022 at a cost of $310m. ' +
    '{{Li Wenbo|PERSON}}, the general manager of the company’s Peruvian branch, {{CRTG Perú|COMPANY}}, said work on the ' +
    'highway would resume within 90 days of the ministry paying. ' +
    'The {{MTC|GOVERNMENT|ministry-of-transport-and-communications}}, which is led by Minister ' +
    '{{Raúl Benavides Ormeño|PERSON}}, argued that part of the delay had been caused by ' +
    '{{China Railway Tunnel Group|COMPANY}} itself and said it would ask the {{Superior Court of Lima|GOVERNMENT}} to annul ' +
    'the award. ' +
    'In March the {{Comptroller General of the Republic|GOVERNMENT}}, which audits public works, reported that only 41% ' +
    'of the highway had been built. ' +
    '{{China Railway Tunnel Group|COMPANY}}, a subsidiary of the state-owned {{China Railway Group|COMPANY}} ' +
    '({{CREC|COMPANY|china-railway-group}}), is also digging two tunnels for {{Line 2|INFRASTRUCTURE}} of the ' +
    '{{Lima Metro|INFRASTRUCTURE}}. ' +
    '{{Global Times|MEDIA}}, a newspaper owned by [[China|china]]’s {{People’s Daily|MEDIA}}, said on Monday that the ' +
    'award showed Chinese contractors could get a fair hearing in [[Peru|peru]].',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'ministry-of-transport-and-communications', target: 'peru', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'china-railway-tunnel-group', target: 'china', sentence: 1 },
    {
      type: 'PARTNERS_WITH',
      source: 'ministry-of-transport-and-communications',
      target: 'china-railway-tunnel-group',
      sentence: 1,
      validFrom: '2019',
    },
    { type: 'BUILT', source: 'china-railway-tunnel-group', target: 'huancayo-huancavelica-highway', sentence: 1 },
    {
      type: 'STATED',
      source: 'lima-chamber-of-commerce',
      target: 'ministry-of-transport-and-communications',
      sentence: 2,
      validFrom: '2025-11-17',
    },
    { type: 'LEADS', source: 'li-wenbo', target: 'crtg-peru', sentence: 4 },
    { type: 'PART_OF', source: 'crtg-peru', target: 'china-railway-tunnel-group', sentence: 4 },
    { type: 'AFFILIATED_WITH', source: 'crtg-peru', target: 'peru', sentence: 4 },
    { type: 'STATED', source: 'li-wenbo', target: 'huancayo-huancavelica-highway', sentence: 4 },
    { type: 'LEADS', source: 'raul-benavides-ormeno', target: 'ministry-of-transport-and-communications', sentence: 5 },
    { type: 'STATED', source: 'ministry-of-transport-and-communications', target: 'china-railway-tunnel-group', sentence: 5 },
    {
      type: 'STATED',
      source: 'comptroller-general-of-the-republic',
      target: 'huancayo-huancavelica-highway',
      sentence: 6,
      validFrom: '2025-03',
    },
    { type: 'PART_OF', source: 'china-railway-tunnel-group', target: 'china-railway-group', sentence: 7 },
    { type: 'BUILT', source: 'china-railway-tunnel-group', target: 'line-2', sentence: 7 },
    { type: 'PART_OF', source: 'line-2', target: 'lima-metro', sentence: 7 },
    { type: 'OWNS', source: 'people-s-daily', target: 'global-times', sentence: 8 },
    { type: 'AFFILIATED_WITH', source: 'people-s-daily', target: 'china', sentence: 8 },
    { type: 'STATED', source: 'global-times', target: 'peru', sentence: 8, validFrom: '2025-11-17' },
  ],
};
