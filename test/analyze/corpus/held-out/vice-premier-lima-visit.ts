import type { CorpusArticle } from '../corpus-article.js';

/** A held-out article of the evaluation corpus (see ../README.md): not to be read while tuning `analyzeText`. */
export const article: CorpusArticle = {
  name: 'Chinese vice-premier visits Lima (held out)',
  language: 'en',
  publishedAt: '2025-04-10',
  annotated:
    '[[LIMA|lima]] — Chinese Vice-Premier {{Han Zhengming|PERSON}} arrived in [[Lima|lima]] on Wednesday for a ' +
    'three-day visit, the most senior by a Chinese official since President [[Xi Jinping|xi-jinping]] attended the ' +
    '[[APEC summit|apec-summit]] in November 2024. ' +
    '{{Han|PERSON|han-zhengming}} met President [[Dina Boluarte|dina-boluarte]] at the {{Government Palace|PLACE}} on ' +
    'Thursday, and the two governments signed eight agreements on trade, health and space science. ' +
    'One of them, a {{Memorandum of Understanding on Digital Economy Cooperation|AGREEMENT}}, was signed by ' +
    '[[Peru|peru]]’s foreign minister, {{Gustavo Prado|PERSON}}, and [[China|china]]’s ambassador, ' +
    '{{Chen Lei|PERSON}}. ' +
    '[[Boluarte|dina-boluarte]] asked [[Beijing|china]] to buy more Peruvian pork and dairy and to help finance the ' +
    '{{Longitudinal de la Sierra|INFRASTRUCTURE}} highway. ' +
    '{{Han|PERSON|han-zhengming}} called [[Peru|peru]] “a gateway to {{South America|PLACE}}” and pledged that ' +
    '[[China|china]] would import more of its farm goods. ' +
    'On Friday he is due to tour the [[Port of Chancay|chancay-port]], which is 60% owned by ' +
    '[[COSCO Shipping|cosco-shipping]]. ' +
    'He will also meet executives of [[Chinalco|chinalco]] and of [[MMG|mmg]], the operator of the ' +
    '[[Las Bambas|las-bambas]] copper mine in {{Apurímac|PLACE}}. ' +
    '[[Peru|peru]]’s trade with [[China|china]], its largest partner, reached $39bn in 2024.',
  relationships: [
    { type: 'HOLDS_OFFICE_IN', source: 'han-zhengming', target: 'china', sentence: 1 },
    { type: 'VISITED', source: 'han-zhengming', target: 'lima', sentence: 1, validFrom: '2025-04-09' },
    { type: 'ATTENDED', source: 'xi-jinping', target: 'apec-summit', sentence: 1, validFrom: '2024-11' },
    { type: 'MET', source: 'han-zhengming', target: 'dina-boluarte', sentence: 2, validFrom: '2025-04-10' },
    { type: 'SIGNED', source: 'gustavo-prado', target: 'memorandum-of-understanding-on-digital-economy-cooperation', sentence: 3 },
    { type: 'SIGNED', source: 'chen-lei', target: 'memorandum-of-understanding-on-digital-economy-cooperation', sentence: 3 },
    { type: 'PARTY_TO', source: 'peru', target: 'memorandum-of-understanding-on-digital-economy-cooperation', sentence: 3 },
    { type: 'PARTY_TO', source: 'china', target: 'memorandum-of-understanding-on-digital-economy-cooperation', sentence: 3 },
    { type: 'HOLDS_OFFICE_IN', source: 'gustavo-prado', target: 'peru', sentence: 3 },
    { type: 'HOLDS_OFFICE_IN', source: 'chen-lei', target: 'china', sentence: 3 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'dina-boluarte', target: 'china', sentence: 4 },
    { type: 'STATED', source: 'han-zhengming', target: 'peru', sentence: 5 },
    { type: 'VISITED', source: 'han-zhengming', target: 'chancay-port', sentence: 6, validFrom: '2025-04-11' },
    { type: 'OWNS', source: 'cosco-shipping', target: 'chancay-port', sentence: 6, quantities: [{ value: 60, unit: '%' }] },
    { type: 'MET', source: 'han-zhengming', target: 'chinalco', sentence: 7 },
    { type: 'MET', source: 'han-zhengming', target: 'mmg', sentence: 7 },
    { type: 'OPERATES', source: 'mmg', target: 'las-bambas', sentence: 7 },
    { type: 'LOCATED_IN', source: 'las-bambas', target: 'apurimac', sentence: 7 },
    {
      type: 'PARTNERS_WITH',
      source: 'peru',
      target: 'china',
      sentence: 8,
      validFrom: '2024',
      quantities: [{ value: 39000000000, unit: 'USD' }],
    },
  ],
};
