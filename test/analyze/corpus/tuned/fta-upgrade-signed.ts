import type { CorpusArticle } from '../corpus-article.js';

/** China and Peru sign the protocol upgrading their free trade agreement: signatories, parties, negotiators (English). */
export const article: CorpusArticle = {
  name: 'Free trade agreement upgrade signed',
  language: 'en',
  publishedAt: '2024-11-16',
  annotated:
    '[[China|china]]’s commerce minister, {{Wang Wentao|PERSON}}, and [[Peru|peru]]’s trade minister, ' +
    '{{Úrsula Desilú León|PERSON}}, signed the {{Protocol to Upgrade the China–Peru Free Trade Agreement|AGREEMENT}} ' +
    'in [[Lima|lima]] on Thursday. ' +
    'President [[Xi Jinping|xi-jinping]], on a state visit to [[Peru|peru]], and President ' +
    '[[Dina Boluarte|dina-boluarte]] watched the ceremony at the {{Government Palace|PLACE}}, where ' +
    '[[Boluarte|dina-boluarte]] had welcomed her guest that morning. ' +
    '[[Peru|peru]]’s {{Council of Ministers|GOVERNMENT}} approved the text of the protocol on Wednesday, a day ' +
    'before the signing. ' +
    'The protocol adds chapters on e-commerce, supply chains and competition policy, and updates the rules of origin ' +
    'for textiles and farm goods. ' +
    '[[Lima|peru]] and [[Beijing|china]] signed the [[Peru–China Free Trade Agreement|china-peru-fta]] in April ' +
    '2009, and it has been in force since March 2010. ' +
    'Negotiators from the [[Ministry of Foreign Trade and Tourism|mincetur]] ([[Mincetur|mincetur]]) and ' +
    '[[China|china]]’s {{Ministry of Commerce|GOVERNMENT}} negotiated the upgrade over eight rounds from 2019. ' +
    '[[China|china]] overtook the {{United States|COUNTRY}} as [[Peru|peru]]’s largest trading partner in 2014 and ' +
    'now buys about a third of its exports, mostly copper and iron ore. ' +
    'The {{National Society of Industries|ORGANIZATION}} ({{SNI|ORGANIZATION|national-society-of-industries}}) ' +
    'warned that cheaper Chinese clothing could hurt local textile makers. ' +
    '[[Xi|xi-jinping]] then attended the [[APEC summit|apec-summit]], over which [[Boluarte|dina-boluarte]] presided ' +
    'at the {{Lima Convention Center|PLACE}}.',
  relationships: [
    { type: 'HOLDS_OFFICE_IN', source: 'wang-wentao', target: 'china', sentence: 1 },
    { type: 'HOLDS_OFFICE_IN', source: 'ursula-desilu-leon', target: 'peru', sentence: 1 },
    {
      type: 'SIGNED',
      source: 'wang-wentao',
      target: 'protocol-to-upgrade-the-china-peru-free-trade-agreement',
      sentence: 1,
      validFrom: '2024-11-14',
    },
    {
      type: 'SIGNED',
      source: 'ursula-desilu-leon',
      target: 'protocol-to-upgrade-the-china-peru-free-trade-agreement',
      sentence: 1,
      validFrom: '2024-11-14',
    },
    {
      type: 'PARTY_TO',
      source: 'china',
      target: 'protocol-to-upgrade-the-china-peru-free-trade-agreement',
      sentence: 1,
      validFrom: '2024-11-14',
    },
    {
      type: 'PARTY_TO',
      source: 'peru',
      target: 'protocol-to-upgrade-the-china-peru-free-trade-agreement',
      sentence: 1,
      validFrom: '2024-11-14',
    },
    { type: 'VISITED', source: 'xi-jinping', target: 'peru', sentence: 2 },
    { type: 'HOSTED', source: 'dina-boluarte', target: 'xi-jinping', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'council-of-ministers', target: 'peru', sentence: 3 },
    {
      type: 'ADOPTED',
      source: 'council-of-ministers',
      target: 'protocol-to-upgrade-the-china-peru-free-trade-agreement',
      sentence: 3,
      validFrom: '2024-11-13',
    },
    { type: 'SIGNED', source: 'peru', target: 'china-peru-fta', sentence: 5, validFrom: '2009-04' },
    { type: 'SIGNED', source: 'china', target: 'china-peru-fta', sentence: 5, validFrom: '2009-04' },
    {
      type: 'NEGOTIATED',
      source: 'mincetur',
      target: 'protocol-to-upgrade-the-china-peru-free-trade-agreement',
      sentence: 6,
      validFrom: '2019',
    },
    {
      type: 'NEGOTIATED',
      source: 'ministry-of-commerce',
      target: 'protocol-to-upgrade-the-china-peru-free-trade-agreement',
      sentence: 6,
      validFrom: '2019',
    },
    { type: 'AFFILIATED_WITH', source: 'ministry-of-commerce', target: 'china', sentence: 6 },
    { type: 'PARTNERS_WITH', source: 'china', target: 'peru', sentence: 7, validFrom: '2014' },
    { type: 'ATTENDED', source: 'xi-jinping', target: 'apec-summit', sentence: 9 },
    { type: 'PRESIDED_OVER', source: 'dina-boluarte', target: 'apec-summit', sentence: 9 },
  ],
};
