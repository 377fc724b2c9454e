/**
 * The shape of one annotated article of the evaluation corpus (see README.md in this folder for how
 * to annotate and how matches are scored).
 */
import type { RelationType } from '../../../src/domain/vocabulary.js';

/** A relationship a careful reader records from the text. */
export interface CorpusRelationship {
  type: RelationType;
  /** Known-entity id (test/analyze/fixtures.ts CATALOG) or new-actor id (see README.md). */
  source: string;
  target: string;
  /** The sentence of the text that states it, counted from 1. */
  sentence: number;
  /** The valid time the sentence states, as a partial date (`2024`, `2024-06`, `2024-06-14`); absent when it states none. */
  validFrom?: string;
  /** The amounts the sentence states for this relationship (a price, a share); absent when it states none. */
  quantities?: { value: number; unit: string }[];
}

/** One short news-style article, its entities marked inline, its relationships listed. */
export interface CorpusArticle {
  /** Unique in the corpus. */
  name: string;
  language: 'en' | 'es';
  /** The article's date (YYYY-MM-DD): what "on Monday" or "last year" is relative to. */
  publishedAt: string;
  /** The text with every entity mention marked (README.md, "Marking entities"). */
  annotated: string;
  relationships: CorpusRelationship[];
}
