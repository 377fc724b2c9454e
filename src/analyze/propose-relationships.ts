/**
 * Proposes relationships sentence by sentence: a trigger word ("signed", "visited", "投资" …) between
 * two entities of the sentence gives a relation of the vocabulary from the nearest entity before it
 * to the nearest after it, when their types fit the relation (see trigger-relations.ts); titles
 * ("Peruvian President Dina Boluarte", "China's commerce minister Wang Wentao") give LEADS,
 * HOLDS_OFFICE_IN and AFFILIATED_WITH (see title-relations.ts).
 */
import type { RelationType } from '../domain/vocabulary.js';
import { findAmounts, findDates } from './dates-amounts.js';
import type { Sentence } from './nlp.js';
import type { Proposal } from './proposal.js';
import { structureRelations } from './structure-relations.js';
import { nounPhraseRelations } from './noun-phrase-relations.js';
import { titleRelations } from './title-relations.js';
import { bodyTitleRelations } from './body-title-relations.js';
import { visitNounRelations } from './visit-nouns.js';
import { triggerRelations } from './trigger-relations.js';
import { withoutBracketedNames } from './parenthesised-names.js';
import type { CandidateRelationship, Endpoint } from './types.js';

/** Every relationship proposed from the sentences of `text`. */
export function proposeRelationships({
  text,
  sentences,
  endpoints,
  countryOf,
  publishedAt,
}: {
  text: string;
  sentences: readonly Sentence[];
  endpoints: readonly Endpoint[];
  /** The catalog's country for a demonym ("Peruvian" → peru), if it has one. */
  countryOf: (demonym: string) => string | undefined;
  /** The article's date, which relative dates in the text ("on Thursday") count from. */
  publishedAt?: string;
}): CandidateRelationship[] {
  const out: CandidateRelationship[] = [];
  for (const s of sentences) {
    const inside = endpoints.filter((e) => e.start >= s.start && e.end <= s.end).sort((a, b) => a.start - b.start);
    const found = [
      ...titleRelations({ text, inside, countryOf }),
      ...bodyTitleRelations({ text, inside }),
      ...visitNounRelations({ text, inside }),
      ...structureRelations({ text, inside }),
      ...nounPhraseRelations({ text, inside, countryOf }),
    ];
    // "the Lima-based lender", "the Chinese-owned miner": a premodifier's place is no party of the sentence's verbs.
    const parties = inside.filter((e) => !PREMODIFIER.test(text.slice(e.end, e.end + 14)));
    if (new Set(parties.map((e) => e.id)).size >= 2)
      found.push(...triggerRelations({ sentence: s, ...withoutBracketedNames(text, parties) }));
    const best = new Map<string, Proposal>();
    for (const r of found) {
      const key = `${r.type} ${r.sourceId} ${r.targetId}`;
      if ((best.get(key)?.confidence ?? -1) < r.confidence) best.set(key, r);
    }
    const quote = text.slice(s.start, s.end);
    if (best.size === 0) continue; // reading dates and amounts costs more than all else of a sentence
    const dated = withDatesAndAmounts({ sentence: s, quote, proposals: [...best.values()], publishedAt });
    for (const r of dated) out.push({ ...r, quote, sentenceStart: s.start, sentenceEnd: s.end });
  }
  return out;
}

/** Right after a name, what makes it a premodifier ("-based", "-owned"). */
const PREMODIFIER = /^-(?:based|owned|controlled|run|headquartered|listed|born)(?![\p{L}])/u;
/** Relations that describe a standing state, dated only by a "since" ("partners since 2014"). */
const STATES = new Set<RelationType>(['LEADS', 'HOLDS_OFFICE_IN', 'AFFILIATED_WITH', 'PART_OF', 'LOCATED_IN', 'HEADQUARTERED_IN']);
/** Relations that happen at a time rather than hold over one. */
const EVENTS = new Set<RelationType>([
  'VISITED',
  'MET',
  'SIGNED',
  'ATTENDED',
  'HOSTED',
  'ACQUIRED',
  'SOLD',
  'PRESIDED_OVER',
  'STATED',
  'COMMUNICATED_VIA',
  'ADOPTED',
]);
/** Relations a sentence's amounts belong to: a price, a share, a sum invested. */
const PRICED = new Set<RelationType>(['ACQUIRED', 'OWNS', 'INVESTED_IN', 'RECEIVED_INVESTMENT', 'GRANTED_EXCLUSIVITY_TO']);

