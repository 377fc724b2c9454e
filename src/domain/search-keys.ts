/**
 * The search keys the full-text indexes hold, and the terms a query is made of. Both sides are
 * folded here, by one function, so the index analyzer only splits on white space: no stop word
 * is dropped behind the project's back, and what a query asks for is exactly what an entity holds.
 */
import { foldForMatch } from './text.js';

/**
 * The version of the key format. Entities written by an older version (or none) carry another
 * `searchKeysVersion`; start-up rewrites their keys (see `refreshStaleSearchKeys`).
 */
export const SEARCH_KEYS_VERSION = 2;

const UNSPACED_RUN = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+)/u;

/** True when a term is CJK (a character pair, or one character). */
export const isUnspacedTerm = (term: string): boolean => UNSPACED_RUN.test(term);

/**
 * The terms of a text: folded words (case, accents, width, punctuation as `foldForMatch`); a CJK
 * run, which has no spaces between words, as its overlapping character pairs ("秘鲁政府" → 秘鲁,
 * 鲁政, 政府), a lone CJK character as itself.
 */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of foldForMatch(text).split(' ')) {
    for (const piece of word.split(UNSPACED_RUN)) {
      if (!piece) continue;
      if (!isUnspacedTerm(piece)) {
        terms.push(piece);
        continue;
      }
      const chars = [...piece];
      if (chars.length === 1) terms.push(piece);
      for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i]! + chars[i + 1]!);
    }
  }
  return terms;
}

const joined = (terms: readonly string[]): string | null => (terms.length ? [...new Set(terms)].join(' ') : null);

/** The name key of an entity: the terms of its name and every alias. */
export const nameSearchText = ({ name, aliases }: { name: string; aliases: readonly string[] }): string =>
  joined([name, ...aliases].flatMap(searchTerms)) ?? '';

/** The description key of an entity, or null when it has none. */
export const descriptionSearchText = (description: string | null | undefined): string | null =>
  description ? joined(searchTerms(description)) : null;

/**
 * The role key of an office relationship (LEADS, HOLDS_OFFICE_IN), or null without a role. The
 * office key that search reads is this plus the name key of the place the office is held in,
 * joined in Cypher when either side is written (`OFFICE_TEXT`).
 */
export const roleSearchText = (role: string | null | undefined): string | null => (role ? joined(searchTerms(role)) : null);

/**
 * Words a query may leave out or put in ("Belt and Road", "Port of Chancay", "Peru's president"),
 * English and Spanish. They count towards a match when an entity holds them and are never required,
 * unless a query holds nothing else.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'or',
  's',
  'the',
  'to',
  'with',
  'al',
  'de',
  'del',
  'e',
  'el',
  'en',
  'la',
  'las',
  'lo',
  'los',
  'para',
  'por',
  'y',
]);

/**
 * The key properties of an entity, as every write path sets them: name, alias and description
 * keys for search, the folded name and aliases for exact matching, and the key format's version.
 */
export function entitySearchKeys(e: { name: string; aliases: readonly string[]; description: string | null }): Record<string, unknown> {
  return {
    searchText: nameSearchText(e),
    descriptionText: descriptionSearchText(e.description),
    nameKey: foldForMatch(e.name),
    aliasKeys: e.aliases.map(foldForMatch),
    searchKeysVersion: SEARCH_KEYS_VERSION,
  };
}
