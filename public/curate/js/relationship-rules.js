/**
 * The rules of the draft's relationships: when one may be accepted, accepting it (with the
 * undecided actors at its ends), a new one from a range of the text (its quote), saving an edited
 * one, and the next undecided item of a list.
 */
import { actorOf, actorsIn, inputIdOf } from './draft-model.js';

/**
 * @typedef {import('./draft-model.js').Draft} Draft
 * @typedef {import('./draft-model.js').Rel} Rel
 * @typedef {import('./draft-model.js').Decision} Decision
 */

/**
 * Why a relationship cannot be accepted as it stands, or null when it can.
 * @param {Draft} draft
 * @param {Rel} r
 */
export function blocker(draft, r) {
  const source = actorOf(draft, r.source);
  const target = actorOf(draft, r.target);
  if (!source || !target) return 'choose both ends';
  if (source.decision === 'rejected') return `${source.name} was rejected as an actor: edit the source`;
  if (target.decision === 'rejected') return `${target.name} was rejected as an actor: edit the target`;
  if (inputIdOf(source) === inputIdOf(target)) return 'the source and the target are the same actor';
  if (!r.type) return 'choose a relation type';
  return null;
}

/**
 * Accepts a relationship, and the undecided actors at its ends with it.
 * @param {Draft} draft
 * @param {Rel} r
 * @returns {string | null} why it could not be accepted, or null
 */
export function acceptRelationship(draft, r) {
  const why = blocker(draft, r);
  if (why) return why;
  r.decision = 'accepted';
  for (const key of [r.source, r.target]) {
    const a = actorOf(draft, key);
    if (a && a.decision === 'pending') a.decision = 'accepted';
  }
  return null;
}

/**
 * The next undecided item after `key` (wrapping round), else null.
 * @template {{ key: string, decision: Decision }} T
 * @param {T[]} items
 * @param {string | null} key
 * @returns {T | null}
 */
export function nextPending(items, key) {
  const at = items.findIndex((x) => x.key === key);
  for (let i = 1; i <= items.length; i++) {
    const item = items[(at + i + items.length) % items.length];
    if (item && item.decision === 'pending') return item;
  }
  return null;
}

/**
 * A new relationship whose quote is the text between `start` and `end`, its ends the first two
 * actors named there (the curator changes what is wrong). Not yet in the draft.
 * @param {Draft} draft
 * @param {{ start: number, end: number }} range
 * @returns {Rel}
 */
export function relationshipFromRange(draft, { start, end }) {
  const text = draft.analysedText ?? '';
  const named = actorsIn(draft, start, end);
  return {
    key: `h${draft.nextKey++}`,
    origin: 'manual',
    decision: 'pending',
    type: '',
    source: named[0]?.key ?? '',
    target: named[1]?.key ?? '',
    topic: null,
    role: null,
    validFrom: null,
    validTo: null,
    status: 'REPORTED',
    quantities: [],
    note: null,
    quote: text.slice(start, end),
    quoteStart: start,
    quoteEnd: end,
    confidence: null,
    trigger: null,
  };
}

/**
 * Puts an edited relationship into the draft (in text order) and accepts it.
 * @param {Draft} draft
 * @param {Rel} edited
 * @returns {string | null} why it could not be accepted, or null
 */
export function saveRelationship(draft, edited) {
  const why = blocker(draft, edited);
  if (why) return why;
  const at = draft.relationships.findIndex((r) => r.key === edited.key);
  if (at >= 0) draft.relationships[at] = edited;
  else draft.relationships.push(edited);
  draft.relationships.sort((a, b) => a.quoteStart - b.quoteStart || a.quoteEnd - b.quoteEnd);
  return acceptRelationship(draft, edited);
}
