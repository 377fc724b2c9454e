/**
 * One proposed relationship before its sentence is attached: its ends, its trigger and how sure
 * the heuristic is, which falls with the words between the ends.
 */
import type { RelationType } from '../domain/vocabulary.js';
import type { CandidateRelationship, Endpoint } from './types.js';

/** A candidate relationship without its sentence (`proposeRelationships` adds the quote and its offsets). */
export type Proposal = Omit<CandidateRelationship, 'quote' | 'sentenceStart' | 'sentenceEnd'>;

/** A word: letters and digits, with inner apostrophes and hyphens. */
export const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;

/** A dateline at a sentence's start: "LIMA, September 9 —". */
export const DATELINE = /^[^—–]{0,60}[—–]\s/u;

/** Whether an endpoint is a possessor ("China’s Ministry …", "the company’s chairman"). */
export const isPossessor = (text: string, e: { end: number }): boolean => /^['’]s\s/u.test(text.slice(e.end, e.end + 3));

/** How many words `s` holds. */
export const words = (s: string): number => (s.match(WORD) ?? []).length;
/** A preposition right before an entity, which makes it the object of a phrase, not a subject ("in the", "según", "con"). */
export const GOVERNED = new RegExp(
  '(?:^|\\s)(?:of|in|to|with|by|for|from|at|on|de|del|en|a|al|con|por|para|desde|sobre|según|according to)\\s+' +
    '(?:(?:the|el|la|los|las)\\s+)?$',
  'iu',
);
/**
 * `text` with the digits of each measure before a noun ("204-megawatt", "120-bed", "14,000-tonne") written as
 * letters of the same count, so that patterns read the measure as a modifier word and every offset stays.
 */
export const measuresAsWords = (text: string): string => text.replace(/(?<![\p{L}\d])\d[\d.,]*(?=-\p{Ll})/gu, (d) => 'n'.repeat(d.length));

/**
 * The proposal of `type` from `source` to `target`, triggered by the text at `hit`. Its confidence
 * is `strength` lowered by 4 % for each word between the ends besides the trigger's (to at most
 * 70 % off), rounded to hundredths.
 */
export function proposal({
  text,
  type,
  source,
  target,
  hit,
  strength,
}: {
  text: string;
  type: RelationType;
  source: Endpoint;
  target: Endpoint;
  hit: { start: number; end: number };
  strength: number;
}): Proposal {
  const [a, b] = source.start < target.start ? [source, target] : [target, source];
  const gap = Math.max(0, words(text.slice(a.end, b.start)) - words(text.slice(hit.start, hit.end)));
  return {
    type,
    sourceId: source.id,
    targetId: target.id,
    sourceIsCandidate: source.kind === 'candidate',
    targetIsCandidate: target.kind === 'candidate',
    sourceStart: source.start,
    sourceEnd: source.end,
    targetStart: target.start,
    targetEnd: target.end,
    trigger: text.slice(hit.start, hit.end),
    triggerStart: hit.start,
    triggerEnd: hit.end,
    confidence: Math.round(strength * Math.max(0.3, 1 - 0.04 * gap) * 100) / 100,
    validFrom: null,
    quantities: [],
  };
}
