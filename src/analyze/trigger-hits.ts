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
  return kept.sort((a, b) => a.start - b.start);
}
