/** The type a candidate entity is suggested: what its words, its neighbours and the NLP library say it is. */
import { wordsPattern } from '../domain/text.js';
import type { EntityType } from '../domain/vocabulary.js';
import { CHINESE_SURNAMES, gazetteerType } from './gazetteer.js';
import { AFTER_WORDS, BEFORE_WORDS, BREAK, HEAD_WORDS, TITLES, clue, isCapitalised, word } from './candidate-clues.js';
import type { NamedSpan, Term } from './nlp.js';

/**
 * The suggested type of the name at terms `first`..`last`: a head word, then a word just before or
 * after it, then an apposition naming an office, then the library's kind and tags; undefined when
 * unclear.
 */
export function candidateType({
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
  const head = headType(terms, { first, last });
  // "Instituto Nacional de …", "Banco Central de Reserva": a national institute or a central bank is
  // a state body; a national university or society is not.
  const names = terms.slice(first, last + 1).map(word);
  if (names.some((w) => /^(nacional|national|central)$/.test(w)) && names.some((w) => STATE_HEADS.test(w))) return 'GOVERNMENT';
  const before = (k: number) => terms[first - k];
  // "la mina de hierro Marcona", "el proyecto de cobre Río Blanco": a facility's noun a few words back
  // (before the head: "Río" in a mine's name is no river).
  for (let k = 1; k <= 4 && before(k) && !isCapitalised(before(k)!) && !BREAK.test(before(k)!.post); k++) {
    if (FACILITY.test(word(before(k)!))) return 'INFRASTRUCTURE';
  }
  if (head) return head;
  const after = (k: number) => terms[last + k];
  const b1 = before(1);
  const a1 = after(1);
  const b1Ends = !b1 || BREAK.test(b1.post);
  const strongBefore = b1 && !b1Ends && !isCapitalised(b1) ? clue(BEFORE_WORDS, word(b1)) : undefined;
  // "said Ana Ruiz": a person only for a name that can be one, of two words or more, not a possessor ("said Yutong's buses").
  const saidBefore = strongBefore === 'PERSON' && /^(said|says|told)$/.test(word(b1!));
  const personAfterSaid = last > first && personLike(terms.slice(first, last + 1)) && !/['’]s$/u.test(terms[last]!.text);
  if (strongBefore && !['of', 'in', 'from', 'near', 'at'].includes(word(b1!)) && (!saidBefore || personAfterSaid)) return strongBefore;
  const lastEnds = BREAK.test(terms[last]!.post);
  for (const a of [a1, a1 && !lastEnds && !isCapitalised(a1) ? after(2) : undefined]) {
    if (a && !lastEnds && !isCapitalised(a)) {
      const t = clue(AFTER_WORDS, word(a));
      // "X said": a person only when X can be a person's name, of two words or more (a body says things too).
      if (t && (t !== 'PERSON' || (last > first && personLike(terms.slice(first, last + 1))))) return t;
    }
  }
  // "Rómulo Mucho, Peru's energy and mines minister, …": an apposition that names an office.
  if (/^,/.test(terms[last]!.post)) {
    for (let k = 1; k <= 8 && after(k); k++) {
      if (clue(BEFORE_WORDS, word(after(k)!)) === 'PERSON' && !isCapitalised(after(k)!)) return 'PERSON';
      if (BREAK.test(after(k)!.post)) break;
    }
  }
  const words = terms.slice(first, last + 1);
  const apposition = appositionType(terms, first);
  if (apposition) return apposition;
  const titled = b1 !== undefined && !b1Ends && TITLES.test(word(b1));
  // "Liang Hui": a Chinese surname and a given name.
  const chinese =
    words.length === 2 && CHINESE_SURNAMES.test(word(words[0]!)) && words.every(isCapitalised) && !clue(HEAD_WORDS, word(words[1]!));
  // One word alone is a person's only with a title before it: the library takes many one-word names for first names.
  const guessed = words.length > 1 && (named === 'person' || words.some(isPersonWord));
  if (personLike(words) && (titled || chinese || guessed)) return 'PERSON';
  if (words.every((t) => t.tags.has('Country'))) return 'COUNTRY';
  const caps = words.filter(isCapitalised);
  if (named === 'place' || (caps.length > 0 && caps.every((t) => t.tags.has('Place')))) return 'PLACE';
  // "in X", "near X": most often a place ("of X" and "from X" say nothing); the library's guess of
  // an organisation is weaker than that for one word.
  const locative = strongBefore === 'PLACE' && ['in', 'near', 'at', 'en'].includes(word(b1!));
  if (locative && words.length === 1) return 'PLACE';
  if (named === 'organization' || words.some((t) => t.tags.has('Organization'))) return contextType(terms, { first, last });
  return locative ? 'PLACE' : undefined;
}

/** The type an apposition before a name gives it: "the energy regulator, Osinergmin" is a government. */
function appositionType(terms: readonly Term[], first: number): EntityType | undefined {
  const b1 = terms[first - 1];
  if (!b1 || !/^,\s*$/u.test(b1.post) || isCapitalised(b1)) return undefined;
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    const t = clue(BEFORE_WORDS, word(terms[k]!));
    if (t === 'GOVERNMENT' || t === 'COMPANY' || t === 'ORGANIZATION') return t;
    if (k < first - 1 && BREAK.test(terms[k]!.post)) break;
  }
  return undefined;
}

/**
 * The type a name's head word gives it: the head of "Government Palace" is its last word; of
 * "Ministry of Energy and Mines", the word before "of"; else any word of the name with a type.
 */
export function headType(terms: readonly Term[], { first, last }: { first: number; last: number }): EntityType | undefined {
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
  return undefined;
}

/** Nouns of a facility that may stand a few words before its name. */
const FACILITY = /^(mine|mina|project|proyecto|deposit|yacimiento|plant|planta|central|dam|represa|refinery|refineria|smelter|fundicion)$/;

/** Heads of state bodies when "national" or "central" qualifies them. */
const STATE_HEADS = wordsPattern(
  'institute|instituto|council|consejo|service|servicio|office|oficina|superintendencia|superintendency|agency|agencia|' +
    'administration|administracion|authority|autoridad|' +
    'bank|banco|commission|comision|registry|registro',
);

const isPersonWord = (t: Term): boolean => t.tags.has('Person') && !t.tags.has('Honorific');
/** Particles a person's name may hold ("Juan de la Cruz"); any other small word makes it no person's name ("Luz del Sur"). */
const NAME_PARTICLES = /^(de|la|da|van|von|bin)$/;

/** True when words can be a person's name: two to four words, capitalised but for particles, none a head word. */
function personLike(words: readonly Term[]): boolean {
  const caps = words.filter(isCapitalised);
  if (caps.length === 0 || caps.length > 4) return false;
  // "San Marcos", "CRTG Perú": a saint's or a place's name is no person's.
  const place = (t: Term) => ['PLACE', 'COUNTRY'].includes(gazetteerType(t.text) ?? '');
  if (/^(san|santa|santo|sao|saint|st)$/.test(word(caps[0]!)) || caps.some(place)) return false;
  return words.every((t) => (isCapitalised(t) ? !clue(HEAD_WORDS, word(t)) : NAME_PARTICLES.test(word(t))));
}

/** Words of a sentence about a non-profit: a name in it with no other clue is then an organisation, not a company. */
const NON_PROFIT = wordsPattern(
  'university|universities|universidad|universidades|students?|estudiantes|scholarships?|becas?|ngo|ong|union|sindicato|' +
    'association|asociacion|federation|federacion|society|sociedad|gremio|guild|researchers?|investigadores|foundation|fundacion|' +
    'charity|church|iglesia|party|partido|academia|academy',
);

/**
 * The type of a proper name no clue types, from the sentence it is in: an organisation in a sentence
 * about universities, unions or associations, else a company; a government after an apposition
 * naming an authority ("the energy regulator, Osinergmin").
 */
export function contextType(terms: readonly Term[], { first, last }: { first: number; last: number }): EntityType {
  let from = first;
  while (from > 0 && !terms[from]!.opensSentence) from--;
  let to = last + 1;
  while (to < terms.length && !terms[to]!.opensSentence) to++;
  const apposition = appositionType(terms, first);
  if (apposition) return apposition;
  // Most organisations news name without saying what they are are companies.
  return terms.slice(from, to).some((t) => NON_PROFIT.test(word(t))) ? 'ORGANIZATION' : 'COMPANY';
}
