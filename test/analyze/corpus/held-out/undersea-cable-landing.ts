import type { CorpusArticle } from '../corpus-article.js';

/** A held-out article of the evaluation corpus (see ../README.md): not to be read while tuning `analyzeText`. */
export const article: CorpusArticle = {
  name: 'Chinese carrier to land a trans-Pacific cable near Lima (held out)',
  language: 'en',
  publishedAt: '2025-03-20',
  annotated:
    '[[LIMA|lima]] — {{China Mobile International|COMPANY}}, the overseas arm of the Chinese state carrier ' +
    '{{China Mobile|COMPANY}}, will bring the {{Kuntur Cable|INFRASTRUCTURE}}, a fibre-optic link running 14,000 ' +
    'kilometres under the Pacific from {{Hong Kong|PLACE}}, ashore in [[Peru|peru]], the company announced on Tuesday. ' +
    'Its Peruvian partner, {{Redes Andinas|COMPANY}}, is building the $45m {{Ancón Landing Station|INFRASTRUCTURE}} for ' +
    'the cable in {{Ancón|PLACE}}, a beach district on the northern edge of [[Lima|lima]]. ' +
    'Laid by {{HMN Technologies|COMPANY}}, the former submarine-cable unit of [[Huawei|huawei]] that the ' +
    '{{Hengtong Group|COMPANY}} bought in 2019, the line is due to carry its first traffic in 2027. ' +
    '[[Peru|peru]]’s {{Ministry of Transport and Communications|GOVERNMENT}} ' +
    '({{MTC|GOVERNMENT|ministry-of-transport-and-communications}}) approved the landing permit in January, and the ' +
    'telecoms regulator, {{Osiptel|GOVERNMENT}}, will oversee the wholesale prices that the Chinese company charges ' +
    'local internet providers. ' +
    '{{Washington|COUNTRY|united-states}} has pressed governments across {{Latin America|PLACE}} to keep Chinese ' +
    'suppliers out of undersea cables, which carry nearly all of the region’s internet traffic. ' +
    'Transport Minister {{Álvaro Mendiola|PERSON}} told the daily {{El Comercio|MEDIA}} that the link would stay under ' +
    'Peruvian law and that [[Lima|peru]] would not have to choose between its two largest trading partners. ' +
    'The {{Hong Kong|PLACE}}-based carrier, which opened a sales office in [[Lima|lima]] in 2023, already supplies cloud ' +
    'services to {{Minera Cordillera Azul|COMPANY}}, a Peruvian gold miner. ' +
    '{{Inés Valdivia|PERSON}}, an economist at the {{Universidad del Pacífico|ORGANIZATION}} in [[Lima|lima]], said the ' +
    'cable could draw data centres to the port of [[Chancay|chancay-port]], some 60 kilometres further north.',
  relationships: [
    { type: 'PART_OF', source: 'china-mobile-international', target: 'china-mobile', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'china-mobile', target: 'china', sentence: 1 },
    { type: 'STATED', source: 'china-mobile-international', target: 'kuntur-cable', sentence: 1, validFrom: '2025-03-18' },
    { type: 'PARTNERS_WITH', source: 'redes-andinas', target: 'china-mobile-international', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'redes-andinas', target: 'peru', sentence: 2 },
    {
      type: 'BUILT',
      source: 'redes-andinas',
      target: 'ancon-landing-station',
      sentence: 2,
      quantities: [{ value: 45000000, unit: 'USD' }],
    },
    { type: 'PART_OF', source: 'ancon-landing-station', target: 'kuntur-cable', sentence: 2 },
    { type: 'LOCATED_IN', source: 'ancon-landing-station', target: 'ancon', sentence: 2 },
    { type: 'LOCATED_IN', source: 'ancon', target: 'lima', sentence: 2 },
    { type: 'BUILT', source: 'hmn-technologies', target: 'kuntur-cable', sentence: 3 },
    { type: 'ACQUIRED', source: 'hengtong-group', target: 'hmn-technologies', sentence: 3, validFrom: '2019' },
    { type: 'SOLD', source: 'huawei', target: 'hmn-technologies', sentence: 3, validFrom: '2019' },
    { type: 'AFFILIATED_WITH', source: 'ministry-of-transport-and-communications', target: 'peru', sentence: 4 },
    { type: 'REGULATES', source: 'osiptel', target: 'china-mobile-international', sentence: 4 },
    { type: 'AFFILIATED_WITH', source: 'china-mobile-international', target: 'china', sentence: 4 },
    { type: 'STATED', source: 'united-states', target: 'latin-america', sentence: 5 },
    { type: 'HOLDS_OFFICE_IN', source: 'alvaro-mendiola', target: 'peru', sentence: 6 },
    { type: 'COMMUNICATED_VIA', source: 'alvaro-mendiola', target: 'el-comercio', sentence: 6 },
    { type: 'STATED', source: 'alvaro-mendiola', target: 'kuntur-cable', sentence: 6 },
    { type: 'HEADQUARTERED_IN', source: 'china-mobile-international', target: 'hong-kong', sentence: 7 },
    { type: 'PARTNERS_WITH', source: 'china-mobile-international', target: 'minera-cordillera-azul', sentence: 7 },
    { type: 'AFFILIATED_WITH', source: 'minera-cordillera-azul', target: 'peru', sentence: 7 },
    { type: 'AFFILIATED_WITH', source: 'ines-valdivia', target: 'universidad-del-pacifico', sentence: 8 },
    { type: 'LOCATED_IN', source: 'universidad-del-pacifico', target: 'lima', sentence: 8 },
    { type: 'STATED', source: 'ines-valdivia', target: 'kuntur-cable', sentence: 8 },
  ],
};
