/**
 * Proposes relationships sentence by sentence: a trigger word ("signed", "visited", "投资" …) between
 * two entities of the sentence gives a relation of the vocabulary from the nearest entity before it
 * to the nearest after it, when their types fit the relation (see trigger-relations.ts); titles
 * ("Peruvian President Dina Boluarte", "China's commerce minister Wang Wentao") give LEADS,
 * HOLDS_OFFICE_IN and AFFILIATED_WITH (see title-relations.ts).
 */
import type { Sentence } from './nlp.js';
import type { Proposal } from './proposal.js';
import { titleRelations } from './title-relations.js';
import { triggerRelations } from './trigger-relations.js';
import type { CandidateRelationship, Endpoint } from './types.js';

/** Every relationship proposed from the sentences of `text`. */
export function proposeRelationships({
  text,
  sentences,
  endpoints,
  countryOf,
  publishedAt,
}: {
  text: string;
  sentences: readonly Sentence[];
  endpoints: readonly Endpoint[];
  /** The catalog's country for a demonym ("Peruvian" → peru), if it has one. */
  countryOf: (demonym: string) => string | undefined;
  /** The article's date, which relative dates in the text ("on Thursday") count from. */
  publishedAt?: string;
}): CandidateRelationship[] {
  void publishedAt;
  const out: CandidateRelationship[] = [];
  for (const s of sentences) {
    const inside = endpoints.filter((e) => e.start >= s.start && e.end <= s.end).sort((a, b) => a.start - b.start);
    const found = [...titleRelations({ text, inside, countryOf })];
    if (new Set(inside.map((e) => e.id)).size >= 2) found.push(...triggerRelations({ text, sentence: s, inside }));
    const best = new Map<string, Proposal>();
    for (const r of found) {
      const key = `${r.type} ${r.sourceId} ${r.targetId}`;
      if ((best.get(key)?.confidence ?? -1) < r.confidence) best.set(key, r);
    }
    for (const r of best.values()) out.push({ ...r, quote: text.slice(s.start, s.end), sentenceStart: s.start, sentenceEnd: s.end });
  }
  return out;
}
