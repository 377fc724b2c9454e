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
import { DATELINE, measuresAsWords, type Proposal } from './proposal.js';
import { structureRelations } from './structure-relations.js';
import { buildingRelations } from './building-relations.js';
import { signingRelations } from './signing-relations.js';
import { shareholderRelations } from './shareholder-relations.js';
import { approvalRelations } from './approval-relations.js';
import { nounPhraseRelations } from './noun-phrase-relations.js';
import { titleRelations } from './title-relations.js';
import { bodyTitleRelations } from './body-title-relations.js';
import { visitNounRelations } from './visit-nouns.js';
import { impliedBodyRelations } from './implied-body-relations.js';
import { ministerRelations } from './minister-relations.js';
import { parentNameRelations } from './parent-name-relations.js';
import { triggerRelations } from './trigger-relations.js';
import { requestRelations } from './request-relations.js';
import { legislatorRelations } from './legislator-relations.js';
import { withoutBracketedNames } from './parenthesised-names.js';
import type { CandidateRelationship, Endpoint } from './types.js';

/** Every relationship proposed from the sentences of `text`. */
export function proposeRelationships({
  text: original,
  sentences,
  endpoints,
  countryOf,
  publishedAt,
  legislature,
}: {
  text: string;
  sentences: readonly Sentence[];
  endpoints: readonly Endpoint[];
  /** The catalog's country for a demonym ("Peruvian" → peru), if it has one. */
  countryOf: (demonym: string) => string | undefined;
  /** The article's date, which relative dates in the text ("on Thursday") count from. */
  publishedAt?: string;
  /** The catalog's id of Peru's Congress, which a lawmaker named by title holds office in (legislator-relations.ts). */
  legislature?: string;
}): CandidateRelationship[] {
  const out: CandidateRelationship[] = [];
  // The buyer of the last purchase reported so far, which a later "the deal must be cleared by X" is about.
  let buyer: Endpoint | undefined;
  // What the text last said was bought, sold or owned, which a later "X holds the remaining 40%" is a share of.
  let held: Endpoint | undefined;
  // "a 204-megawatt wind farm", "the 120-bed hospital": a measure reads as a modifier word to the rules (same length, so every
  // offset stays); triggers and quotes are taken from the text itself.
  const text = measuresAsWords(original);
  for (const s of sentences) {
    const inside = endpoints.filter((e) => e.start >= s.start && e.end <= s.end).sort((a, b) => a.start - b.start);
    let found = [
      ...titleRelations({ text, inside, countryOf }),
      ...bodyTitleRelations({ text, inside }),
      ...impliedBodyRelations({ text, inside, named: endpoints }),
      ...ministerRelations({ text, inside, named: endpoints, countryOf }),
      ...parentNameRelations({ text, inside, named: endpoints }),
      ...visitNounRelations({ text, inside }),
      ...structureRelations({ text, inside }),
      ...signingRelations({ text, sentence: s, inside }),
      ...buildingRelations({ text, sentence: s, inside }),
      ...shareholderRelations({ text, sentence: s, inside, ...(held ? { held } : {}) }),
      ...approvalRelations({ text, sentence: s, inside, buyer }),
      ...nounPhraseRelations({ text, inside, countryOf }),
      ...legislatorRelations({ text, inside, legislature }),
    ];
    // "the Lima-based lender", "the Chinese-owned miner": a premodifier's place is no party of the sentence's verbs.
    const parties = inside.filter((e) => !PREMODIFIER.test(text.slice(e.end, e.end + 14)));
    // "busca financiamiento chino para la línea X": what is sought is the demonym's country's money, not the line.
    const requests = requestRelations({ text, sentence: s, inside, countryOf });
    const sought = (p: Proposal) => p.type === 'SEEKS_COOPERATION_WITH' && requests.some((r) => r.triggerStart === p.triggerStart);
    if (new Set(parties.map((e) => e.id)).size >= 2)
      found.push(...triggerRelations({ sentence: s, ...withoutBracketedNames(text, parties) }).filter((p) => !sought(p)));
    found.push(...requests);
    found.push(...signatoryCountries(found, (id) => endpoints.some((e) => e.id === id && e.type === 'COUNTRY')));
    // "El Museo Nacional inaugurará la muestra": a body that opens an event hosts it; a person attends it.
    // "Andes will manage the port": a company or a state body that heads a facility runs it; a country or a union does neither.
    const typeAt = (id: string, start: number) => endpoints.find((e) => e.id === id && e.start === start)?.type;
    const headsFacility = (r: Proposal) =>
      r.type === 'LEADS' && typeAt(r.targetId, r.targetStart) === 'INFRASTRUCTURE' && typeAt(r.sourceId, r.sourceStart) !== 'PERSON';
    for (const [k, r] of found.entries())
      if (r.type === 'ATTENDED' && OPENS.test(r.trigger) && endpoints.some((e) => e.id === r.sourceId && e.type !== 'PERSON'))
        found[k] = { ...r, type: 'HOSTED' };
      else if (headsFacility(r) && OPERATORS.has(typeAt(r.sourceId, r.sourceStart) ?? '')) found[k] = { ...r, type: 'OPERATES' };
      // "X, who chairs the Transport Committee", "Andes, presidida por X": chairing a body named is heading it.
      else if (
        r.type === 'PRESIDED_OVER' &&
        CHAIRS.test(`${r.trigger}${text.slice(r.triggerEnd, r.triggerEnd + 5)}`) &&
        BODIES.has(typeAt(r.targetId, r.targetStart) ?? '') &&
        !/^(?:the|la|el|los|las|this|esta|este)\s+\p{Ll}/iu.test(text.slice(r.targetStart, r.targetEnd))
      )
        found[k] = { ...r, type: 'LEADS' };
    found = found.filter((r) => !headsFacility(r));
    const best = new Map<string, Proposal>();
    for (const r of found) {
      // "his Chinese counterpart, Zhou Mingde, … a visit to China": no one visits the country they serve or belong to.
      if (r.type === 'VISITED' && found.some((x) => BELONGS.has(x.type) && x.sourceId === r.sourceId && x.targetId === r.targetId))
        continue;
      const key = `${r.type} ${r.sourceId} ${r.targetId}`;
      if ((best.get(key)?.confidence ?? -1) < r.confidence) best.set(key, r);
    }
    const quote = original.slice(s.start, s.end);
    if (best.size === 0) continue; // reading dates and amounts costs more than all else of a sentence
    const proposals = [...best.values()].map((r) => ({ ...r, trigger: original.slice(r.triggerStart, r.triggerEnd) }));
    const dated = withDatesAndAmounts({ sentence: s, quote, proposals, publishedAt });
    for (const r of dated) out.push({ ...r, quote, sentenceStart: s.start, sentenceEnd: s.end });
    const bought = dated.filter((r) => r.type === 'ACQUIRED').pop();
    const end = bought && endpoints.find((e) => e.id === bought.sourceId && e.start === bought.sourceStart);
    if (end) buyer = end;
    const owned = dated.filter((r) => r.type === 'ACQUIRED' || r.type === 'SOLD' || r.type === 'OWNS').pop();
    const target = owned && endpoints.find((e) => e.id === owned.targetId && e.start === owned.targetStart);
    if (target) held = target;
  }
  return out;
}

