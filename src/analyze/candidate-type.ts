/** The type a candidate entity is suggested: what its words, its neighbours and the NLP library say it is. */
import type { EntityType } from '../domain/vocabulary.js';
import { AFTER_WORDS, BEFORE_WORDS, BREAK, HEAD_WORDS, clue, isCapitalised, word } from './candidate-clues.js';
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
