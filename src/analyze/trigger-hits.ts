/** Where the trigger words of the vocabulary occur in a sentence. */
import type { Sentence } from './nlp.js';
import { TRIGGERS, type Trigger } from './triggers.js';
import type { Endpoint } from './types.js';

/** One occurrence of a trigger: offsets into the whole text. */
export interface Hit {
  trigger: Trigger;
  start: number;
  end: number;
}

/**
 * Trigger occurrences in a sentence, in text order: none inside an entity's name or across its edge, none whose
 * trigger's condition the sentence fails, and the longest where occurrences overlap (the first
 * of equally long ones).
 */
export function triggerHits(text: string, sentence: Sentence, inside: readonly Endpoint[]): Hit[] {
  const body = text.slice(sentence.start, sentence.end);
  const hits: Hit[] = [];
  for (const trigger of TRIGGERS) {
    if (trigger.requires && !trigger.requires.test(body)) continue;
    if (trigger.excludes?.test(body)) continue;
    for (const m of body.matchAll(trigger.pattern)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (trigger.next && !trigger.next.test(text.slice(end, sentence.end))) continue;
      // Not inside a name nor across its edge; a long trigger may pass over one ("cerró en la feria un contrato … con").
      if (!inside.some((e) => e.start < end && start < e.end && !(start < e.start && e.end < end))) hits.push({ trigger, start, end });
    }
  }
  const kept: Hit[] = [];
  for (const h of hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h);
  }
  // "did not buy", "no ha firmado", "will not attend", "denied that it would buy": a negated act states nothing.
  return kept.filter((h) => !negated(text.slice(sentence.start, h.start))).sort((a, b) => a.start - b.start);
}

/** A negation right before a trigger, past auxiliaries and clitics: "did not ", "has never ", "no ha ", "aún no se ". */
const NEGATION = new RegExp(
  '(?<!\\p{L})(?:not|never|no|nunca|jamás|ni)\\s+' +
    '(?:(?:be|been|being|have|has|had|yet|ever|to|ha|han|había|habían|habrá|se|lo|la|le|les|los|las|ya|fue|será|sido|es|está|' +
    'están|va|van|a)\\s+){0,3}$' +
    "|(?<!\\p{L})(?:did|does|do|will|would|could|has|have|had|is|are|was|were)n['’]t\\s+(?:(?:be|been|have|yet|ever)\\s+){0,2}$",
  'iu',
);
/** A denial whose clause holds the trigger: "denied that it would", "negó que vaya a". */
const DENIED =
  /(?<!\p{L})(?:denied|denies|deny|ruled out|negó|niega|negaron|desmintió|descartó|descarta)\s+(?:that\s+|que\s+)?[^,;.]{0,60}$/iu;

/** A mere possibility right before a trigger: "may invest", "could buy", "podría comprar". */
const HEDGED = /(?<!\p{L})(?:may|might|could|podría|podrían|pudiera|pudieran)\s+(?:(?:be|have|also|still|también|ser|haber)\s+){0,2}$/u;

/** An act called off before its noun: "withdrew its bid for", "abandonó la compra de", "canceló el contrato con". */
const CALLED_OFF = new RegExp(
  '(?<!\\p{L})(?:abandoned|withdrew|scrapped|cancell?ed|called off|abandonó|retiró|canceló|desistió de|anuló)\\s+' +
    '(?:(?:its|his|her|their|the|a|an|su|sus|la|el|los|las|un|una)\\s+)?(?:\\p{Ll}+\\s+)?$',
  'iu',
);

/** Whether the words before a trigger in its sentence negate it, call it off or make it a mere possibility. */
function negated(before: string): boolean {
  return NEGATION.test(before) || DENIED.test(before) || HEDGED.test(before) || CALLED_OFF.test(before);
}