/**
 * "China’s commerce minister, Wang Wentao, and Peru’s trade minister, X, signed the Protocol …": the
 * country a signatory holds office in or leads by the sentence's titles is a party to what was signed.
 */
function signatoryCountries(found: readonly Proposal[], isCountry: (id: string) => boolean): Proposal[] {
  const out: Proposal[] = [];
  for (const signed of found.filter((p) => p.type === 'SIGNED')) {
    for (const office of found.filter((p) => (p.type === 'HOLDS_OFFICE_IN' || p.type === 'LEADS') && p.sourceId === signed.sourceId)) {
      if (office.targetIsCandidate || !isCountry(office.targetId)) continue;
      out.push({
        ...signed,
        type: 'PARTY_TO',
        sourceId: office.targetId,
        sourceIsCandidate: false,
        sourceStart: office.targetStart,
        sourceEnd: office.targetEnd,
        confidence: Math.round(signed.confidence * 70) / 100,
      });
    }
  }
  return out;
}

/** Right after a name, what makes it a premodifier ("-based", "-owned"). */
const PREMODIFIER = /^-(?:based|owned|controlled|run|headquartered|listed|born)(?![\p{L}])/u;
/** Relations that describe a standing state, dated only by a "since" ("partners since 2014"). */
const STATES = new Set<RelationType>(['LEADS', 'HOLDS_OFFICE_IN', 'AFFILIATED_WITH', 'PART_OF', 'LOCATED_IN', 'HEADQUARTERED_IN']);
/** Verbs of arriving or opening, whose date starts a presence ("arrived in", "llegó al", ", which opened a branch in"). */
const ARRIVAL = new RegExp(
  '^[\\s,]*(?:(?:which|that|que)\\s+)?' +
    '(?:arrived|opened|entered|started|began|llegó|llegaron|abrió|abrieron|ingresó|ingresaron|empezó|comenzó)(?!\\p{L})',
  'iu',
);
/** A body's founding, whose date starts its seat. */
const FOUNDED = /^\W*(?:founded|fundad[oa])(?!\p{L})/iu;
/** A chair held rather than a meeting chaired: "chairs", "preside", "chaired by", "presidida por". */
const CHAIRS = /^(?:chairs|presides|preside|(?:chaired|presidid[oa]s?)\s+(?:by|por))(?!\p{L})/iu;
/** Bodies a person heads. */
const BODIES = new Set(['COMPANY', 'GOVERNMENT', 'ORGANIZATION', 'GROUP']);
/** Who runs a facility it heads. */
const OPERATORS = new Set(['COMPANY', 'GOVERNMENT', 'ORGANIZATION']);
/** Verbs of opening an event. */
const OPENS = /^inaugur/iu;
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
/** Between a share and its owner: "by", "de", "of" and lower-case words ("del fondo peruano"). */
const SHARE_OF = /^\s*(?:by|of|de|del|por)\s+(?:[\p{Ll}-]+\s+){0,4}$/u;
/** Relations read from a noun phrase, whose trigger is no verb. */
const NOUN_PHRASE_RELATIONS = new Set<RelationType>(['LOCATED_IN', 'AFFILIATED_WITH', 'HEADQUARTERED_IN', 'PART_OF']);
/** Relations that tie a person or body to a country, which they then cannot visit. */
const BELONGS = new Set<RelationType>(['HOLDS_OFFICE_IN', 'AFFILIATED_WITH', 'LEADS']);
/** Relations a sentence's amounts belong to: a price, a share, a sum invested, a work's cost. */
const PRICED = new Set<RelationType>([
  'ACQUIRED',
  'BUILT',
  // "offered to build the port for US$ 3.2 billion": what a planned work costs.
  'PLANS',
  'OWNS',
  'INVESTED_IN',
  'RECEIVED_INVESTMENT',
  'GRANTED_EXCLUSIVITY_TO',
  'REGULATES',
]);

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
  // A place phrase (", en Puno,"), a demonym ("the Peruvian exporter X") or a seat is no trigger that the amounts of a verb stop at.
  const triggers = [...new Set(proposals.filter((p) => !NOUN_PHRASE_RELATIONS.has(p.type)).map((p) => p.triggerStart))].sort(
    (a, b) => a - b,
  );
  const text = (x: { start: number; end: number }) => quote.slice(x.start - sentence.start, x.end - sentence.start);
  const dateline = DATELINE.exec(quote)?.[0].length ?? 0;
  const distance = (x: { start: number }, p: Proposal) => Math.abs(x.start - p.triggerStart);
  return proposals.map((p) => {
    const between = (x: { start: number; end: number }) =>
      x.end <= p.triggerStart
        ? quote.slice(x.end - sentence.start, p.triggerStart - sentence.start)
        : quote.slice(p.triggerEnd - sentence.start, x.start - sentence.start);
    // A "since" date starts a state, never an event: "el TLC, vigente desde 2010, … durante la visita de Xi".
    // The dateline's day ("LIMA, 12 de marzo —") dates what happened that day, a meeting or a signing, not a deal announced then.
    // So does the day a deal was reported ("…, informó este jueves el vendedor", "…, the companies said on Monday").
    const inDateline = (d: { start: number; end: number }) =>
      !DATELINE_EVENTS.has(p.type) && (d.end - sentence.start <= dateline || (d.start >= p.triggerEnd && REPORTED.test(between(d))));
    const trigger = quote.slice(p.triggerStart - sentence.start, p.triggerEnd - sentence.start);
    // "llegó al Perú en 2016", "opened in Peru in 2014": an arrival's date starts the presence it tells.
    // "Founded in Shenzhen in 1995, BYD …", "fundada en Hangzhou en 1986": a founding's date starts a seat.
    const arrival = (p.type === 'LOCATED_IN' && ARRIVAL.test(trigger)) || (p.type === 'HEADQUARTERED_IN' && FOUNDED.test(trigger));
    const usable = dates.filter(
      (d) =>
        (STATES.has(p.type) ? d.since || (arrival && d.start >= p.triggerEnd) : !(d.since && EVENTS.has(p.type))) &&
        !OTHER_CLAUSE.test(between(d).replace(ASIDE, ',')) &&
        !inDateline(d),
    );
    const date = usable.sort((a, b) => distance(a, p) - distance(b, p))[0];
    const from = Math.min(p.sourceStart, p.targetStart, p.triggerStart);
    const to = triggers.find((t) => t > p.triggerEnd) ?? sentence.end;
    // One amount per unit, the nearest the trigger; an owner's share, the nearest the owner ("62.5% owned by MMG,
    // 22.5% by Guoxin"), and only a share: what an owner once paid is its purchase's amount.
    const owner = p.type === 'OWNS';
    // After the owner, a share past a comma is the next owner's ("MMG, 22.5% by Guoxin").
    const afterComma = (x: { start: number }) => x.start > p.sourceEnd && /,/u.test(text({ start: p.sourceEnd, end: x.start }));
    // "en un 70% de la eléctrica china Huadian", "75% by X": a share right before its owner is that owner's.
    const ownShare = (x: { start: number; end: number }) =>
      x.end <= p.sourceStart && SHARE_OF.test(text({ start: x.end, end: p.sourceStart }));
    // A share the proposal was read from (shareholder-relations.ts) is its own.
    const read = (x: { start: number; end: number }) => x.start === p.triggerStart && x.end === p.triggerEnd;
    const near = (x: { start: number; end: number }) =>
      owner ? (read(x) ? -1 : ownShare(x) ? 0 : Math.abs(x.start - p.sourceStart) + (afterComma(x) ? 1000 : 0)) : distance(x, p);
    const nearest = new Map<string, (typeof amounts)[number]>();
    for (const a of amounts.filter((x) => x.start >= from && x.end <= to && (!owner || x.unit === '%')).sort((x, y) => near(x) - near(y))) {
      if (!nearest.has(a.unit)) nearest.set(a.unit, a);
    }
    // A partnership's amount is the value of its contract ("un contrato de US$ 320 millones con COSCO"), never a share.
    const priced = PRICED.has(p.type) || (p.type === 'PARTNERS_WITH' && !nearest.has('%'));
    // A regulator's amount is a fine or a duty: money or a rate ("multa de 3,8 millones de soles … por el derrame de 40 toneladas").
    // A partnership's is its contract's value, money only ("to supply 150,000 tonnes a year" is no price).
    const kept = [...nearest.values()].filter(
      (a) => (p.type !== 'REGULATES' || /^(?:[A-Z]{3}|%)$/u.test(a.unit)) && (p.type !== 'PARTNERS_WITH' || /^[A-Z]{3}$/u.test(a.unit)),
    );
    const quantities = priced ? kept.sort((a, b) => a.start - b.start).map(({ value, unit }) => ({ value, unit })) : [];
    const yearless = date !== undefined && !/\d{4}/u.test(text(date));
    const validFrom = date
      ? yearless
        ? ahead(
            date.value,
            publishedAt,
            future(leadTo(quote, { start: date.start - sentence.start, end: date.end - sentence.start })) &&
              // "under a contract awarded on Wednesday": a past participle right before the date dates a past act.
              !PAST_PARTICIPLE_BEFORE.test(quote.slice(0, date.start - sentence.start)),
            /\d/u.test(text(date)),
          )
        : date.value
      : null;
    return { ...p, validFrom, quantities };
  });
}

