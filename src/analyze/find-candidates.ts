/**
 * Candidate new entities: people, organisations and places that the catalog does not know.
 * The NLP library's people/organisations/places are the base; runs of capitalised words with a
 * type clue (a head word such as "Ministry", or a context word such as "the regulator X", "X copper
 * mine", "the town of X") add what it misses. Candidates overlapping a known mention are dropped.
 */
import { foldForMatch, wordsPattern } from '../domain/text.js';
import type { EntityType } from '../domain/vocabulary.js';
import type { NamedSpan, Parsed, Term } from './nlp.js';
import { DEMONYMS } from '../domain/demonyms.js';
import type { CandidateEntity, Mention } from './types.js';

/** Words a name's head may be, and the type they make it (checked on folded words). */
const HEAD_WORDS: readonly [RegExp, EntityType][] = [
  [
    wordsPattern(
      'ministry|ministerio|ministere|government|gobierno|congress|congreso|parliament|senate|regulator|' +
        'superintendencia|municipality|municipalidad|embassy|embajada|consulate|agency',
    ),
    'GOVERNMENT',
  ],
  [
    wordsPattern(
      'university|universidad|universite|institute|instituto|association|asociacion|chamber|camara|' +
        'foundation|fundacion|federation|federacion|council|consejo|union|sociedad|society|academy|academia|' +
        'bank|banco|fund|fondo|center|centre|centro',
    ),
    'ORGANIZATION',
  ],
  [
    wordsPattern(
      'inc|corp|corporation|corporacion|ltd|limited|llc|plc|company|compania|co|group|grupo|holdings?|sa|' +
        'saa|sac|minera|mining|metals|resources|shipping|airlines?|telecom|motors|energy|petroleum|logistics',
    ),
    'COMPANY',
  ],
  [
    wordsPattern(
      'port|puerto|harbour|harbor|terminal|mine|mina|airport|aeropuerto|railway|railroad|ferrocarril|' +
        'highway|carretera|dam|represa|refinery|refineria|plant|planta|bridge|puente',
    ),
    'INFRASTRUCTURE',
  ],
  [/^(palace|palacio|square|plaza|province|provincia|region|district|distrito|valley|valle|river|rio|island|isla|city|ciudad)$/, 'PLACE'],
];

/** Lower-case words just before a name that say what it is ("the regulator Ositrán", "the town of Huaral"). */
const BEFORE_WORDS: readonly [RegExp, EntityType][] = [
  [/^(regulator|ministry|agency|government)$/, 'GOVERNMENT'],
  [
    wordsPattern(
      'miner|company|firm|operator|carrier|lender|bank|insurer|automaker|manufacturer|conglomerate|giant|' +
        'group|retailer|exporter|importer|shipper|developer|contractor|subsidiary|unit',
    ),
    'COMPANY',
  ],
  [/^(association|union|university|ngo|organisation|organization|federation|think-tank|institute|chamber|party)$/, 'ORGANIZATION'],
  [/^(town|city|region|province|district|village|port|capital|state|department|of|in|from|near|at)$/, 'PLACE'],
  [
    wordsPattern(
      'minister|president|premier|chairman|chairwoman|chair|ceo|director|manager|ambassador|spokesperson|' +
        'spokesman|spokeswoman|mayor|governor|senator|congressman|congresswoman|secretary|envoy|official|' +
        'executive|economist|analyst|founder|said|says|told',
    ),
    'PERSON',
  ],
];

/** Lower-case words just after a name ("X copper mine", "X region"). */
const AFTER_WORDS: readonly [RegExp, EntityType][] = [
  [/^(mine|port|plant|project|dam|railway|refinery|terminal|deposit|field|airport|highway|smelter)$/, 'INFRASTRUCTURE'],
  [/^(region|province|district|valley|city|town|village)$/, 'PLACE'],
  [/^(said|says|told|added|stated|explained)$/, 'PERSON'],
];

