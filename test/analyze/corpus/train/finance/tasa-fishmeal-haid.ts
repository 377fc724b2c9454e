import type { CorpusArticle } from '../../corpus-article.js';

/** Peru’s largest fishmeal maker signs a supply deal with a Chinese feed group: signatories, owners, plant, quota, ministry (English). */
export const article: CorpusArticle = {
  name: 'finance: TASA agrees fishmeal supply deal with China’s Haid Group',
  language: 'en',
  publishedAt: '2024-05-09',
  annotated:
    '[[LIMA|lima]], May 8 — {{Tecnológica de Alimentos|COMPANY}} ({{TASA|COMPANY|tecnologica-de-alimentos}}), ' +
    '[[Peru|peru]]’s largest fishmeal producer, signed a three-year agreement on May 8 to supply 150,000 tonnes a year ' +
    'to {{Guangdong Haid Group|COMPANY}}, one of [[China|china]]’s biggest animal feed makers. ' +
    'The {{TASA-Haid Supply Agreement|AGREEMENT}}, valued by analysts at about $1.2bn, was signed in [[Lima|lima]] by ' +
    'the Peruvian company’s chief executive, {{Renato Reyes Mariátegui|PERSON}}, and {{Haid|COMPANY|guangdong-haid-group}}’s chairman, ' +
    '{{Xue Hua|PERSON}}. ' +
    '{{TASA|COMPANY|tecnologica-de-alimentos}}, which is controlled by the {{Breca|COMPANY}} group, runs eleven plants ' +
    'along the coast, the largest of them in {{Chimbote|PLACE}}, in the {{Áncash|PLACE}} region. ' +
    'The buyer, based in {{Guangzhou|PLACE}}, uses fishmeal in feed for shrimp and tilapia farms in southern ' +
    '[[China|china]]. ' +
    '{{Xue|PERSON|xue-hua}} said the company also wanted to invest in a feed mill in [[Peru|peru]] to serve shrimp farmers in ' +
    '{{Tumbes|PLACE}}. ' +
    '[[Peru|peru]]’s {{Ministry of Production|GOVERNMENT}}, which regulates the anchovy fishery, set the catch quota for ' +
    'the first season at 2.5 million tonnes in April. ' +
    'Its head, {{Sergio González Guerrero|PERSON}}, said the quota was backed by surveys of the sea institute ' +
    '{{Imarpe|GOVERNMENT}}. ' +
    '[[China|china]] buys about 80% of [[Peru|peru]]’s fishmeal, which enters duty-free under the ' +
    '[[China–Peru Free Trade Agreement|china-peru-fta]], according to the exporters’ society {{SNI|ORGANIZATION}}.',
  relationships: [
    { type: 'SIGNED', source: 'tecnologica-de-alimentos', target: 'tasa-haid-supply-agreement', sentence: 1, validFrom: '2024-05-08' },
    { type: 'SIGNED', source: 'guangdong-haid-group', target: 'tasa-haid-supply-agreement', sentence: 1, validFrom: '2024-05-08' },
    { type: 'PARTNERS_WITH', source: 'tecnologica-de-alimentos', target: 'guangdong-haid-group', sentence: 1, validFrom: '2024-05-08' },
    { type: 'AFFILIATED_WITH', source: 'tecnologica-de-alimentos', target: 'peru', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'guangdong-haid-group', target: 'china', sentence: 1 },
    { type: 'SIGNED', source: 'renato-reyes-mariategui', target: 'tasa-haid-supply-agreement', sentence: 2 },
    { type: 'SIGNED', source: 'xue-hua', target: 'tasa-haid-supply-agreement', sentence: 2 },
    { type: 'LEADS', source: 'renato-reyes-mariategui', target: 'tecnologica-de-alimentos', sentence: 2 },
    { type: 'LEADS', source: 'xue-hua', target: 'guangdong-haid-group', sentence: 2 },
    { type: 'OWNS', source: 'breca', target: 'tecnologica-de-alimentos', sentence: 3 },
    { type: 'LOCATED_IN', source: 'chimbote', target: 'ancash', sentence: 3 },
    { type: 'HEADQUARTERED_IN', source: 'guangdong-haid-group', target: 'guangzhou', sentence: 4 },
    { type: 'STATED', source: 'xue-hua', target: 'peru', sentence: 5 },
    { type: 'AFFILIATED_WITH', source: 'ministry-of-production', target: 'peru', sentence: 6 },
    { type: 'LEADS', source: 'sergio-gonzalez-guerrero', target: 'ministry-of-production', sentence: 7 },
    { type: 'STATED', source: 'sergio-gonzalez-guerrero', target: 'imarpe', sentence: 7 },
    { type: 'STATED', source: 'sni', target: 'china', sentence: 8 },
  ],
};