/** A reporting verb after a comma: what follows it dates the report ("…, informó este jueves", "…, the companies said on Monday"). */
const REPORTED = new RegExp(
  ',\\s*(?:[\\p{L}]+\\s+){0,4}?(?:said|says|told|announced|reported|confirmed|informó|informaron|anunció|anunciaron|dijo|' +
    'dijeron|señaló|indicó|precisó|confirmó|confirmaron)(?!\\p{L})',
  'iu',
);
/** What a dateline's day dates: what happens on one day (a meeting, a signing, a statement), not a deal or a state. */
const DATELINE_EVENTS = new Set<RelationType>([
  'MET',
  'HOSTED',
  'STATED',
  'SIGNED',
  'ADOPTED',
  'DISCUSSED',
  'VISITED',
  'ATTENDED',
  'PRESIDED_OVER',
  'GRANTED_EXCLUSIVITY_TO',
  'COMMUNICATED_VIA',
]);

/** A relative clause closed by commas (", which serves the south of the capital,"): no boundary between a date and its verb. */
const ASIDE = /,\s*(?:which|who|que|quien|quienes)\s[^,;]*,/giu;
/** A clause boundary between a date and a trigger: the date is another verb's ("said in August that X would invest"). */
const OTHER_CLAUSE = /\b(?:that|which|who|because|que|porque|cuando)\b|;/iu;
/** A sentence about what is to come: a month named without a year is then the next one, not the last. */
const FUTURE = new RegExp(
  '(?<!\\p{L})(?:will|would|shall|is to|are to|to pay|expected|due|scheduled|opens|next|upcoming|before|será|serán|va a|van a|' +
    'llegará|prevé|previst[oa]|programad[oa]|planea|próxim[oa]|hará|harán|\\p{L}+(?:ará|erá|irá)n?)(?!\\p{L})',
  'iu',
);

