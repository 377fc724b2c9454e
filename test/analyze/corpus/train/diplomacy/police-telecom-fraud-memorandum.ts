import type { CorpusArticle } from '../../corpus-article.js';

/**
 * Peru’s National Police and China’s Ministry of Public Security sign a memorandum against phone fraud: signatories, training,
 * donations, Congress (English).
 */
export const article: CorpusArticle = {
  name: 'diplomacy: Peru’s police and China’s security ministry sign anti-fraud memorandum',
  language: 'en',
  publishedAt: '2025-02-27',
  annotated:
    '[[LIMA|lima]], February 26 — [[Peru|peru]]’s {{National Police|GOVERNMENT}} and [[China|china]]’s {{Ministry ' +
    'of Public Security|GOVERNMENT}} signed a {{Memorandum of Understanding on Combating Telecom ' +
    'Fraud|AGREEMENT}} on Wednesday, the {{Ministry of the Interior|GOVERNMENT}} said. ' +
    'It was signed in [[Lima|lima]] by the police commander-general, General {{Raúl Alfaro Tenorio|PERSON}}, and ' +
    'by Chinese Vice-Minister of Public Security {{Xu Datong|PERSON}}. ' +
    'Under the deal, Chinese officers posted at the embassy will share information with the police’s ' +
    '{{Directorate of Criminal Investigation|GOVERNMENT}} ' +
    '({{Dirincri|GOVERNMENT|directorate-of-criminal-investigation}}). ' +
    'Interior Minister {{Julio Díaz Zulueta|PERSON}} said the Chinese ministry would also train 60 Peruvian ' +
    'officers a year at the {{People’s Public Security University of China|ORGANIZATION}} in {{Beijing|PLACE}}. ' +
    '{{Song Yang|PERSON}}, [[China|china]]’s ambassador, told the state agency {{Andina|MEDIA}} that fraud rings ' +
    'had targeted the Chinese community in [[Peru|peru]], one of the largest in {{Latin America|PLACE}}. ' +
    '[[Beijing|china]] has donated patrol cars, drones and body cameras worth some $12 million to the {{National ' +
    'Police|GOVERNMENT}} since 2019. ' +
    '{{Marta Huamán Ríos|PERSON}}, a member of the {{Defence Committee|GOVERNMENT}} of the [[Congress of the ' +
    'Republic|peru-congress]], asked the government to publish the memorandum’s full text. ' +
    '{{Huamán|PERSON|marta-huaman-rios}} said that only the {{National Police|GOVERNMENT}} could make arrests in ' +
    '[[Peru|peru]].',
  relationships: [
    {
      type: 'SIGNED',
      source: 'national-police',
      target: 'memorandum-of-understanding-on-combating-telecom-fraud',
      sentence: 1,
      validFrom: '2025-02-26',
    },
    {
      type: 'SIGNED',
      source: 'ministry-of-public-security',
      target: 'memorandum-of-understanding-on-combating-telecom-fraud',
      sentence: 1,
      validFrom: '2025-02-26',
    },
    { type: 'AFFILIATED_WITH', source: 'national-police', target: 'peru', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'ministry-of-public-security', target: 'china', sentence: 1 },
    { type: 'STATED', source: 'ministry-of-the-interior', target: 'memorandum-of-understanding-on-combating-telecom-fraud', sentence: 1 },
    { type: 'LEADS', source: 'raul-alfaro-tenorio', target: 'national-police', sentence: 2 },
    { type: 'HOLDS_OFFICE_IN', source: 'xu-datong', target: 'ministry-of-public-security', sentence: 2 },
    { type: 'SIGNED', source: 'raul-alfaro-tenorio', target: 'memorandum-of-understanding-on-combating-telecom-fraud', sentence: 2 },
    { type: 'SIGNED', source: 'xu-datong', target: 'memorandum-of-understanding-on-combating-telecom-fraud', sentence: 2 },
    { type: 'PART_OF', source: 'directorate-of-criminal-investigation', target: 'national-police', sentence: 3 },
    { type: 'COOPERATES_WITH', source: 'ministry-of-public-security', target: 'directorate-of-criminal-investigation', sentence: 3 },
    { type: 'HOLDS_OFFICE_IN', source: 'julio-diaz-zulueta', target: 'ministry-of-the-interior', sentence: 4 },
    { type: 'STATED', source: 'julio-diaz-zulueta', target: 'ministry-of-public-security', sentence: 4 },
    { type: 'TRAINS', source: 'ministry-of-public-security', target: 'national-police', sentence: 4 },
    { type: 'LOCATED_IN', source: 'people-s-public-security-university-of-china', target: 'beijing', sentence: 4 },
    { type: 'HOLDS_OFFICE_IN', source: 'song-yang', target: 'china', sentence: 5 },
    { type: 'COMMUNICATED_VIA', source: 'song-yang', target: 'andina', sentence: 5 },
    { type: 'STATED', source: 'song-yang', target: 'peru', sentence: 5 },
    {
      type: 'INVESTED_IN',
      source: 'china',
      target: 'national-police',
      sentence: 6,
      validFrom: '2019',
      quantities: [{ value: 12000000, unit: 'USD' }],
    },
    { type: 'AFFILIATED_WITH', source: 'marta-huaman-rios', target: 'defence-committee', sentence: 7 },
    { type: 'PART_OF', source: 'defence-committee', target: 'peru-congress', sentence: 7 },
    { type: 'STATED', source: 'marta-huaman-rios', target: 'memorandum-of-understanding-on-combating-telecom-fraud', sentence: 7 },
    { type: 'STATED', source: 'marta-huaman-rios', target: 'national-police', sentence: 8 },
  ],
};
