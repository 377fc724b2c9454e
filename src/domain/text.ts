/** Text normalisation shared by quote checks, entity matching and search. */

/** Collapses whitespace and unifies quote marks and dashes, so verbatim checks ignore typography. */
export function normalizeQuote(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when `quote` occurs in `text`, ignoring whitespace and quote-mark style. */
export function quoteOccursIn(quote: string, text: string): boolean {
  return normalizeQuote(text).includes(normalizeQuote(quote));
}

/**
 * Letters written with full stops between them ("U.S.", "e.g."): the stops fold away, so "U.S."
 * and "US" share a key. A single initial ("Dina E. Boluarte") is not one.
 */
export const DOTTED_LETTERS = /(?<![\p{L}\p{N}])\p{L}(?:\.\p{L})+\.?(?![\p{L}\p{N}])/gu;

/**
 * A matching key: full-width folded (NFKC), accents removed, lower case, full stops of dotted
 * letters dropped, other punctuation to spaces. "Perú", "PERU" and "ｐｅｒｕ" share the key
 * "peru", "U.S." and "US" the key "us"; CJK text is kept. `foldText` (analyzeText's folding with
 * offsets) folds the same way; a test ties the two.
 */
export function foldForMatch(text: string): string {
  return text
    .replace(DOTTED_LETTERS, (m) => m.replaceAll('.', ''))
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A pattern matching exactly one of the `|`-separated `words` (each may hold regular-expression
 * syntax such as `holdings?`): `^(words)$` with `flags`. A long list can then be written as
 * concatenated strings that fit the line width, which a regular-expression literal cannot.
 */
export function wordsPattern(words: string, flags = ''): RegExp {
  return new RegExp(`^(${words})$`, flags);
}
