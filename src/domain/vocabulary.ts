/**
 * The closed vocabularies of the knowledge graph. Every label, relationship type and status that
 * reaches Cypher comes from these lists, never from user input, which is what makes building
 * Cypher patterns from them safe.
 */

/** Kinds of actor or thing an entity can be. */
export const ENTITY_TYPES = [
  'PERSON',
  'ORGANIZATION',
  'COMPANY',
  'GOVERNMENT',
  'COUNTRY',
  'PLACE',
  'INFRASTRUCTURE',
  'INITIATIVE',
  'PROGRAM',
  'AGREEMENT',
  'PLAN',
  'EVENT',
  'MEDIA',
  'GROUP',
  'TOPIC',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * Relation types, each with a one-line meaning (source → target). Stored as Neo4j relationship
 * types, so traversals run actor → actor directly.
 */
export const RELATION_TYPES = {
  ACQUIRED: 'source bought the target company, stake or asset (the price as a quantity; the seller SOLD the same target)',
  ADOPTED: 'source adopted the target plan, policy or agreement',
  AFFILIATED_WITH: 'source belongs to or acts for the target (a company’s home country, an official’s state)',
  ATTENDED: 'source attended the target event',
  BUILT: 'source built, or is building, the target facility',
  COMMUNICATED_VIA: 'source made a statement through the target medium',
  COOPERATES_WITH: 'source and target cooperate',
  DISCUSSED: 'source discussed a topic (see `topic`) with the target',
  GRANTED_EXCLUSIVITY_TO: 'source granted the target exclusive rights (see `topic`)',
  HEADQUARTERED_IN: 'source organisation has its headquarters in the target place',
  HOLDS_OFFICE_IN: 'source person holds an office (see `role`) in the target state or body',
  HOSTED: 'source hosted or received the target visitor or event',
  INVESTED_IN: 'source invested in the target',
  LEADS: 'source person or body leads the target (see `role`)',
  LOCATED_IN: 'source is located in the target place',
  MET: 'source and target met (see `topic`)',
  NEGOTIATED: 'source negotiated the target agreement',
  OPERATES: 'source operates the target facility',
  OWNS: 'source owns (a share of) the target',
  PARTICIPATES_IN: 'source takes part in the target initiative or programme',
  PARTNERS_WITH: 'source and target are partners (see `topic`)',
  PARTY_TO: 'source is a party to the target agreement',
  PART_OF: 'source is a part or component of the target',
  PLANS: 'source plans the target project',
  PRESIDED_OVER: 'source presided over the target event, ceremony or body',
  RECEIVED_INVESTMENT: 'source received investment under or from the target',
  REGULATES: 'source regulates the target company, facility or sector',
  SEEKS_COOPERATION_WITH: 'source reaches out to the target for cooperation or investment',
  SIGNED: 'source signed the target agreement',
  SOLD: 'source sold the target company, stake or asset (the buyer ACQUIRED the same target)',
  STATED: 'source made a statement (see `topic` and the quote) concerning the target',
  TRAINS: 'source trains the target group',
  VISITED: 'source visited the target place, organisation or event',
} as const;
export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES).sort() as RelationType[];

/**
 * Relation types that place an entity on a side of a bilateral relationship, followed outward:
 * an official LEADS or HOLDS_OFFICE_IN a state, a company is AFFILIATED_WITH or HEADQUARTERED_IN
 * a country, a place is LOCATED_IN one.
 */
export const AFFILIATION_UP = [
  'AFFILIATED_WITH',
  'HEADQUARTERED_IN',
  'HOLDS_OFFICE_IN',
  'LEADS',
  'LOCATED_IN',
] as const satisfies readonly RelationType[];

/** Affiliation followed inward: a port belongs to the side of the company that OPERATES or OWNS it. */
export const AFFILIATION_DOWN = ['OPERATES', 'OWNS'] as const satisfies readonly RelationType[];

/**
 * Relation types whose `role` names an office held in the target (President of Peru, Prime
 * Minister of Peru): search finds the holder by the office (schema/constraints.cypher's
 * office_search indexes exactly these; a test ties the two).
 */
export const OFFICE_RELATIONS = ['HOLDS_OFFICE_IN', 'LEADS'] as const satisfies readonly RelationType[];

/**
 * Relation types whose two ends play the same part ("X and Y met"): a claim of one is the same
 * claim whichever end is the source, and comparisons of claims ignore their direction.
 */
export const SYMMETRIC_RELATIONS = ['COOPERATES_WITH', 'DISCUSSED', 'MET', 'PARTNERS_WITH'] as const satisfies readonly RelationType[];

/** Epistemic status of a claim. */
export const STATUSES = ['REPORTED', 'CONFIRMED', 'PLANNED', 'DISPUTED', 'REVERSED'] as const;
export type Status = (typeof STATUSES)[number];

/** The statuses of a claim a source stands behind; the others (planned, disputed, reversed) are infirm. */
export const FIRM_STATUSES: readonly Status[] = ['REPORTED', 'CONFIRMED'];

/** Narrows an arbitrary string to a relation type, or undefined. */
export function asRelationType(value: string): RelationType | undefined {
  return Object.hasOwn(RELATION_TYPES, value) ? (value as RelationType) : undefined;
}
