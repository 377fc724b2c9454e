import type { NamedSpan, Parsed, Term } from '../../src/analyze/nlp.js';

/**
 * A parse made by hand, so tests do not depend on the NLP library: words split on spaces,
 * leading punctuation in `pre`, trailing in `post`, a sentence opened after '.', '!' or '?', tags by word.
 */
export function handParsed(text: string, { tags = {}, named = [] }: { tags?: Record<string, string[]>; named?: NamedSpan[] } = {}): Parsed {
  const terms: Term[] = [];
  for (const m of text.matchAll(/([("“«]*)(\S+?)([,;:.!?)"”»]*)(\s+|$)/gu)) {
    if (!m[2]) continue;
    const start = m.index + m[1]!.length;
    const opensSentence = terms.length === 0 || /[.!?]/.test(terms[terms.length - 1]!.post);
    terms.push({
      text: m[2],
      start,
      end: start + m[2].length,
      post: m[3]! + m[4]!,
      pre: m[1]!,
      tags: new Set(tags[m[2]] ?? []),
      opensSentence,
    });
  }
  return { terms, sentences: [], named };
}
