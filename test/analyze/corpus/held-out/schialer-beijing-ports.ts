import type { CorpusArticle } from '../corpus-article.js';

/** A held-out article of the evaluation corpus (see ../README.md): not to be read while tuning `analyzeText`. */
export const article: CorpusArticle = {
  name: 'Peruvian foreign minister in Beijing as port bids mount (held out)',
  language: 'en',
  publishedAt: '2025-04-22',
  annotated:
    '{{BEIJING|PLACE}} — [[Peru|peru]]’s Foreign Minister {{Elmer Schialer|PERSON}} met his counterpart ' +
    '{{Wang Yi|PERSON}} on Monday, at the start of a four-day tour of [[China|china]]. ' +
    '{{Schialer|PERSON|elmer-schialer}} and {{Wang|PERSON|wang-yi}} co-chaired the third ' +
    '{{China-Peru Strategic Dialogue|EVENT}}, which covered trade, ports and illegal fishing. ' +
    'The talks came weeks after the [[Congress of Peru|peru-congress]] approved the upgraded ' +
    '[[China–Peru Free Trade Agreement|china-peru-fta]] in February. ' +
    '[[Lima|peru]] is also weighing Chinese bids for two more ports: a terminal at {{Corío|PLACE}}, in the southern ' +
    'region of {{Arequipa|PLACE}}, and an expansion of the {{Port of Paita|INFRASTRUCTURE}} in the north. ' +
    '{{China Communications Construction Company|COMPANY}} ' +
    '({{CCCC|COMPANY|china-communications-construction-company}}), whose unit {{China Harbour Engineering|COMPANY}} ' +
    'built [[Chancay|chancay-port]], is among the bidders for {{Corío|PLACE}}. ' +
    'The {{National Port Authority|GOVERNMENT}} adopted a {{National Port Development Plan|PLAN}} in January that ' +
    'ranks {{Corío|PLACE}} among its priority projects. ' +
    'The {{Port of Paita|INFRASTRUCTURE}} has been run since 2009 by {{Terminales Portuarios Euroandinos|COMPANY}}, ' +
    'which the transport regulator {{Ositrán|GOVERNMENT}} oversees. ' +
    'In [[Lima|lima]] itself, {{China Railway Construction Corporation|COMPANY}} is building the ' +
    '{{Vía Expresa Sur|INFRASTRUCTURE}}, a 5-kilometre urban toll road. ' +
    'On Wednesday {{Schialer|PERSON|elmer-schialer}} is due to tour [[Huawei|huawei]]’s headquarters in ' +
    '[[Shenzhen|shenzhen]]. ' +
    '“Chinese companies are welcome in every port we put out to tender,” {{Schialer|PERSON|elmer-schialer}} told ' +
    'the state news agency {{Andina|MEDIA}}. ' +
    '{{Wang|PERSON|wang-yi}} said Chinese firms would keep investing in [[Peru|peru]].',
  relationships: [
    { type: 'HOLDS_OFFICE_IN', source: 'elmer-schialer', target: 'peru', sentence: 1 },
    { type: 'MET', source: 'elmer-schialer', target: 'wang-yi', sentence: 1, validFrom: '2025-04-21' },
    { type: 'VISITED', source: 'elmer-schialer', target: 'china', sentence: 1, validFrom: '2025-04-21' },
    { type: 'PRESIDED_OVER', source: 'elmer-schialer', target: 'china-peru-strategic-dialogue', sentence: 2 },
    { type: 'PRESIDED_OVER', source: 'wang-yi', target: 'china-peru-strategic-dialogue', sentence: 2 },
    { type: 'ADOPTED', source: 'peru-congress', target: 'china-peru-fta', sentence: 3, validFrom: '2025-02' },
    { type: 'LOCATED_IN', source: 'corio', target: 'arequipa', sentence: 4 },
    { type: 'PART_OF', source: 'china-harbour-engineering', target: 'china-communications-construction-company', sentence: 5 },
    { type: 'BUILT', source: 'china-harbour-engineering', target: 'chancay-port', sentence: 5 },
    { type: 'ADOPTED', source: 'national-port-authority', target: 'national-port-development-plan', sentence: 6, validFrom: '2025-01' },
    { type: 'OPERATES', source: 'terminales-portuarios-euroandinos', target: 'port-of-paita', sentence: 7, validFrom: '2009' },
    { type: 'REGULATES', source: 'ositran', target: 'terminales-portuarios-euroandinos', sentence: 7 },
    { type: 'BUILT', source: 'china-railway-construction-corporation', target: 'via-expresa-sur', sentence: 8 },
    { type: 'LOCATED_IN', source: 'via-expresa-sur', target: 'lima', sentence: 8 },
    { type: 'VISITED', source: 'elmer-schialer', target: 'huawei', sentence: 9, validFrom: '2025-04-23' },
    { type: 'HEADQUARTERED_IN', source: 'huawei', target: 'shenzhen', sentence: 9 },
    { type: 'COMMUNICATED_VIA', source: 'elmer-schialer', target: 'andina', sentence: 10 },
    { type: 'STATED', source: 'wang-yi', target: 'peru', sentence: 11 },
  ],
};
