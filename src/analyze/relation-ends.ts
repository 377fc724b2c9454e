/**
 * What each relation type accepts at its ends (from the meanings in src/domain/vocabulary.ts), so
 * "Boluarte visited Lima" is a VISITED but "operates … Lima" is not an OPERATES; and the title and
 * body words that relations of office and affiliation are read from.
 */
import { wordsPattern } from '../domain/text.js';
import type { EntityType, RelationType } from '../domain/vocabulary.js';

const ACTOR: readonly EntityType[] = ['PERSON', 'ORGANIZATION', 'COMPANY', 'GOVERNMENT', 'COUNTRY', 'GROUP', 'MEDIA'];
const BODY: readonly EntityType[] = ['ORGANIZATION', 'COMPANY', 'GOVERNMENT', 'MEDIA', 'GROUP'];
/** Who buys, sells, builds and invests: bodies and countries; a person said to ("dijo que invertirá") speaks for one. */
const DEALER: readonly EntityType[] = ['COUNTRY', ...BODY];
const WHERE: readonly EntityType[] = ['PLACE', 'COUNTRY'];
const ANY = null;

/** Entity types accepted at the source and target of each relation type; null accepts any. */
export const ENDS: Readonly<Record<RelationType, readonly [readonly EntityType[] | null, readonly EntityType[] | null]>> = {
  ACQUIRED: [DEALER, ['COMPANY', 'ORGANIZATION', 'INFRASTRUCTURE', 'MEDIA']],
  ADOPTED: [ACTOR, ['PLAN', 'PROGRAM', 'AGREEMENT', 'INITIATIVE']],
  BUILT: [DEALER, ['INFRASTRUCTURE']],
  HOSTED: [
    [...ACTOR, 'PLACE'],
    [...ACTOR, 'EVENT'],
  ],
  MET: [ACTOR, ACTOR],
  NEGOTIATED: [ACTOR, ['AGREEMENT', 'PLAN', 'PROGRAM']],
  PRESIDED_OVER: [
    ['PERSON', ...BODY],
    ['EVENT', ...BODY],
  ],
  REGULATES: [
    ['GOVERNMENT', 'ORGANIZATION'],
    ['COMPANY', 'INFRASTRUCTURE', 'ORGANIZATION'],
  ],
  SOLD: [DEALER, ['COMPANY', 'ORGANIZATION', 'INFRASTRUCTURE', 'MEDIA']],
  AFFILIATED_WITH: [ACTOR, ['COUNTRY', ...BODY]],
  ATTENDED: [ACTOR, ['EVENT']],
  COMMUNICATED_VIA: [ACTOR, ['MEDIA']],
  COOPERATES_WITH: [ACTOR, ACTOR],
  DISCUSSED: [ACTOR, [...ACTOR, 'TOPIC']],
  GRANTED_EXCLUSIVITY_TO: [ACTOR, ACTOR],
  HEADQUARTERED_IN: [BODY, WHERE],
  HOLDS_OFFICE_IN: [['PERSON'], ['COUNTRY', ...BODY]],
  INVESTED_IN: [DEALER, ['COMPANY', 'ORGANIZATION', 'GOVERNMENT', 'INFRASTRUCTURE', 'COUNTRY', 'PLACE', 'PLAN', 'PROGRAM', 'INITIATIVE']],
  LEADS: [
    ['PERSON', ...BODY, 'COUNTRY'],
    // A mayor or governor leads the city or region as much as its government ("el alcalde de Ilo").
    ['COUNTRY', ...BODY, 'PROGRAM', 'INITIATIVE', 'INFRASTRUCTURE', 'EVENT', 'PLAN', 'PLACE'],
  ],
  LOCATED_IN: [['INFRASTRUCTURE', 'PLACE', 'EVENT', ...BODY], WHERE],
  OPERATES: [
    ['COUNTRY', ...BODY],
    ['INFRASTRUCTURE', 'PROGRAM'],
  ],
  OWNS: [ACTOR, ['COMPANY', 'ORGANIZATION', 'INFRASTRUCTURE', 'MEDIA']],
  PART_OF: [
    ['ORGANIZATION', 'COMPANY', 'GOVERNMENT', 'GROUP', 'MEDIA', 'INFRASTRUCTURE', 'PLACE', 'PROGRAM', 'EVENT', 'INITIATIVE', 'PLAN'],
    ANY,
  ],
  PARTICIPATES_IN: [ACTOR, ['INITIATIVE', 'PROGRAM', 'EVENT', 'PLAN', 'AGREEMENT', 'ORGANIZATION']],
  PARTNERS_WITH: [ACTOR, ACTOR],
  PARTY_TO: [ACTOR, ['AGREEMENT']],
  PLANS: [ACTOR, ['PLAN', 'INFRASTRUCTURE', 'PROGRAM', 'EVENT']],
  RECEIVED_INVESTMENT: [ANY, [...ACTOR, 'INITIATIVE', 'PROGRAM']],
  SEEKS_COOPERATION_WITH: [ACTOR, ACTOR],
  SIGNED: [ACTOR, ['AGREEMENT', 'PLAN', 'PROGRAM']],
  STATED: [ACTOR, ANY],
  TRAINS: [ACTOR, ['GROUP', 'PERSON', ...BODY]],
  // A country visits nowhere: it stands for its leader only in a title ("China's president visited …").
  VISITED: [ACTOR.filter((t) => t !== 'COUNTRY'), [...WHERE, ...BODY, 'INFRASTRUCTURE', 'EVENT']],
};

