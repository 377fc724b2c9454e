/**
 * Purchases and sales, the three-party facts of the vocabulary: "CTG bought Luz del Sur from Sempra
 * Energy" is CTG ACQUIRED Luz del Sur and Sempra Energy SOLD Luz del Sur; "Peru sold Marcona to
 * Shougang" is Peru SOLD Marcona and Shougang ACQUIRED Marcona. The seller of a purchase is the
 * entity after "from" (Spanish "a"), or the owner of the stake bought ("Enel's 83% stake in X"); the
 * buyer of a sale is the entity after "to" (Spanish "a").
 */
import type { RelationType } from '../domain/vocabulary.js';
import { proposal, type Proposal } from './proposal.js';
import type { Hit } from './trigger-hits.js';
import { fits } from './relation-ends.js';
import type { Endpoint } from './types.js';

/**
 * Before the other party of a purchase: "from X", "from the Brazilian builder X", Spanish "a X",
 * "a la brasileña X" ("a" with at most an article and a demonym, not English "a Canadian company").
 */
const FROM =
  /(?:^|\s)(?:(?:from|de manos de)\s+(?:(?:the|la|el|los|las)\s+)?(?:[\p{L}-]+\s+){0,2}|a\s+(?:(?:la|el|los|las)\s+[\p{Ll}-]+\s+)?)$/u;
