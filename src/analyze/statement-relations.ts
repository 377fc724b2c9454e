/**
 * Statements: who said something, and about whom. "X said (on Thursday) (that) Y …" is X STATED Y;
 * "according to X" and "según X" make X the speaker of the rest of the sentence. "X told Reuters",
 * "X dijo a RPP" is also X COMMUNICATED_VIA the medium.
 */
import type { Sentence } from './nlp.js';
import { proposal, type Proposal } from './proposal.js';
import type { Hit } from './trigger-hits.js';
import { fits } from './triggers.js';
import type { Endpoint } from './types.js';

/** After a statement verb, before what it is about: a medium, a time, "that". */
const MEDIUM = /^\s+(?:to|a)\s+(?:(?:the|la|el)\s+)?(?:(?:agency|agencia|newspaper|diario|radio|emisora|broadcaster|cadena)\s+)?$/iu;
const LEAD_IN = new RegExp(
  '^\\s*,?\\s*(?:(?:on|in|last|this|el|en|este|esta|el pasado)\\s+[\\p{L}\\d ]{1,20}?\\s*,?\\s+)?' +
    '(?:[\\p{Ll}]+\\s+(?=that|que))?(?:(?:that|que)\\s+)?(?:(?:the|la|el|los|las)\\s+)?(?:[\\p{Ll}-]+\\s+){0,4}$',
  'u',
);
/** Between a speaker and the statement verb: nothing, an aside's closing comma, an auxiliary ("has", "also"). */
const SPEAKER_GAP = /^\s*(?:\([^()]*\))?\s*(?:,[^,;]{1,80},)?\s*,?\s*(?:(?:has|have|had|also|later|then|ha|han|también|luego)\s+)*$/iu;
/** After a statement verb that ends its sentence: at most a time ("said on Tuesday."). */
const SENTENCE_END = /^\s*(?:(?:on|in|this|last|el|en|este|esta)\s+[\p{L}\d ]{1,25}?)?\s*[.!?]?\s*$/u;
/** A dateline: "LIMA, September 9 —". */
const DATELINE = /^[^—–]{0,60}[—–]\s/u;
/** "according to", "según", "de acuerdo con", "citing". */
const ACCORDING = /(?<!\p{L})(?:according to|según|de acuerdo con|citing)\s+/giu;

/** The STATED (and COMMUNICATED_VIA) relations of one sentence: `hits` are its statement triggers, `subjectOf` finds a hit's speaker. */
export function statementRelations({
  text,
  sentence,
  inside,
  hits,
  subjectOf,
}: {
  text: string;
  sentence: Sentence;
  inside: readonly Endpoint[];
  hits: readonly Hit[];
  /** A statement verb's speaker, and whether it is the subject of a verb before it ("recorrió … y anunció"). */
  subjectOf: (hit: Hit) => { speaker: Endpoint; shared: boolean } | undefined;
}): Proposal[] {
  const out: Proposal[] = [];
  const stated = (source: Endpoint, target: Endpoint | undefined, hit: { start: number; end: number }, strength: number) => {
    if (target && target.id !== source.id && fits('STATED', source.type, target.type)) {
      out.push(proposal({ text, type: 'STATED', source, target, hit, strength }));
    }
  };
  for (const hit of hits) {
    const subject = subjectOf(hit);
    if (!subject || (!subject.shared && !SPEAKER_GAP.test(text.slice(subject.speaker.end, hit.start)))) continue;
    const { speaker } = subject;
    let from = hit.end;
    const after = inside.filter((e) => e.start >= hit.end);
    // "told Reuters", "dijo a la agencia Andina": the medium.
    const first = after[0];
    const gap = first ? text.slice(hit.end, first.start) : '';
    // "dijo a RPP": whom a statement is made to is a medium, whatever its type says.
    const medium = first && (MEDIUM.test(gap) || (first.type === 'MEDIA' && /^\s+$/u.test(gap))) ? first : undefined;
    if (medium) {
      out.push(proposal({ text, type: 'COMMUNICATED_VIA', source: speaker, target: medium, hit, strength: 0.75 }));
      from = medium.end;
    }
    const about = inside.find((e) => e.start >= from && e !== medium);
    if (about && LEAD_IN.test(text.slice(from, about.start))) stated(speaker, about, hit, hit.trigger.strength);
    else if (!about && !subject.shared && SENTENCE_END.test(text.slice(hit.end, sentence.end))) {
      // "CCB has been granted a licence …, the SBS said on Tuesday.": the statement is the sentence before
      // its speaker, whose first entity (after a dateline) it is about.
      const dateline = DATELINE.exec(text.slice(sentence.start, speaker.start));
      const from = sentence.start + (dateline?.[0].length ?? 0);
      stated(
        speaker,
        inside.find((e) => e.start >= from && e.end <= speaker.start && e.id !== speaker.id),
        hit,
        hit.trigger.strength * 0.9,
      );
    }
  }
  for (const m of text.slice(sentence.start, sentence.end).matchAll(ACCORDING)) {
    const at = sentence.start + m.index + m[0].length;
    let source = inside.find((e) => e.start >= at && e.start <= at + 12);
    if (!source) continue;
    // "according to Boston University's Global Development Policy Center": the centre speaks.
    const next = inside.find((e) => e.start >= source!.end);
    if (next && /^['’]s\s+$/u.test(text.slice(source.end, next.start))) source = next;
    const speaker = source;
    const rest = inside.filter((e) => e.end <= sentence.start + m.index || e.start > speaker.end + 1);
    const hit = { start: sentence.start + m.index, end: at };
    stated(
      speaker,
      rest.find((e) => e.id !== speaker.id && !/^['’]s/u.test(text.slice(e.end, e.end + 2))),
      hit,
      0.6,
    );
  }
  return out;
}