/**
 * Gives each proposal of one sentence the date and amounts the sentence states for it: the date
 * nearest its trigger (any date of the sentence: "In June 2024, X visited Y"); the amounts from its
 * first end to the next trigger of another proposal ("X owns 60% and Y holds 40%"), for the
 * relations amounts belong to.
 */
function withDatesAndAmounts({
  sentence,
  quote,
  proposals,
  publishedAt,
}: {
  sentence: Sentence;
  quote: string;
  proposals: readonly Proposal[];
  publishedAt: string | undefined;
}): Proposal[] {
  const dates = findDates(quote, publishedAt).map((d) => ({ ...d, start: d.start + sentence.start, end: d.end + sentence.start }));
  const amounts = findAmounts(quote).map((a) => ({ ...a, start: a.start + sentence.start, end: a.end + sentence.start }));
  // A place phrase (", en Puno,") is no trigger that the amounts of a verb stop at.
  const triggers = [...new Set(proposals.filter((p) => p.type !== 'LOCATED_IN').map((p) => p.triggerStart))].sort((a, b) => a - b);
  const future = FUTURE.test(quote);
  const text = (x: { start: number; end: number }) => quote.slice(x.start - sentence.start, x.end - sentence.start);
  const distance = (x: { start: number }, p: Proposal) => Math.abs(x.start - p.triggerStart);
  return proposals.map((p) => {
    const between = (x: { start: number; end: number }) =>
      x.end <= p.triggerStart
        ? quote.slice(x.end - sentence.start, p.triggerStart - sentence.start)
        : quote.slice(p.triggerEnd - sentence.start, x.start - sentence.start);
    // A "since" date starts a state, never an event: "el TLC, vigente desde 2010, … durante la visita de Xi".
    const usable = dates.filter((d) => (STATES.has(p.type) ? d.since : !(d.since && EVENTS.has(p.type))) && !OTHER_CLAUSE.test(between(d)));
    const date = usable.sort((a, b) => distance(a, p) - distance(b, p))[0];
    const from = Math.min(p.sourceStart, p.targetStart, p.triggerStart);
    const to = triggers.find((t) => t > p.triggerEnd) ?? sentence.end;
    // One amount per unit, the nearest the trigger; an owner's share, the nearest the owner ("62.5% owned by MMG,
    // 22.5% by Guoxin"), and only a share: what an owner once paid is its purchase's amount.
    const owner = p.type === 'OWNS';
    // After the owner, a share past a comma is the next owner's ("MMG, 22.5% by Guoxin").
    const afterComma = (x: { start: number }) => x.start > p.sourceEnd && /,/u.test(text({ start: p.sourceEnd, end: x.start }));
    const near = (x: { start: number }) => (owner ? Math.abs(x.start - p.sourceStart) + (afterComma(x) ? 1000 : 0) : distance(x, p));
    const nearest = new Map<string, (typeof amounts)[number]>();
    for (const a of amounts.filter((x) => x.start >= from && x.end <= to && (!owner || x.unit === '%')).sort((x, y) => near(x) - near(y))) {
      if (!nearest.has(a.unit)) nearest.set(a.unit, a);
    }
    const quantities = PRICED.has(p.type)
      ? [...nearest.values()].sort((a, b) => a.start - b.start).map(({ value, unit }) => ({ value, unit }))
      : [];
    const yearless = date !== undefined && !/\d{4}/u.test(text(date));
    return { ...p, validFrom: date ? (yearless ? ahead(date.value, publishedAt, future) : date.value) : null, quantities };
  });
}

/** A clause boundary between a date and a trigger: the date is another verb's ("said in August that X would invest"). */
const OTHER_CLAUSE = /\b(?:that|which|who|because|que|porque|cuando)\b|;/iu;
/** A sentence about what is to come: a month named without a year is then the next one, not the last. */
const FUTURE = new RegExp(
  '(?<!\\p{L})(?:will|would|shall|is to|are to|to pay|plans?|expected|due|opens|next|upcoming|before|será|serán|va a|van a|' +
    'llegará|prevé|planea|próxim[oa]|hará|harán|\\p{L}+(?:ará|erá|irá)n?)(?!\\p{L})',
  'iu',
);

/** A yearless month the finder read as past, moved a year on in a sentence about the future. */
function ahead(value: string, publishedAt: string | undefined, future: boolean): string {
  if (!future || !publishedAt || value.length !== 7 || value >= publishedAt.slice(0, 7)) return value;
  return `${Number(value.slice(0, 4)) + 1}${value.slice(4)}`;
}
