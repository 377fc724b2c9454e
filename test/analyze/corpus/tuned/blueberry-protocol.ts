import type { CorpusArticle } from '../corpus-article.js';

/**
 * Peru’s plant-health agency and China’s customs sign a revised blueberry protocol: signatories, a grower, Chancay, the embassy (English).
 */
export const article: CorpusArticle = {
  name: 'Blueberry phytosanitary protocol with China',
  language: 'en',
  publishedAt: '2025-03-19',
  annotated:
    '[[LIMA|lima]], March 18 — [[Peru|peru]]’s {{National Agrarian Health Service|GOVERNMENT}} ' +
    '({{Senasa|GOVERNMENT|national-agrarian-health-service}}) and [[China|china]]’s ' +
    '{{General Administration of Customs|GOVERNMENT}} signed a revised ' +
    '{{Phytosanitary Protocol for Fresh Blueberries|AGREEMENT}} on Tuesday, ending the fumigation of Peruvian berries ' +
    'when they reach Chinese ports. ' +
    'Under the new rules, fruit held at one degree Celsius or colder for 18 days during the crossing will be treated ' +
    'as free of fruit flies, and inspectors in {{Shanghai|PLACE}} will open only one container in 20. ' +
    'The document was signed at the [[Ministry of Foreign Trade and Tourism|mincetur]] by ' +
    '{{Senasa|GOVERNMENT|national-agrarian-health-service}}’s head, {{Miguel Quevedo Ramos|PERSON}}, and by ' +
    '{{Zhao Lifen|PERSON}}, a deputy minister of the Chinese customs agency, who is leading a delegation of 14 ' +
    'officials on a tour of Peruvian farms. ' +
    '[[Peru|peru]] exported 295,000 tonnes of blueberries worth $2.27bn last season, and [[China|china]] bought about ' +
    '9% of them, according to the exporters’ association {{ADEX|ORGANIZATION}}. ' +
    '{{Camposol|COMPANY}}, one of the largest Peruvian growers, said it would send its first direct blueberry cargo ' +
    'to {{Shanghai|PLACE}} through the [[Port of Chancay|chancay-port]] in April. ' +
    'The port, which opened in November, is run by [[COSCO Shipping|cosco-shipping]], which owns 60% of it. ' +
    '{{Elena Carrasco Vidal|PERSON}}, who heads the ministry, said the agreement capped four years of talks and that ' +
    'the next goal was access for fresh pomegranates. ' +
    'Chinese ambassador {{Song Yang|PERSON}} told the state news agency {{Xinhua|MEDIA}} that demand for Peruvian ' +
    'fruit was growing fastest in inland cities such as {{Chengdu|PLACE}}.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'national-agrarian-health-service', target: 'peru', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'general-administration-of-customs', target: 'china', sentence: 1 },
    {
      type: 'SIGNED',
      source: 'national-agrarian-health-service',
      target: 'phytosanitary-protocol-for-fresh-blueberries',
      sentence: 1,
      validFrom: '2025-03-18',
    },
    {
      type: 'SIGNED',
      source: 'general-administration-of-customs',
      target: 'phytosanitary-protocol-for-fresh-blueberries',
      sentence: 1,
      validFrom: '2025-03-18',
    },
    { type: 'LEADS', source: 'miguel-quevedo-ramos', target: 'national-agrarian-health-service', sentence: 3 },
    { type: 'SIGNED', source: 'miguel-quevedo-ramos', target: 'phytosanitary-protocol-for-fresh-blueberries', sentence: 3 },
    { type: 'HOLDS_OFFICE_IN', source: 'zhao-lifen', target: 'general-administration-of-customs', sentence: 3 },
    { type: 'SIGNED', source: 'zhao-lifen', target: 'phytosanitary-protocol-for-fresh-blueberries', sentence: 3 },
    { type: 'STATED', source: 'adex', target: 'china', sentence: 4 },
    { type: 'STATED', source: 'camposol', target: 'chancay-port', sentence: 5 },
    { type: 'AFFILIATED_WITH', source: 'camposol', target: 'peru', sentence: 5 },
    { type: 'OPERATES', source: 'cosco-shipping', target: 'chancay-port', sentence: 6 },
    { type: 'OWNS', source: 'cosco-shipping', target: 'chancay-port', sentence: 6, quantities: [{ value: 60, unit: '%' }] },
    { type: 'LEADS', source: 'elena-carrasco-vidal', target: 'mincetur', sentence: 7 },
    { type: 'STATED', source: 'elena-carrasco-vidal', target: 'phytosanitary-protocol-for-fresh-blueberries', sentence: 7 },
    { type: 'HOLDS_OFFICE_IN', source: 'song-yang', target: 'china', sentence: 8 },
    { type: 'COMMUNICATED_VIA', source: 'song-yang', target: 'xinhua', sentence: 8 },
    { type: 'STATED', source: 'song-yang', target: 'peru', sentence: 8 },
  ],
};
