/**
 * The one place that calls the NLP library (`compromise`): it parses a text into sentences and
 * terms with their offsets and part-of-speech tags, and marks the people, organisations and places
 * the library recognises. Everything else in src/analyze works on these plain shapes.
 */
import nlp from 'compromise';

/** A word as the library tokenised it; `start`/`end` are offsets into the original text. */
export interface Term {
  text: string;
  start: number;
  end: number;
  /** Punctuation and spaces after the word, as written. */
  post: string;
  /** Punctuation before the word, as written ("(" of "(Ositrán"). */
  pre: string;
  tags: ReadonlySet<string>;
  /** The first word of a sentence, capitalised whatever it is. */
  opensSentence: boolean;
}

/** A sentence's offsets in the original text, surrounding spaces excluded. */
export interface Sentence {
  start: number;
  end: number;
}

/** What the library recognised as a named entity, as a range of term indexes (inclusive). */
export interface NamedSpan {
  kind: 'person' | 'organization' | 'place';
  first: number;
  last: number;
}

/** A parsed text. */
export interface Parsed {
  terms: Term[];
  sentences: Sentence[];
  named: NamedSpan[];
}

interface JsonTerm {
  text: string;
  pre?: string;
  post?: string;
  tags?: string[];
  offset?: { start: number; length: number };
}
interface JsonPhrase {
  offset?: { start: number; length: number };
  terms?: JsonTerm[];
}

/** CJK full stops end a sentence even without a space after them, which the library does not see. */
const CJK_STOP = /[。！？!?]+/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Parses a text with compromise. Pure: no state outlives the call. */
export function parse(text: string): Parsed {
  const doc = nlp(text);
  const terms: Term[] = [];
  const sentences: Sentence[] = [];
  const byStart = new Map<number, number>();
  for (const s of doc.json({ offset: true }) as JsonPhrase[]) {
    if (!s.offset) continue;
    for (const [k, t] of (s.terms ?? []).entries()) {
      if (!t.offset || t.offset.length === 0) continue;
      byStart.set(t.offset.start, terms.length);
      terms.push({
        text: t.text,
        start: t.offset.start,
        end: t.offset.start + t.offset.length,
        post: t.post ?? '',
        pre: t.pre ?? '',
        tags: new Set(t.tags ?? []),
        opensSentence: k === 0,
      });
    }
    sentences.push(...splitSentence({ text, start: s.offset.start, end: s.offset.start + s.offset.length }));
  }
  const named: NamedSpan[] = [];
  const kinds = [
    ['person', doc.people()],
    ['organization', doc.organizations()],
    ['place', doc.places()],
  ] as const;
  for (const [kind, view] of kinds) {
    for (const m of view.json({ offset: true }) as JsonPhrase[]) {
      const idx = (m.terms ?? [])
        .map((t) => (t.offset ? byStart.get(t.offset.start) : undefined))
        .filter((i): i is number => i !== undefined);
      if (idx.length) named.push({ kind, first: Math.min(...idx), last: Math.max(...idx) });
    }
  }
  return { terms, sentences, named };
}

/** Trims a sentence's span and splits it after CJK full stops, which the library does not see as ends. */
function splitSentence({ text, start, end }: { text: string; start: number; end: number }): Sentence[] {
  const out: Sentence[] = [];
  let from = start;
  const cut = (to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
    from = to;
  };
  for (const m of text.slice(start, end).matchAll(CJK_STOP)) {
    const at = start + m.index + m[0].length;
    // Only after a CJK character: "U.S.?" or "Why?" in English is the library's to split.
    if (at < end && CJK.test(text[start + m.index - 1] ?? '')) cut(at);
  }
  cut(end);
  return out;
}
