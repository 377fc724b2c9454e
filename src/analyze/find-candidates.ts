/**
 * Candidate new entities: people, organisations and places that the catalog does not know.
 * The NLP library's people/organisations/places are the base; runs of capitalised words with a
 * type clue (a head word such as "Ministry", or a context word such as "the regulator X", "X copper
 * mine", "the town of X") add what it misses. Candidates overlapping a known mention are dropped.
 */
import { foldForMatch } from '../domain/text.js';
import { DEMONYMS } from '../domain/demonyms.js';
import { BREAK, CONNECTORS, EDGE_TAGS, HEAD_WORDS, NAME_TAGS, TITLES, clue, isCapitalised, word } from './candidate-clues.js';
import { candidateType } from './candidate-type.js';
import type { NamedSpan, Parsed, Term } from './nlp.js';
import type { CandidateEntity, Mention } from './types.js';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Makes a slug id from a surface text: "Rómulo Mucho" → "romulo-mucho" (CJK kept). */
export function slugify(text: string): string {
  return foldForMatch(text).replace(/ /g, '-');
}

/**
 * Candidate new entities in a parsed text, in text order, none overlapping another or a known mention.
 */
export function findCandidates({
  text,
  parsed,
  mentions,
}: {
  text: string;
  parsed: Parsed;
  mentions: readonly Mention[];
}): CandidateEntity[] {
  const { terms } = parsed;
  const spans: { first: number; last: number; named?: NamedSpan['kind'] }[] = [];
  for (const n of parsed.named) for (const part of splitAtBreaks(terms, n.first, n.last)) spans.push({ ...part, named: n.kind });
  for (const run of capitalisedRuns(terms)) spans.push(run);

  const found: CandidateEntity[] = [];
  for (const s of spans) {
    const span = trim(terms, s.first, s.last);
    if (!span) continue;
    const type = candidateType({ terms, ...span, named: s.named });
    if (!type) continue;
    const start = terms[span.first]!.start;
    const end = terms[span.last]!.end - (/['’]s$/u.exec(terms[span.last]!.text)?.[0].length ?? 0);
    const surface = text.slice(start, end);
    if (CJK.test(surface) || !foldForMatch(surface)) continue; // the library reads English only
    found.push({ id: slugify(surface), text: surface, type, start, end });
  }
  const kept: CandidateEntity[] = [];
  for (const c of found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    const overlaps = (x: { start: number; end: number }) => x.start < c.end && c.start < x.end;
    if (mentions.some(overlaps) || kept.some(overlaps)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Splits a term range where punctuation ends a name ("Lima, Perú" → "Lima", "Perú"). */
function splitAtBreaks(terms: readonly Term[], first: number, last: number): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  let from = first;
  for (let i = first; i <= last; i++) {
    if (i === last || BREAK.test(terms[i]!.post)) {
      out.push({ first: from, last: i });
      from = i + 1;
    }
  }
  return out;
}

/** Maximal runs of capitalised words, with connectors inside, not crossing punctuation or sentences. */
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
    while (!BREAK.test(terms[j]!.post) && j + 1 < terms.length && !terms[j + 1]!.opensSentence) {
      const next = terms[j + 1]!;
      if (isCapitalised(next)) last = j + 1;
      else if (!CONNECTORS.test(word(next))) break;
      j++;
    }
    runs.push({ first: i, last });
    i = last + 1;
  }
  return runs;
}

/**
 * Trims a span to its name: leading determiners, demonyms and (unless a head word makes it an
 * institution) titles go; so do trailing lower-case words. A sentence's capitalised first word
 * alone is no name ("Fishermen from …"). Undefined when nothing is left.
 */
function trim(terms: readonly Term[], first: number, last: number): { first: number; last: number } | undefined {
  const edge = (t: Term) =>
    !isCapitalised(t) ||
    DEMONYMS.some(([re]) => re.test(word(t))) ||
    EDGE_TAGS.some((tag) => t.tags.has(tag) && !t.tags.has('Person') && !t.tags.has('Place'));
  let institution = false;
  for (let i = first; i <= last; i++) if (clue(HEAD_WORDS, word(terms[i]!))) institution = true;
  while (first <= last && (edge(terms[first]!) || (!institution && TITLES.test(word(terms[first]!))))) first++;
  while (last >= first && edge(terms[last]!)) last--;
  if (first > last) return undefined;
  const head = terms[first]!;
  if (first === last && head.opensSentence && !NAME_TAGS.some((t) => head.tags.has(t))) return undefined;
  return { first, last };
}
