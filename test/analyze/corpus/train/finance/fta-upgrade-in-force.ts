import type { CorpusArticle } from '../../corpus-article.js';

/** The upgraded free trade agreement takes effect: rules of origin, customs, the ambassador, exporters, Congress (English). */
export const article: CorpusArticle = {
  name: 'finance: Upgraded China–Peru trade pact takes effect with new customs rules',
  language: 'en',
  publishedAt: '2025-07-02',
  annotated:
    '[[LIMA|lima]], July 1 — The upgraded [[China–Peru Free Trade Agreement|china-peru-fta]] entered into force on ' +
    'July 1, nine months after it was signed by trade ministers of both countries at the ' +
    '[[APEC summit|apec-summit]] in [[Lima|lima]]. ' +
    'The protocol, negotiated over five rounds since 2019, adds chapters on e-commerce, supply chains and ' +
    'geographical indications, and loosens the rules of origin for processed food. ' +
    'It was ratified by the [[Congress of Peru|peru-congress]] in March and by [[China|china]]’s ' +
    '{{National People’s Congress|GOVERNMENT}} in April. ' +
    '[[Peru|peru]]’s customs agency, {{Sunat|GOVERNMENT}}, said it would accept electronic certificates of origin ' +
    'issued by the {{China Council for the Promotion of International Trade|ORGANIZATION}} ' +
    '({{CCPIT|ORGANIZATION|china-council-for-the-promotion-of-international-trade}}) from July 1. ' +
    'The body’s vice chairman, {{Zhang Shaogang|PERSON}}, visited [[Lima|lima]] in June to test the system with ' +
    '{{Sunat|GOVERNMENT|sunat}} officials. ' +
    'Chinese ambassador {{Song Yang|PERSON}} told the state news agency {{Andina|MEDIA}} that the pact would help ' +
    'Peruvian mandarins, pecans and frozen squid reach Chinese shoppers. ' +
    'The {{Association of Exporters|ORGANIZATION}} ({{ADEX|ORGANIZATION|association-of-exporters}}), chaired by ' +
    '{{Julio Pérez Alván|PERSON}}, estimates that shipments to [[China|china]] will rise by $2bn within three years. ' +
    '[[Mincetur|mincetur]] will host the agreement’s joint commission in [[Lima|lima]] in October.',
  relationships: [
    { type: 'SIGNED', source: 'peru', target: 'china-peru-fta', sentence: 1 },
    { type: 'SIGNED', source: 'china', target: 'china-peru-fta', sentence: 1 },
    { type: 'HOSTED', source: 'lima', target: 'apec-summit', sentence: 1 },
    { type: 'NEGOTIATED', source: 'peru', target: 'china-peru-fta', sentence: 2, validFrom: '2019' },
    { type: 'NEGOTIATED', source: 'china', target: 'china-peru-fta', sentence: 2, validFrom: '2019' },
    { type: 'ADOPTED', source: 'peru-congress', target: 'china-peru-fta', sentence: 3, validFrom: '2025-03' },
    { type: 'ADOPTED', source: 'national-people-s-congress', target: 'china-peru-fta', sentence: 3, validFrom: '2025-04' },
    { type: 'PART_OF', source: 'national-people-s-congress', target: 'china', sentence: 3 },
    { type: 'AFFILIATED_WITH', source: 'sunat', target: 'peru', sentence: 4 },
    { type: 'STATED', source: 'sunat', target: 'china-council-for-the-promotion-of-international-trade', sentence: 4 },
    { type: 'LEADS', source: 'zhang-shaogang', target: 'china-council-for-the-promotion-of-international-trade', sentence: 5 },
    { type: 'VISITED', source: 'zhang-shaogang', target: 'lima', sentence: 5, validFrom: '2025-06' },
    { type: 'MET', source: 'zhang-shaogang', target: 'sunat', sentence: 5, validFrom: '2025-06' },
    { type: 'HOLDS_OFFICE_IN', source: 'song-yang', target: 'china', sentence: 6 },
    { type: 'COMMUNICATED_VIA', source: 'song-yang', target: 'andina', sentence: 6 },
    { type: 'STATED', source: 'song-yang', target: 'china-peru-fta', sentence: 6 },
    { type: 'LEADS', source: 'julio-perez-alvan', target: 'association-of-exporters', sentence: 7 },
    { type: 'STATED', source: 'association-of-exporters', target: 'china', sentence: 7 },
    { type: 'HOSTED', source: 'mincetur', target: 'china-peru-fta', sentence: 8, validFrom: '2025-10' },
  ],
};
