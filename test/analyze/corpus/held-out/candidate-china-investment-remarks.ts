import type { CorpusArticle } from '../corpus-article.js';

/** A held-out article of the evaluation corpus (see ../README.md): not to be read while tuning `analyzeText`. */
export const article: CorpusArticle = {
  name: 'Presidential candidates clash over Chinese investment (held out)',
  language: 'en',
  publishedAt: '2026-02-12',
  annotated:
    '[[LIMA|lima]] — {{Gonzalo Marticorena|PERSON}}, the presidential candidate of the ' +
    '{{Frente Andino Popular|ORGANIZATION}}, said on Tuesday that if elected he would review the contracts under ' +
    'which [[COSCO Shipping|cosco-shipping]] runs the port of [[Chancay|chancay-port]]. ' +
    'Speaking at a rally in {{Trujillo|PLACE}}, capital of the {{La Libertad|PLACE}} region he once governed, ' +
    '{{Marticorena|PERSON|gonzalo-marticorena}} accused Chinese investors of buying up ports, power grids and mines ' +
    'while hiring few Peruvians. ' +
    'Front-runner {{Lucía Benavente|PERSON}}, of {{Ciudadanos por el Perú|ORGANIZATION}}, replied in an interview ' +
    'with the broadcaster {{RPP|MEDIA}} that [[China|china]] was [[Peru|peru]]’s biggest customer and that scaring ' +
    'off its capital would cost thousands of jobs. ' +
    'Chinese companies have committed about $30bn to [[Peru|peru]] over the past decade, most of it in mining, ' +
    'according to the {{Peru-China Chamber of Commerce|ORGANIZATION}} ' +
    '({{Capechi|ORGANIZATION|peru-china-chamber-of-commerce}}). ' +
    'Its president, {{Víctor Chang Huamán|PERSON}}, said both candidates had been invited to the ' +
    '{{Peru-China Investment Forum|EVENT}}, which the chamber will hold in [[Lima|lima]] on 5 March. ' +
    '[[Dina Boluarte|dina-boluarte]] courted Chinese capital as president, making a state visit to [[China|china]] ' +
    'in June 2024 and receiving [[Xi Jinping|xi-jinping]] in [[Lima|lima]] for the [[APEC summit|apec-summit]] ' +
    'that November. ' +
    'A poll published on Sunday by the {{Institute of Peruvian Studies|ORGANIZATION}} ' +
    '({{IEP|ORGANIZATION|institute-of-peruvian-studies}}) put {{Benavente|PERSON|lucia-benavente}} first, five ' +
    'points ahead of {{Marticorena|PERSON|gonzalo-marticorena}}, with the first round set for 12 April.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'gonzalo-marticorena', target: 'frente-andino-popular', sentence: 1 },
    { type: 'STATED', source: 'gonzalo-marticorena', target: 'chancay-port', sentence: 1, validFrom: '2026-02-10' },
    { type: 'OPERATES', source: 'cosco-shipping', target: 'chancay-port', sentence: 1 },
    { type: 'LOCATED_IN', source: 'trujillo', target: 'la-libertad', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'lucia-benavente', target: 'ciudadanos-por-el-peru', sentence: 3 },
    { type: 'COMMUNICATED_VIA', source: 'lucia-benavente', target: 'rpp', sentence: 3 },
    { type: 'STATED', source: 'lucia-benavente', target: 'china', sentence: 3 },
    { type: 'PARTNERS_WITH', source: 'china', target: 'peru', sentence: 3 },
    { type: 'STATED', source: 'peru-china-chamber-of-commerce', target: 'peru', sentence: 4 },
    { type: 'LEADS', source: 'victor-chang-huaman', target: 'peru-china-chamber-of-commerce', sentence: 5 },
    { type: 'STATED', source: 'victor-chang-huaman', target: 'peru-china-investment-forum', sentence: 5 },
    {
      type: 'HOSTED',
      source: 'peru-china-chamber-of-commerce',
      target: 'peru-china-investment-forum',
      sentence: 5,
      validFrom: '2026-03-05',
    },
    { type: 'HOSTED', source: 'lima', target: 'peru-china-investment-forum', sentence: 5, validFrom: '2026-03-05' },
    { type: 'LEADS', source: 'dina-boluarte', target: 'peru', sentence: 6 },
    { type: 'VISITED', source: 'dina-boluarte', target: 'china', sentence: 6, validFrom: '2024-06' },
    { type: 'HOSTED', source: 'dina-boluarte', target: 'xi-jinping', sentence: 6, validFrom: '2024-11' },
    { type: 'VISITED', source: 'xi-jinping', target: 'lima', sentence: 6, validFrom: '2024-11' },
    { type: 'ATTENDED', source: 'xi-jinping', target: 'apec-summit', sentence: 6, validFrom: '2024-11' },
    { type: 'HOSTED', source: 'lima', target: 'apec-summit', sentence: 6, validFrom: '2024-11' },
    { type: 'STATED', source: 'institute-of-peruvian-studies', target: 'lucia-benavente', sentence: 7, validFrom: '2026-02-08' },
    { type: 'STATED', source: 'institute-of-peruvian-studies', target: 'gonzalo-marticorena', sentence: 7, validFrom: '2026-02-08' },
  ],
};