/** True when a relation of `type` may run from an entity of type `source` to one of type `target`. */
export function fits(type: RelationType, source: string, target: string): boolean {
  const [s, t] = ENDS[type];
  return (s === null || (s as readonly string[]).includes(source)) && (t === null || (t as readonly string[]).includes(target));
}

/** Titles that make a person the leader of a state ("Peruvian President Dina Boluarte"). */
export const LEADER_TITLES = new RegExp(
  '^(?:president|presidenta|presidente|mandatari[oa]|jef[ae] de estado|head of state|leader|king|queen|emperor)$',
  'iu',
);
/** Titles of other offices ("China's commerce minister Wang Wentao"). */
export const OFFICE_TITLES = wordsPattern(
  'minister|ministra|ministro|premier|prime minister|ambassador|embajador|embajadora|envoy|secretary|' +
    'vice-president|vice president|vicepresidente|governor|official|chancellor|canciller|consul|counterpart|homólog[oa]|' +
    'foreign minister|mandatari[oa]|vice-minister|vice minister|viceministro|viceministra|deputy minister|vice-premier|' +
    'vice premier|vice-governor|vicegobernador|vicegobernadora',
  'iu',
);
/** Nouns for a company or organisation after a demonym ("the Chinese tech giant Huawei"). */
export const BODY_NOUNS = wordsPattern(
  'company|firm|giant|group|miner|carrier|operator|bank|lender|conglomerate|manufacturer|automaker|' +
    'shipper|insurer|investor|developer|contractor|enterprise|state-owned|multinational|empresa|compañía|arm|unit|' +
    'subsidiary|filial|siderúrgica|petrolera|constructora|operadora|gigante|telecom|telecoms|' +
    'minera|naviera|authority|regulator|agency|watchdog|ministry|autoridad|regulador|organismo|agencia|ministerio|' +
    'exporter|exportadora|importer|importadora|grower|producer|productora|builder|agribusiness|airline|aerolínea|automotriz|' +
    'fabricante|retailer|supplier|proveedora|generator|generadora|utility|eléctrica|fishing company|pesquera|brand|marca|' +
    'shipping line|banco|chain|cadena|consortium|consorcio',
  'iu',
);