/** Whether a date's lead speaks of what is to come; "plans" only as a lower-case verb (a "Security Plan" is a name). */
/** A past participle, not after a passive's auxiliary, and the preposition before a date: "awarded on ", "firmado el ". */
const PAST_PARTICIPLE_BEFORE =
  /(?<!(?:be|been|ser|será|serán|sido|is|are)\s)(?<!\p{L})\p{Ll}{3,}(?:ed|ado|ada|ido|ida)s?\s+(?:on|in|el|en|last|this|este|esta)\s+$/u;
const future = (lead: string): boolean => FUTURE.test(lead) || /(?<!\p{L})plans?(?!\p{L})/u.test(lead);

/**
 * The words that lead to a date from the comma or clause boundary before it, where its verb most often
 * stands ("…, said on Thursday", "tiene previsto reunirse el jueves"): what says whether it is to come.
 */
function leadTo(quote: string, date: { start: number; end: number }): string {
  const starts = [...quote.slice(0, date.start).matchAll(CLAUSE_BOUNDARY)];
  return quote.slice(starts.length ? starts[starts.length - 1]!.index : 0, date.end);
}
const CLAUSE_BOUNDARY = /\b(?:that|which|who|because|while|que|porque|cuando|mientras)\b|[,;:—–]/giu;

/**
 * A yearless date the finder read as past, moved on in a clause about the future: a month or a day of
 * a month by a year ("will open in March", "del 10 al 16 de noviembre"), a weekday by a week ("se reunirá el jueves").
 */
function ahead(value: string, publishedAt: string | undefined, future: boolean, dayOfMonth: boolean): string {
  if (!future || !publishedAt) return value;
  if (value.length === 7 && value < publishedAt.slice(0, 7)) return `${Number(value.slice(0, 4)) + 1}${value.slice(4)}`;
  // "se celebrará del 10 al 16 de noviembre": a day of a month named is a year on, not a week.
  if (dayOfMonth && value.length === 10 && value < publishedAt.slice(0, 10)) return `${Number(value.slice(0, 4)) + 1}${value.slice(4)}`;
  if (value.length !== 10 || value >= publishedAt.slice(0, 10)) return value;
  const next = new Date(`${value}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 7);
  return next.toISOString().slice(0, 10);
}
