/**
 * A regulator that must clear a purchase regulates its buyer: "The deal must still be cleared by
 * Peru's competition authority, Indecopi", "La operación aún debe ser aprobada por el Indecopi",
 * "La compra requiere la autorización del Indecopi", "una operación que el Indecopi aprobó". The
 * purchase is the one the text last reported (the last ACQUIRED proposed before the sentence); the
 * regulator is the state body the sentence names with the approval.
 */
import { proposal, type Proposal } from './proposal.js';
import type { Endpoint, SentenceEndpoints } from './types.js';

/** A purchase named again: "the deal", "la operación" (not "the Enel deal", which names another). */
const DEAL = new RegExp(
  '(?<!\\p{L})(?:the|this|that|la|esta|dicha)\\s+' +
    '(?:deal|purchase|acquisition|transaction|merger|takeover|compra|operación|adquisición|transacción|fusión|concentración)(?!\\p{L})',
  'iu',
);
/** Its approval, with the approver after it ("cleared by", "la aprobación del") or before it ("que el Indecopi aprobó"). */
const APPROVAL_BY = new RegExp(
  '(?<!\\p{L})(?:(?:approved|cleared|authori[sz]ed|aprobad[oa]|autorizad[oa]|revisad[oa])\\s+(?:[\\p{Ll}]+\\s+){0,3}?(?:by|por)|' +
    '(?:approval|clearance|authori[sz]ation|aprobación|autorización|visto bueno)\\s+(?:of|from|del?))\\s',
  'iu',
);
const APPROVED_BY_SUBJECT = /(?<!\p{L})(?:aprobó|autorizó|approved|cleared|authori[sz]ed)(?!\p{L})/iu;

/** The REGULATES relation of a sentence about clearing the last purchase reported before it. */
export function approvalRelations({
  text,
  sentence,
  inside,
  buyer,
}: SentenceEndpoints & {
  /** The buyer of the last purchase the text reported before this sentence, if any. */
  buyer: Endpoint | undefined;
}): Proposal[] {
  const body = text.slice(sentence.start, sentence.end);
  if (!buyer || !DEAL.test(body)) return [];
  const by = APPROVAL_BY.exec(body);
  const subject = by ? undefined : APPROVED_BY_SUBJECT.exec(body);
  const at = sentence.start + (by ? by.index + by[0].length : (subject?.index ?? -1));
  if (!by && !subject) return [];
  // After "by"/"del": the first state body; before "aprobó": the last one.
  const regulators = inside.filter((e) => e.type === 'GOVERNMENT' && e.id !== buyer.id);
  const regulator = by ? regulators.find((e) => e.start >= at) : [...regulators].reverse().find((e) => e.end <= at);
  if (!regulator) return [];
  // The buyer stands where the sentence names its purchase ("the deal"), as a description would.
  const deal = DEAL.exec(body)!;
  const named = { ...buyer, start: sentence.start + deal.index, end: sentence.start + deal.index + deal[0].length };
  const hit = by ? { start: sentence.start + by.index, end: at - 1 } : { start: at, end: at + subject![0].length };
  return [proposal({ text, type: 'REGULATES', source: regulator, target: named, hit, strength: 0.55 })];
}
