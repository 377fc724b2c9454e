/**
 * Spanish relative clauses in verb–subject order: "el Minem, que dirige Alberto Salas", "la central
 * Yanapampa II, que opera desde 2021 la empresa Hydro Andes", "el memorando que suscribieron en
 * 2023 el Ministerio de Cultura y la Administración del Patrimonio". The relative pronoun is the
 * verb's object, the entities after the verb (and a few lower-case words, such as a date or "la
 * empresa") are its subjects, and the antecedent is the object. Read only when the types settle it:
 * the later entity can act on the antecedent and not the other way round.
 */
import type { RelationType } from '../domain/vocabulary.js';
import { proposal, type Proposal } from './proposal.js';
import type { Hit } from './trigger-hits.js';
import { fits } from './relation-ends.js';
import type { Endpoint } from './types.js';

/** The antecedent, then "que" (or "al que", "donde" …) right before the verb. */
const QUE_BEFORE_VERB = /^\s*,?\s*(?:(?:al|a la|a los|a las|en el|en la|del|de la|con el|con la)\s+(?:que|cual)|que|donde)\s+(?:se\s+)?$/iu;
/** Between the verb and its subject: lower-case words only (a date, an adverb, "la empresa"), at most five, numbers allowed. */
const TO_SUBJECT = /^\s+(?:(?:[\p{Ll}\d][\p{Ll}\d.,-]*|[A-Z][\p{Ll}]+(?=\s+(?:de\s+)?\d))\s+){0,5}$/u;
/** Another subject coordinated with the one before: "el Ministerio de Cultura peruano y la Administración". */
const AND_NEXT = /^\s*(?:\p{Ll}+\s*)?(?:,\s*)?(?:y|e)\s+(?:(?:el|la|los|las)\s+)?$/u;

/** The relations of a trigger read as "<antecedent>, que <verb> <subject>", if the sentence is so built and the types settle it. */
export function verbSubjectRelative({
  text,
  hit,
  type,
  antecedent,
  after,
  strength,
}: {
  text: string;
  hit: Hit;
  type: RelationType;
  /** The entity right before the trigger. */
  antecedent: Endpoint;
  /** The entities after the trigger, in text order. */
  after: readonly Endpoint[];
  strength: number;
}): Proposal[] {
  if (!QUE_BEFORE_VERB.test(text.slice(antecedent.end, hit.start))) return [];
  const [first] = after;
  if (!first || !TO_SUBJECT.test(text.slice(hit.end, first.start))) return [];
  const subjects = [first];
  for (const e of after.slice(1)) {
    if (!AND_NEXT.test(text.slice(subjects[subjects.length - 1]!.end, e.start))) break;
    subjects.push(e);
  }
  const acting = subjects.filter(
    (s) => s.id !== antecedent.id && fits(type, s.type, antecedent.type) && !fits(type, antecedent.type, s.type),
  );
  return acting.map((s) => proposal({ text, type, source: s, target: antecedent, hit, strength: strength * 0.9 }));
}
