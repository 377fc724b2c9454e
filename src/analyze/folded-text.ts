/**
 * A folded copy of a text for matching, with a map from every folded character back to the
 * original text, so that a match in the folded copy gives UTF-16 offsets into the original.
 */
import { DOTTED_LETTERS } from '../domain/text.js';

/** Scripts written without spaces between words: names in them match as plain substrings. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Offsets of the full stops that `foldForMatch` drops ("U.S." folds as "US"). */
function droppedStops(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(DOTTED_LETTERS)) {
    for (let k = 0; k < m[0].length; k++) if (m[0][k] === '.') out.add(m.index + k);
  }
  return out;
}

/** True when `ch` (one folded character) belongs to a script written without spaces (CJK). */
export function isUnspaced(ch: string | undefined): boolean {
  return ch !== undefined && UNSPACED.test(ch);
}

/** A folded text and, for each of its characters, the original range it came from. */
export interface FoldedText {
  /** Folded as `foldForMatch` folds a key, but with runs of separators kept as one space. */
  readonly folded: string;
  /** `start[k]`: offset in the original of the code point that folded character k comes from. */
  readonly start: readonly number[];
  /** `end[k]`: end offset in the original, after any combining marks that folded away. */
  readonly end: readonly number[];
}

/**
 * Folds a text code point by code point (full width to ASCII, accents removed, lower case, the
 * full stops of dotted letters dropped, anything else but letters and digits to one space),
 * keeping where each folded character came from. Folds as `foldForMatch` does, but keeps a
 * leading or trailing space: offsets matter more here.
 */
export function foldText(text: string): FoldedText {
  const dropped = droppedStops(text);
  const parts: string[] = [];
  let last = '';
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const cp of text) {
    const len = cp.length;
    const f = dropped.has(i) ? '' : foldCodePoint(cp);
    if (f === '') {
      // A combining mark (or anything that folds away) belongs to the character before it.
      if (end.length > 0) end[end.length - 1] = i + len;
    }
    for (const ch of f) {
      if (ch === ' ' && last === ' ') {
        end[end.length - 1] = i + len;
        continue;
      }
      // Expansions (ﬁ → fi, ㈱ → (株)) map every folded character to the whole source code point.
      parts.push(ch);
      last = ch;
      for (let k = 0; k < ch.length; k++) {
        start.push(i);
        end.push(i + len);
      }
    }
    i += len;
  }
  return { folded: parts.join(''), start, end };
}

const cache = new Map<string, string>();

/** Folds one code point: '' for a mark, ' ' for a separator, else its folded letters. */
function foldCodePoint(cp: string): string {
  let f = cache.get(cp);
  if (f === undefined) {
    const n = cp
      .normalize('NFKC')
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase();
    if (n === '') f = /\p{M}/u.test(cp) ? '' : ' ';
    else
      f = [...n]
        .map((c) => (WORD_CHAR.test(c) ? c : ' '))
        .join('')
        .replace(/ +/g, ' ');
    if (cache.size < 10_000) cache.set(cp, f);
  }
  return f;
}
