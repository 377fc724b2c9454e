/**
 * Candidate new entities: people, organisations and places that the catalog does not know.
 * Proper names are runs of capitalised words (with connectors such as "of" inside them), split at
 * punctuation and at coordinations ("X and Y" are two), and the NLP library's people,
 * organisations and places. A type comes from clues (a head word such as "Ministry", a word such as
 * "the regulator X" or "X copper mine") or, for a name with no clue, from the sentence it is in.
 * The longest proper name wins: a known name inside a longer one ("China" in "China Three Gorges")
 * is no mention, and the longer name is the candidate. An acronym in brackets after a name, and a
 * later short form of a name, are the same candidate under another surface.
 */
import { foldForMatch } from '../domain/text.js';
import { DEMONYMS } from '../domain/demonyms.js';
import {
  BREAK,
  CONNECTORS,
  EDGE_TAGS,
  HEAD_WORDS,
  LEADING_WORDS,
  NAME_TAGS,
  TITLES,
  clue,
  isCapitalised,
  word,
} from './candidate-clues.js';
import { candidateType, contextType, headType } from './candidate-type.js';
import { gazetteerType } from './gazetteer.js';
import type { NamedSpan, Parsed, Term } from './nlp.js';
import type { CandidateEntity, Mention } from './types.js';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Words that join two names: "X and Y" are two names unless an "of" before them makes them one ("Ministry of Energy and Mines"). */
const COORDINATORS = /^(and|y|e|&)$/;
/** Connectors that open the rest of an institution's name, after which "and" and "in" stay inside it. */
const OPENERS = /^(of|de|del|for|para)$/;
/** Prepositions that stay inside an institution's name after an opener ("Agency for Private Investment in Transport"). */
const INNER = /^(in|en|on|sobre|to|a)$/;
/** Punctuation before a word that starts a new name ("(Ositrán"). */
const PRE_BREAK = /[([{"“«]/u;
const POSSESSIVE = /['’]s$/u;
/** Before a minister's portfolio, which is no actor: "la ministra de Comercio Exterior y Turismo". */
const PORTFOLIO = new RegExp(
  '(?<!\\p{L})(?:ministr[oa]|secretari[oa]|viceministr[oa]|minister|secretary)\\s+(?:de|del|of|for)\\s+(?:la\\s+|el\\s+)?' +
    '((?:\\p{Lu}\\p{L}*(?:\\s+(?:y|and|e)\\s+|\\s+)?)+)',
  'gu',
);
/** Capitalised words that name no one alone ("la visita de Estado", "the State"). */
const NO_NAME_ALONE = /^(estado|state|ejecutivo|executive|nacion|nation|republica|republic|gobierno|government)$/;
/** Entity types of a body whose name may follow "of" at the end of another body's name. */
const BODIES = new Set(['GOVERNMENT', 'ORGANIZATION', 'COMPANY', 'GROUP', 'MEDIA']);

/** Makes a slug id from a surface text: "Rómulo Mucho" → "romulo-mucho" (CJK kept). */
export function slugify(text: string): string {
  return foldForMatch(text).replace(/ /g, '-');
}

/** What `findCandidates` gives: the candidates, and the mentions left once longer names have won. */
export interface CandidatesFound {
  candidates: CandidateEntity[];
  mentions: Mention[];
}

interface Span {
  first: number;
  last: number;
  named?: NamedSpan['kind'];
  /** A run of capitalised words: only such a run may win over a known name inside it. */
  run?: boolean;
}

/**
 * Candidate new entities in a parsed text, in text order, none overlapping another or a kept
 * mention; a mention inside a longer proper name that has a capitalised word of its own is dropped.
 */
export function findCandidates({
  text,
  parsed,
  mentions,
  typeOf = () => undefined,
}: {
  text: string;
  parsed: Parsed;
  mentions: readonly Mention[];
  /**
   * A known entity's type: a person's name inside a longer run is never part of another name
   * ("Estado de Xi"), and a body's name after "of" ends the name before it ("Comisión de Energía
   * y Minas del Congreso de la República" is the commission of the known Congress).
   */
  typeOf?: (entityId: string) => string | undefined;
}): CandidatesFound {
  const { terms } = parsed;
  const spans: Span[] = [];
  for (const n of parsed.named) for (const part of splitAtBreaks(terms, n.first, n.last)) spans.push({ ...part, named: n.kind });
  for (const run of capitalisedRuns(terms)) spans.push({ ...run, run: true });

  // A sentence's first word is capitalised whatever it is: alone, it is a name only if the text
  // also capitalises it elsewhere ("Odebrecht sold …" after "… from Odebrecht").
  // A minister's portfolio, coordinated fields included, is no actor: "la ministra de Comercio Exterior y Turismo".
  const portfolios = [...text.matchAll(PORTFOLIO)].map((m) => ({
    start: m.index + m[0].length - m[1]!.length,
    end: m.index + m[0].length,
  }));
  const midSentence = new Set(terms.filter((t) => !t.opensSentence && isCapitalised(t)).map(word));
  const found: (CandidateEntity & { covers: Mention[]; weak: boolean })[] = [];
  for (const s of spans) {
    const trimmed = trim(terms, s.first, s.last);
    const span = trimmed && beforeKnownBody(terms, trimmed, mentions, typeOf);
    if (!span) continue;
    if (portfolios.some((p) => p.start <= terms[span.first]!.start && terms[span.first]!.start < p.end)) continue;
    const start = terms[span.first]!.start;
    const end = terms[span.last]!.end - (POSSESSIVE.exec(terms[span.last]!.text)?.[0].length ?? 0);
    const surface = text.slice(start, end);
    if (CJK.test(surface) || !foldForMatch(surface)) continue; // the library reads English only
    if (/[$€¥£]/u.test(surface)) continue; // "US$", "HK$": a currency, not a name
    const inside = mentions.filter((m) => m.start < end && start < m.end);
    if (inside.some((m) => m.start < start || m.end > end)) continue; // crosses a known name
    if (inside.length > 0 && (!s.run || inside.some((m) => typeOf(m.entityId) === 'PERSON') || !ownWord(terms, span, inside))) continue;
    const one = span.first === span.last ? terms[span.first]! : undefined;
    const listed = gazetteerType(surface);
    if (one && (clue(HEAD_WORDS, word(one)) || NO_NAME_ALONE.test(word(one)))) continue; // "Gobierno", "Estado" alone
    // A sentence's first word alone: a name only if the library says so, or the text capitalises it elsewhere too.
    const named = s.named !== undefined || NAME_TAGS.some((t) => one?.tags.has(t));
    if (one?.opensSentence && !listed && !(named && one.tags.has('ProperNoun')) && !midSentence.has(word(one))) continue;
    let type = listed ?? candidateType({ terms, ...span, named: s.named });
    const weak = type === undefined;
    type ??= isName(terms, span) || (one?.opensSentence === true && midSentence.has(word(one))) ? contextType(terms, span) : undefined;
    // A country or a place inside a longer name makes the library call the name a place ("Enel Distribución Perú").
    if (inside.length > 0 && (type === 'PLACE' || type === 'COUNTRY') && !headType(terms, span)) type = contextType(terms, span);
    if (!type) continue;
    found.push({ id: slugify(surface), text: surface, type, start, end, covers: inside, weak });
  }
  coordinatedTypes(text, found, mentions, typeOf);
  const kept: (CandidateEntity & { covers: Mention[]; weak: boolean })[] = [];
  for (const c of found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (kept.some((x) => x.start < c.end && c.start < x.end)) continue;
    kept.push(c);
  }
  const dropped = new Set(kept.flatMap((c) => c.covers));
  const candidates = sameActors(
    text,
    kept.map(({ covers: _, ...c }) => c).sort((a, b) => a.start - b.start),
  );
  return { candidates, mentions: mentions.filter((m) => !dropped.has(m)) };
}

/** True when a span has a capitalised word outside the known names inside it that is no title ("Ports" in "COSCO Shipping Ports"). */
function ownWord(terms: readonly Term[], span: { first: number; last: number }, inside: readonly Mention[]): boolean {
  for (let i = span.first; i <= span.last; i++) {
    const t = terms[i]!;
    if (!isCapitalised(t) || TITLES.test(word(t))) continue;
    const end = t.end - (POSSESSIVE.exec(t.text)?.[0].length ?? 0);
    if (!inside.some((m) => m.start <= t.start && end <= m.end)) return true;
  }
  return false;
}

/**
 * True when a span is a proper name even without a clue to its type: two capitalised words or
 * more, or one word the library knows as no common word (not a sentence's first word, which is
 * capitalised whatever it is, unless the library calls it a proper noun).
 */
function isName(terms: readonly Term[], span: { first: number; last: number }): boolean {
  const caps = terms.slice(span.first, span.last + 1).filter(isCapitalised);
  if (caps.length >= 2) return true;
  const t = terms[span.first]!;
  if (t.tags.has('Acronym') || /^\p{Lu}{2,}$/u.test(t.text)) return true;
  return t.tags.has('ProperNoun') && !['Verb', 'Adjective', 'Adverb', 'Month', 'WeekDay', 'Date'].some((k) => t.tags.has(k));
}

/**
 * Gives one id and one type to the surfaces of one actor: an acronym in brackets right after a name
 * ("China Three Gorges (CTG)"), and a later surface that is that acronym, the same name, or its first
 * word alone ("Pluz" after "Pluz Energía Perú"), take the first surface's id. The actor's type is the
 * first a clue gave any of its surfaces; with none, a company if any sentence read it as one.
 */
function sameActors(text: string, candidates: readonly (CandidateEntity & { weak: boolean })[]): CandidateEntity[] {
  const known = new Map<string, string>();
  const ids: string[] = [];
  for (const [i, c] of candidates.entries()) {
    const key = foldForMatch(c.text);
    const id = known.get(key) ?? c.id;
    ids.push(id);
    if (!known.has(key)) known.set(key, id);
    const next = candidates[i + 1];
    if (next && /^\s*\(\s*$/u.test(text.slice(c.end, next.start)) && /^\s*\)/u.test(text.slice(next.end)))
      known.set(foldForMatch(next.text), id);
    const words = c.text.split(/\s+/u);
    // A person is named again by surname ("Villacorta", "Prado" of "Jorge Prado Salinas"), anything
    // else by its first word ("Pluz").
    const person = c.type === 'PERSON' && !c.weak;
    const shorts = person ? [words[words.length - 1], words.length > 2 ? words[1] : undefined] : [words[0]];
    for (const short of shorts.map((w) => foldForMatch(w ?? ''))) {
      if (words.length > 1 && short.length >= 4 && !known.has(short)) known.set(short, id);
    }
  }
  const typeOf = new Map<string, CandidateEntity['type']>();
  for (const [i, c] of candidates.entries()) if (!c.weak && !typeOf.has(ids[i]!)) typeOf.set(ids[i]!, c.type);
  for (const [i, c] of candidates.entries()) {
    const id = ids[i]!;
    if (
      !typeOf.has(id) ||
      (typeOf.get(id) === 'ORGANIZATION' && c.weak && c.type === 'COMPANY' && candidates.every((x, k) => ids[k] !== id || x.weak))
    )
      typeOf.set(id, c.type);
  }
  return candidates.map(({ weak: _, ...c }, i) => ({ ...c, id: ids[i]!, type: typeOf.get(ids[i]!)! }));
}

/**
 * Gives a name no clue typed the type of a name it is listed with ("two mines, Las Bambas and
 * Toromocho"; "Claro, Movistar and Bitel" after a typed one): the neighbour must be a known entity
 * or a candidate a clue typed, joined by a comma or a conjunction alone.
 */
function coordinatedTypes(
  text: string,
  found: (CandidateEntity & { weak: boolean })[],
  mentions: readonly Mention[],
  typeOf: (entityId: string) => string | undefined,
): void {
  const typed = [
    ...mentions.flatMap((m) => {
      const t = typeOf(m.entityId);
      return t ? [{ start: m.start, end: m.end, type: t }] : [];
    }),
    ...found.filter((c) => !c.weak),
  ].sort((a, b) => a.start - b.start);
  for (const c of found.filter((x) => x.weak)) {
    const before = typed.filter((x) => x.end <= c.start).pop();
    const after = typed.find((x) => x.start >= c.end);
    const next = [before && /^\s*(?:,|and|y|e|&)\s*$/u.test(text.slice(before.end, c.start)) ? before : undefined, after]
      .filter((x) => x !== undefined)
      .find((x) => x === before || /^\s*(?:,|,?\s*and|y|e|&)\s*$/u.test(text.slice(c.end, x.start)));
    if (next && ENTITY_TYPE.has(next.type)) {
      c.type = next.type as CandidateEntity['type'];
      c.weak = false;
    }
  }
}
const ENTITY_TYPE = new Set<string>(['COMPANY', 'ORGANIZATION', 'GOVERNMENT', 'INFRASTRUCTURE', 'PLACE', 'MEDIA', 'EVENT']);

/**
 * A span ended before a known body's name that closes it after "of"/"de": "Comisión de Energía y
 * Minas del Congreso de la República" is the commission, and the Congress stays a mention.
 */
function beforeKnownBody(
  terms: readonly Term[],
  span: { first: number; last: number },
  mentions: readonly Mention[],
  typeOf: (entityId: string) => string | undefined,
): { first: number; last: number } | undefined {
  const end = terms[span.last]!.end;
  const body = mentions.find((m) => m.end === end && m.start > terms[span.first]!.start && BODIES.has(typeOf(m.entityId) ?? ''));
  if (!body) return span;
  let last = terms.findIndex((t) => t.start === body.start) - 1;
  while (last >= span.first && /^(la|el|los|las|the)$/.test(word(terms[last]!))) last--;
  if (last < span.first || !OPENERS.test(word(terms[last]!))) return span;
  last--;
  return last >= span.first ? { first: span.first, last } : undefined;
}

/** Splits a term range where punctuation ends a name ("Lima, Perú" → "Lima", "Perú") or a coordination joins two. */
function splitAtBreaks(terms: readonly Term[], first: number, last: number): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  let from = first;
  let opened = false;
  for (let i = first; i <= last; i++) {
    const t = terms[i]!;
    if (OPENERS.test(word(t))) opened = true;
    const next = terms[i + 1];
    const ends = BREAK.test(t.post) || POSSESSIVE.test(t.text) || (next !== undefined && PRE_BREAK.test(next.pre));
    if (i === last || ends) {
      out.push({ first: from, last: i });
      from = i + 1;
      opened = false;
    } else if (COORDINATORS.test(word(t)) && !opened) {
      if (i > from) out.push({ first: from, last: i - 1 });
      from = i + 1;
    }
  }
  return out.filter((s) => s.first <= s.last);
}

/**
 * Maximal runs of capitalised words, with connectors inside, not crossing punctuation, a
 * possessive, a coordination ("Pluz and Luz del Sur") or a sentence's end.
 */
function capitalisedRuns(terms: readonly Term[]): { first: number; last: number }[] {
  const runs: { first: number; last: number }[] = [];
  let i = 0;
  while (i < terms.length) {
    if (!isCapitalised(terms[i]!)) {
      i++;
      continue;
    }
    let last = i;
    let j = i;
    let opened = false;
    // An institution's name may list its fields: "Instituto … de la Competencia y de la Protección de …".
    const institution = ['GOVERNMENT', 'ORGANIZATION'].includes(clue(HEAD_WORDS, word(terms[i]!)) ?? '');
    while (!BREAK.test(terms[j]!.post) && !POSSESSIVE.test(terms[j]!.text) && j + 1 < terms.length && !terms[j + 1]!.opensSentence) {
      const next = terms[j + 1]!;
      if (PRE_BREAK.test(next.pre)) break;
      const w = word(next);
      if (isCapitalised(next)) last = j + 1;
      else if (OPENERS.test(w)) opened = true;
      else if (COORDINATORS.test(w) || INNER.test(w)) {
        // "y de Pluz": a coordination of two names, not a name going on.
        const after = terms[j + 2];
        const listed = institution && after && OPENERS.test(word(after)) && terms.slice(j + 3, j + 5).some(isCapitalised);
        if (!opened || !after || !(isCapitalised(after) || listed)) break;
        // "the Great Hall of the People in Beijing": a known place after "in" is where the name is, not part of it.
        if (INNER.test(w) && gazetteerType(after.text)) break;
      } else if (!CONNECTORS.test(w)) break;
      // An article inside a name follows "of"/"de" ("Universidad de la República"), never a name's word ("Shanghái el Foro").
      else if (/^(el|la|los|las|the)$/.test(w) && !OPENERS.test(word(terms[j]!))) break;
      j++;
    }
    runs.push({ first: i, last });
    i = last + 1;
  }
  return runs;
}

/**
 * Trims a span to its name: leading determiners, demonyms and (unless a head word makes it an
 * institution) titles go; so do trailing lower-case words. Undefined when nothing is left.
 */
function trim(terms: readonly Term[], first: number, last: number): { first: number; last: number } | undefined {
  const edge = (t: Term) =>
    !isCapitalised(t) ||
    LEADING_WORDS.test(word(t)) ||
    DEMONYMS.some(([re]) => re.test(word(t))) ||
    EDGE_TAGS.some((tag) => t.tags.has(tag) && !t.tags.has('Person') && !t.tags.has('Place'));
  let institution = false;
  for (let i = first; i <= last; i++) if (clue(HEAD_WORDS, word(terms[i]!))) institution = true;
  // "the Peruvian Navy", "the Chinese Embassy", "American Lithium": a demonym before one word that is
  // no title, person or place is part of the name.
  const demonymName = (k: number) => {
    const next = terms[last]!;
    if (k + 1 !== last || !DEMONYMS.some(([re]) => re.test(word(terms[k]!))) || !isCapitalised(next)) return false;
    return Boolean(clue(HEAD_WORDS, word(next))) || !(TITLES.test(word(next)) || next.tags.has('Person') || next.tags.has('Place'));
  };
  while (first <= last && !demonymName(first) && (edge(terms[first]!) || (!institution && TITLES.test(word(terms[first]!))))) first++;
  while (last >= first && edge(terms[last]!)) last--;
  return first > last ? undefined : { first, last };
}