/** Before the other party of a sale: "to X", Spanish "a X", "al grupo X". */
const TO = /(?:^|\s)(?:to\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}|(?:a|al)\s+(?:(?:la|el)\s+)?(?:[\p{Ll}-]+\s+){0,2})$/u;
/** After an owner whose stake is bought: "Enel's 83.15% stake in". */
const STAKE_OWNER = /^['’]s\s+(?:[\d.,]+\s*(?:%|percent)\s+)?(?:stake|share|holding|interest)s?\s+(?:in|of)\s+(?:the\s+)?$/iu;
/** Where the clause of a transfer ends: another sentence part. */
const END = /;|:|\s(?:but|while|whereas|although|because)\s|,\s*(?:when|cuando)\s|[，；。：]/u;
/**
 * Between a purchase or sale and its first entity: lower-case goods, then the party they come from or go
 * to ("part of the output to", "20 trenes a la china", "tuberías al fabricante peruano", "200,000 tonnes of zinc to").
 */
const GOODS_THEN_PARTY = new RegExp(
  // Not a time ("vendió en 1992 a …": the object is a relative's antecedent), nor a place after the party's words ("to mills in").
  '^\\s+(?!(?:en|in|on|at|el|este|esta|last|this|during|durante|desde|since|hasta|until|por|for|under|bajo)\\s)' +
    '(?:[\\p{Ll}\\d$][\\p{L}\\d$.,%-]*\\s+){1,10}?(?:to|from|a|al)\\s+(?:(?:the|la|el|los|las)\\s+)?' +
    '(?:(?!(?:in|en|of|de|del|for|para)\\s)[\\p{Ll}-]+\\s+){0,3}$',
  'u',
);
/** Goods that are a company's shares: then the party holds what was sold ("its stake to X"). */
const STAKE_WORDS = /(?:stake|share|interest|holding|%|percent|acciones|participación|control)/iu;
/** Before a seller's channel: "a través de (su filial)", "through (its unit)", "via". */
const CHANNEL = /(?:a través de|mediante|through|via)\s+(?:(?:its|their|su|sus|the|la|el)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/iu;
/** Before a sentence's source ("…, according to the exporters’ association ADEX"): a source, never what changed hands. */
const SOURCE_BEFORE = /(?:according to|según|de acuerdo con|citing)\s+(?:(?:the|la|el|los|las)\s+)?(?:[\p{Ll}’'-]+\s+){0,3}$/iu;
/** After a passive purchase or sale: "was bought by X". */
const PASSIVE = /^\s+(?:by|por)\s/iu;
/** Before a passive purchase or sale: an auxiliary, perhaps a word ("was itself sold", "fue vendida", "has been bought"). */
const PASSIVE_BEFORE = /(?:^|\s)(?:was|were|been|being|is|are|fue|fueron|sido|será|serán|es|son)\s+(?:[\p{Ll}]+\s+)?$/iu;
/** A participle of a purchase or sale: "bought", "sold", "acquired", "comprada", "vendido", "adquiridas". */
const TRANSFER_PARTICIPLE = /(?:bought|sold|acquired|purchased|comprad[oa]s?|vendid[oa]s?|adquirid[oa]s?)$/iu;
/** Before the agent of a passive: "by X", "by the Chinese group X", "por la estatal X". */
const AGENT_BEFORE = /(?:^|\s)(?:by|por)\s+(?:(?:the|el|la|los|las)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * The ACQUIRED and SOLD relations one purchase or sale trigger gives: `sources` are its subject,
 * `inside` the sentence's entities, `until` where the next trigger starts, and `antecedent` the
 * entity a relative clause before the subject hangs on ("the mine, which Peru sold to Shougang").
 */
export function transferRelations({
  text,
  hit,
  sources,
  inside,
  until,
  antecedent,
}: {
  text: string;
  hit: Hit;
  sources: readonly Endpoint[];
  inside: readonly Endpoint[];
  until: number;
  antecedent: Endpoint | undefined;
}): Proposal[] {
  const bought = hit.trigger.type === 'ACQUIRED';
  // "was bought by X", "was bought in 2024 by X from Y", "Volcan was itself sold in 2024".
  // "X pasó a manos de Y": the buyer right after "de".
  const hands = /a manos del?$/iu.test(text.slice(hit.start, hit.end));
  const passive =
    PASSIVE.test(text.slice(hit.end, hit.end + 5)) ||
    hands ||
    (TRANSFER_PARTICIPLE.test(text.slice(hit.start, hit.end)) && PASSIVE_BEFORE.test(text.slice(Math.max(0, hit.start - 30), hit.start)));
  const after = inside.filter(
    (e) =>
      e.start >= hit.end &&
      e.end <= until &&
      !END.test(text.slice(hit.end, e.start)) &&
      !SOURCE_BEFORE.test(text.slice(Math.max(hit.end, e.start - 60), e.start)),
  );
  // "will sell part of the output to Pluspetrol", "comprará tuberías al fabricante Tubos Andinos": goods, not a company, change
  // hands; the party is a customer or a supplier.
  const first = after[0];
  const goods = first ? text.slice(hit.end, first.start) : '';
  if (!passive && first && GOODS_THEN_PARTY.test(goods) && !STAKE_WORDS.test(goods)) {
    return sources
      .filter((source) => source.id !== first.id && source.type !== 'PERSON' && fits('PARTNERS_WITH', source.type, first.type))
      .map((source) => proposal({ text, type: 'PARTNERS_WITH', source, target: first, hit, strength: hit.trigger.strength * 0.85 }));
  }
  const partyBefore = bought ? FROM : TO;
  let party: Endpoint | undefined;
  let agent: Endpoint | undefined;
  let asset: Endpoint | undefined;
  let last = hit.end;
  for (const [i, e] of after.entries()) {
    const gap = text.slice(last, e.start);
    const tail = text.slice(e.end, after[i + 1]?.start ?? e.end);
    last = e.end;
    if (passive && !agent && (AGENT_BEFORE.test(` ${gap}`) || (hands && i === 0))) agent = e;
    else if (!party && (partyBefore.test(gap) || (!passive && bought && STAKE_OWNER.test(tail)))) party = e;
    // "vende paltas a través de su filial JD Fresh", "sells through its unit X": a channel, not what changed hands.
    else if (!asset && !passive && !CHANNEL.test(gap)) asset = e;
  }
  // "Marcona was sold to Shougang": the subject is what changed hands.
  asset = passive ? sources[0] : (asset ?? antecedent);
  if (!asset) return [];
  const other = party ? [party] : [];
  const by = agent ? [agent] : [];
  // A passive purchase's agent bought it from the party; a passive sale's agent sold it to the party.
  const [buyers, sellers]: [readonly Endpoint[], readonly Endpoint[]] = passive
    ? bought
      ? [by, other]
      : [other, by]
    : bought
      ? [sources, other]
      : [other, sources];
  const strength = hit.trigger.strength;
  const out: Proposal[] = [];
  const add = (type: RelationType, source: Endpoint, s: number) => {
    if (source.id !== asset.id && fits(type, source.type, asset.type))
      out.push(proposal({ text, type, source, target: asset, hit, strength: s }));
  };
  for (const b of buyers) add('ACQUIRED', b, bought ? strength : strength * 0.85);
  for (const s of sellers) add('SOLD', s, bought ? strength * 0.85 : strength);
  return out;
}
