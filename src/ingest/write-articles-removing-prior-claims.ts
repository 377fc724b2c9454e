/**
 * Steps `articles` and `prior evidence` of an ingest (see ingestBundle): the articles written, and
 * the claims a re-ingest of them replaces removed.
 */
import type { Tx } from '../store/gateway.js';
import type { NodeRow } from '../store/cypher/upsert-bundle.js';
import { deleteUnsupported, writeArticlesClearingEvidence } from '../store/cypher/write-articles-clearing-evidence.js';

/** What step `prior evidence` removed. */
export interface PriorClaims {
  /** The evidence ids these articles had. */
  evidence: Set<string>;
  /** The relationships deleted, nothing supporting them any more. */
  removed: string[];
  /** Every relationship that lost evidence, with its ends (the deleted ones too). */
  relationships: { id: string; type: string; source: string; target: string }[];
  /** The content hashes of the deleted relationships, by `relationship:<id>`. */
  removedHashes: Map<string, string | null>;
}

/**
 * Steps `articles` and `prior evidence`: writes the articles (under the id of an existing article
 * with their URL) and, as a re-ingest replaces the articles' claims, deletes the evidence of these
 * articles, in one statement; then the relationships nothing else supports. Returns the removed
 * evidence ids and relationship ids. Two statements at most.
 */
export async function writeArticlesRemovingPriorClaims(
  tx: Tx,
  { articleIds, articleRows }: { articleIds: readonly string[]; articleRows: readonly NodeRow[] },
): Promise<PriorClaims> {
  const prior = await tx.run(writeArticlesClearingEvidence({ rows: articleRows, articleIds }));
  const evidence = new Set(prior.map((p) => p.id as string));
  if (prior.length === 0) return { evidence, removed: [], relationships: [], removedHashes: new Map() };
  const held = await tx.run(
    deleteUnsupported({ relationships: prior.map((p) => ({ id: p.relationshipId as string, type: p.type as string })) }),
  );
  const deleted = held.filter((r) => r.deleted === true);
  return {
    evidence,
    removed: deleted.map((r) => r.id as string),
    relationships: held.map((r) => ({
      id: r.id as string,
      type: r.type as string,
      source: r.source as string,
      target: r.target as string,
    })),
    removedHashes: new Map(deleted.map((r) => [`relationship:${r.id as string}`, (r.contentHash as string | null) ?? null])),
  };
}
