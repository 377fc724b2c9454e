/** Deterministic ids, so re-seeding and re-ingesting keep them and shared links stay valid. */
import { createHash } from 'node:crypto';
import type { RelationType } from './vocabulary.js';
import { normalizeQuote } from './text.js';

const digest = (parts: readonly (string | null | undefined)[]): string =>
  createHash('sha256')
    .update(parts.map((p) => p ?? '').join('\u241f'))
    .digest('hex')
    .slice(0, 16);

/** The key fields that identify a relationship. */
export interface RelationshipKey {
  type: RelationType;
  source: string;
  target: string;
  validFrom: string | null;
  validTo: string | null;
  topic: string | null;
}

/**
 * A relationship id: its type in lower case, then a hash of endpoints, type, valid time and topic,
 * e.g. `signed-3f9a0c1d2e4b5a6f`. The prefix lets a lookup by id use the type's index.
 */
export function relationshipId(k: RelationshipKey): string {
  return `${k.type.toLowerCase()}-${digest([k.source, k.type, k.target, k.validFrom, k.validTo, k.topic?.toLowerCase()])}`;
}

/** An evidence id: a hash of relationship, article and whitespace/quote-style-normalised quote. */
export function evidenceId(relId: string, articleId: string, quote: string): string {
  return `ev-${digest([relId, articleId, normalizeQuote(quote)])}`;
}
