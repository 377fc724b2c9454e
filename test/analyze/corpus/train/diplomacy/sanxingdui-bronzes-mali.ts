import type { CorpusArticle } from '../../corpus-article.js';

/** The MALI opens an exhibition of Sanxingdui bronzes lent from Sichuan: organisers, ministers, a return show of Sipán gold (English). */
export const article: CorpusArticle = {
  name: 'diplomacy: Sanxingdui bronzes go on show at the Museo de Arte de Lima',
  language: 'en',
  publishedAt: '2025-11-05',
  annotated:
    '[[LIMA|lima]], November 4 — The {{Museo de Arte de Lima|ORGANIZATION}} ' +
    '({{MALI|ORGANIZATION|museo-de-arte-de-lima}}) opened on Tuesday {{Sanxingdui: Mysteries of the Bronze ' +
    'Age|EVENT}}, an exhibition of 120 bronze and jade pieces lent by the {{Sanxingdui Museum|ORGANIZATION}}, in ' +
    '[[China|china]]’s {{Sichuan|PLACE}} province. ' +
    'The show, which runs until March, was organised with the {{China Arts and Entertainment Group|COMPANY}}, a ' +
    'state-owned firm under [[Beijing|china]]’s {{Ministry of Culture and Tourism|GOVERNMENT}}. ' +
    'It was inaugurated by [[Peru|peru]]’s culture minister, {{Gabriela Núñez Fajardo|PERSON}}, and by the ' +
    'Chinese vice-minister of culture, {{Lu Yingchuan|PERSON}}, who is touring the country with a group of museum ' +
    'directors. ' +
    '{{Núñez|PERSON|gabriela-nunez-fajardo}} said a return exhibition of gold objects from the royal tombs of ' +
    '{{Sipán|PLACE}} would travel to the {{National Museum of China|ORGANIZATION}} in {{Beijing|PLACE}} in 2026. ' +
    'Those pieces are kept at the {{Royal Tombs of Sipán Museum|ORGANIZATION}} in {{Lambayeque|PLACE}}, whose ' +
    'director, {{Carmen Rojas Vidal|PERSON}}, has asked for guarantees on insurance and transport. ' +
    'Both exhibitions fall under the {{China–Peru Cultural Heritage Protection Agreement|AGREEMENT}}, which the ' +
    'two governments signed in November 2024 during the [[APEC summit|apec-summit]] in [[Lima|lima]]. ' +
    'The museum’s director, {{Sofía Ledgard Benavides|PERSON}}, told the broadcaster {{RPP|MEDIA}} that she ' +
    'expects some 90,000 visitors to see the bronzes.',
  relationships: [
    {
      type: 'HOSTED',
      source: 'museo-de-arte-de-lima',
      target: 'sanxingdui-mysteries-of-the-bronze-age',
      sentence: 1,
      validFrom: '2025-11-04',
    },
    { type: 'LOCATED_IN', source: 'sanxingdui-museum', target: 'sichuan', sentence: 1 },
    { type: 'LOCATED_IN', source: 'sichuan', target: 'china', sentence: 1 },
    { type: 'PARTNERS_WITH', source: 'sanxingdui-museum', target: 'museo-de-arte-de-lima', sentence: 1 },
    { type: 'PARTNERS_WITH', source: 'museo-de-arte-de-lima', target: 'china-arts-and-entertainment-group', sentence: 2 },
    { type: 'PART_OF', source: 'china-arts-and-entertainment-group', target: 'ministry-of-culture-and-tourism', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'ministry-of-culture-and-tourism', target: 'china', sentence: 2 },
    { type: 'HOLDS_OFFICE_IN', source: 'gabriela-nunez-fajardo', target: 'peru', sentence: 3 },
    { type: 'HOLDS_OFFICE_IN', source: 'lu-yingchuan', target: 'china', sentence: 3 },
    { type: 'VISITED', source: 'lu-yingchuan', target: 'peru', sentence: 3 },
    { type: 'STATED', source: 'gabriela-nunez-fajardo', target: 'national-museum-of-china', sentence: 4 },
    { type: 'LOCATED_IN', source: 'national-museum-of-china', target: 'beijing', sentence: 4 },
    { type: 'LOCATED_IN', source: 'royal-tombs-of-sipan-museum', target: 'lambayeque', sentence: 5 },
    { type: 'LEADS', source: 'carmen-rojas-vidal', target: 'royal-tombs-of-sipan-museum', sentence: 5 },
    { type: 'SIGNED', source: 'china', target: 'china-peru-cultural-heritage-protection-agreement', sentence: 6, validFrom: '2024-11' },
    { type: 'SIGNED', source: 'peru', target: 'china-peru-cultural-heritage-protection-agreement', sentence: 6, validFrom: '2024-11' },
    { type: 'HOSTED', source: 'lima', target: 'apec-summit', sentence: 6, validFrom: '2024-11' },
    { type: 'LEADS', source: 'sofia-ledgard-benavides', target: 'museo-de-arte-de-lima', sentence: 7 },
    { type: 'COMMUNICATED_VIA', source: 'sofia-ledgard-benavides', target: 'rpp', sentence: 7 },
    { type: 'STATED', source: 'sofia-ledgard-benavides', target: 'sanxingdui-mysteries-of-the-bronze-age', sentence: 7 },
  ],
};
