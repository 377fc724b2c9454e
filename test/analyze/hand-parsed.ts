import type { NamedSpan, Parsed, Term } from '../../src/analyze/nlp.js';

/**
 * A parse made by hand, so tests do not depend on the NLP library: words split on spaces,
 * trailing punctuation in `post`, a sentence opened after '.', '!' or '?', tags by word.
 */
export function handParsed(text: string, { tags = {}, named = [] }: { tags?: Record<string, string[]>; named?: NamedSpan[] } = {}): Parsed {
  const terms: Term[] = [];
  for (const m of text.matchAll(/(\S+?)([,;:.!?)]*)(\s+|$)/gu)) {
    if (!m[1]) continue;
    const opensSentence = terms.length === 0 || /[.!?]/.test(terms[terms.length - 1]!.post);
    terms.push({
      text: m[1],
      start: m.index,
      end: m.index + m[1].length,
      post: m[2]! + m[3]!,
      tags: new Set(tags[m[1]] ?? []),
      opensSentence,
    });
  }
  return { terms, sentences: [], named };
}
