/** The shapes of a text analysis (see `analyzeText`). All offsets are UTF-16 offsets into the original text. */
import type { EntityType, RelationType } from '../domain/vocabulary.js';
import type { ArticleDraft } from './draft.js';
import type { Sentence } from './nlp.js';

/** One entity of the catalog the text is matched against. */
export interface CatalogEntity {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly aliases: readonly string[];
}

/** An occurrence of a known entity's name or alias: `text` is `original.slice(start, end)`. */
export interface Mention {
  entityId: string;
  /** The name or alias (as written in the catalog) that matched. */
  matched: string;
  start: number;
  end: number;
  text: string;
}

/** A person, organisation or place that is not in the catalog. */
export interface CandidateEntity {
  /** A suggested slug id, made from the surface text. */
  id: string;
  text: string;
  type: EntityType;
  start: number;
  end: number;
}

/** One end of a candidate relationship: a known entity or a candidate entity. */
export type Endpoint =
  | { kind: 'known'; id: string; type: string; start: number; end: number }
  | { kind: 'candidate'; id: string; type: string; start: number; end: number };

/** A relationship proposed from one sentence that names both ends and a trigger. */
export interface CandidateRelationship {
  type: RelationType;
  /** Known entity id, or the suggested id of a candidate entity (then `sourceIsCandidate`). */
  sourceId: string;
  targetId: string;
  sourceIsCandidate: boolean;
  targetIsCandidate: boolean;
  /** Where each end is named (for a country known only from a demonym, the demonym). */
  sourceStart: number;
  sourceEnd: number;
  targetStart: number;
  targetEnd: number;
  /** The trigger phrase as written in the text, and where. */
  trigger: string;
  triggerStart: number;
  triggerEnd: number;
  /** The sentence, verbatim: `original.slice(sentenceStart, sentenceEnd)`. */
  quote: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** 0–1: how sure the heuristic is (trigger strength, type fit, distance). */
  confidence: number;
  /** The date the sentence states for the relationship, as a partial ISO date (`2024`, `2024-06`, `2024-06-14`); null when none. */
  validFrom: string | null;
  /** The amounts the sentence states for the relationship (a price, a share), in text order. */
  quantities: Quantity[];
}

/** An amount a sentence states: "60%" is 60 '%', "$1.3bn" is 1300000000 'USD'. */
export interface Quantity {
  value: number;
  unit: string;
}

/** What a curator knows of the article a text comes from; every field may be absent. */
export interface ArticleMeta {
  id?: string | null;
  title?: string | null;
  source?: string | null;
  url?: string | null;
  /** A partial ISO date: what "on Thursday" or "in March" in the text is relative to. */
  publishedAt?: string | null;
  language?: string | null;
}

/** What `analyzeText` finds in a text; it never writes anything. */
export interface TextAnalysis {
  mentions: Mention[];
  candidateEntities: CandidateEntity[];
  candidateRelationships: CandidateRelationship[];
  /** All of it as an ingest input (`ArticleInput`) for the analysed text: see `draft`. */
  draft: ArticleDraft;
}

/** What a reader of one sentence's relations works on: the text, the sentence, and its endpoints (sorted by start). */
export interface SentenceEndpoints {
  text: string;
  sentence: Sentence;
  inside: readonly Endpoint[];
}

/** What a reader of a text's descriptions and pronouns works on: the text, its sentences, the endpoints found in it. */
export interface TextEndpoints {
  text: string;
  sentences: readonly Sentence[];
  endpoints: readonly Endpoint[];
}