/** Titles before a person's name, left out of the name ("President Xi Jinping" → "Xi Jinping"). */
const TITLES = wordsPattern(
  'president|presidenta|presidente|premier|minister|ministra|ministro|chairman|chairwoman|ceo|' +
    'ambassador|embajador|mr|mrs|ms|dr|sr|sra|don|dona|general|governor|mayor|alcalde|senator|secretary|' +
    'vice|prime|foreign|trade',
);
/** Small words that may sit inside a name ("Ministry of Energy and Mines", "Universidad Nacional de Ingeniería"). */
const CONNECTORS = /^(of|de|del|la|las|los|el|y|and|for|the|da|do|dos|das|e|van|von|al|bin)$/;
/** Punctuation after a word that ends a name. */
const BREAK = /[,;:()[\]{}"“”«»!?。，、]|\.\s|\.$/u;
/** Tags of words that are no part of a name at its edges ("The", "In", "Chinese", "Monday"). */
const EDGE_TAGS = [
  'Date',
  'Month',
  'WeekDay',
  'Holiday',
  'Value',
  'Pronoun',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Demonym',
  'Honorific',
];
const NAME_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym'];
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

const word = (t: Term): string => foldForMatch(t.text.replace(/['’]s$/u, ''));
const isCapitalised = (t: Term): boolean => /^\p{Lu}/u.test(t.text.normalize('NFKC'));
const clue = (table: readonly [RegExp, EntityType][], w: string | undefined): EntityType | undefined =>
  w === undefined ? undefined : table.find(([re]) => re.test(w))?.[1];

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
    const type = typeOf({ terms, ...span, named: s.named });
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

/** The suggested type: a head word, then a context word, then the library's kind; undefined when unclear. */
function typeOf({
  terms,
  first,
  last,
  named,
}: {
  terms: readonly Term[];
  first: number;
  last: number;
  named?: NamedSpan['kind'];
}): EntityType | undefined {
  // The head of "Government Palace" is its last word; of "Ministry of Energy and Mines", the word before "of".
  let headEnd = first;
  while (headEnd < last && !/^(of|de|del|for|para)$/.test(word(terms[headEnd + 1]!))) headEnd++;
  for (let i = headEnd; i >= first; i--) {
    const t = clue(HEAD_WORDS, word(terms[i]!));
    if (t) return t;
  }
  for (let i = headEnd + 1; i <= last; i++) {
    const t = clue(HEAD_WORDS, word(terms[i]!));
    if (t) return t;
  }
  const before = (k: number) => terms[first - k];
  const after = (k: number) => terms[last + k];
  const b1 = before(1);
  const a1 = after(1);
  const b1Ends = !b1 || BREAK.test(b1.post);
  const strongBefore = b1 && !b1Ends && !isCapitalised(b1) ? clue(BEFORE_WORDS, word(b1)) : undefined;
  if (strongBefore && !['of', 'in', 'from', 'near', 'at'].includes(word(b1!))) return strongBefore;
  const lastEnds = BREAK.test(terms[last]!.post);
  for (const a of [a1, a1 && !lastEnds && !isCapitalised(a1) ? after(2) : undefined]) {
    if (a && !lastEnds && !isCapitalised(a)) {
      const t = clue(AFTER_WORDS, word(a));
      if (t) return t;
    }
  }
  // "Rómulo Mucho, Peru's energy and mines minister, …": an apposition that names an office.
  if (/^,/.test(terms[last]!.post)) {
    for (let k = 1; k <= 8 && after(k); k++) {
      if (clue(BEFORE_WORDS, word(after(k)!)) === 'PERSON' && !isCapitalised(after(k)!)) return 'PERSON';
      if (BREAK.test(after(k)!.post)) break;
    }
  }
  if (named === 'person' || terms.slice(first, last + 1).some((t) => t.tags.has('Person') && !t.tags.has('Honorific'))) return 'PERSON';
  if (terms.slice(first, last + 1).every((t) => t.tags.has('Country'))) return 'COUNTRY';
  if (named === 'place' || terms.slice(first, last + 1).some((t) => t.tags.has('Place'))) return 'PLACE';
  if (named === 'organization' || terms.slice(first, last + 1).some((t) => t.tags.has('Organization'))) return 'ORGANIZATION';
  if (strongBefore) return strongBefore; // "in X", "of X": most often a place
  if (first === last && terms[first]!.tags.has('Acronym')) return 'ORGANIZATION';
  return undefined;
}
