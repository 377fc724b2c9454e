/**
 * Pure builders of steps `articles` and `prior evidence` of an ingest: writing its articles, and
 * removing the claims a re-ingest of them replaces. Every text is a constant: rows and ids travel
 * as parameters, relationships are found through the index of their vocabulary type.
 */
import type { Query } from '../gateway.js';
import type { NodeRow } from './upsert-bundle.js';
import { idsByType, relationshipsOfTypedIds } from './fragments.js';

/**
 * Writes the articles (upsertArticles) and deletes the evidence items that cited them before
 * (deleteEvidenceOfArticles), in one statement; returns each deleted item's id and relationship.
 */
export function writeArticlesClearingEvidence({ rows, articleIds }: { rows: readonly NodeRow[]; articleIds: readonly string[] }): Query {
  return {
    cypher: `CALL () { UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row.props }
UNWIND $articleIds AS articleId
MATCH (ev:Evidence)-[:FROM]->(:Article {id: articleId})
WITH ev, ev.id AS id, ev.relationshipId AS relationshipId, ev.relationshipType AS type
DETACH DELETE ev
RETURN id, relationshipId, type`,
    params: { rows, articleIds },
  };
}

/** Deletes the evidence items that cite these articles; returns each one's id and relationship. */
export function deleteEvidenceOfArticles({ articleIds }: { articleIds: readonly string[] }): Query {
  return {
    cypher: `UNWIND $articleIds AS articleId
MATCH (ev:Evidence)-[:FROM]->(:Article {id: articleId})
WITH ev, ev.id AS id, ev.relationshipId AS relationshipId, ev.relationshipType AS type
DETACH DELETE ev
RETURN id, relationshipId, type`,
    params: { articleIds },
  };
}

/**
 * Deletes the relationships (any types) that no evidence supports any more. Returns every one of
 * them the graph holds: its id, type, ends and content hash, and whether it was deleted.
 */
export function deleteUnsupported({ relationships }: { relationships: readonly { id: string; type: string }[] }): Query {
  return {
    cypher: `${relationshipsOfTypedIds('ids')}
WITH r, r.id AS id, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target, r.contentHash AS contentHash,
  NOT EXISTS { MATCH (:Evidence {relationshipId: r.id}) } AS deleted
FOREACH (_ IN CASE WHEN deleted THEN [1] ELSE [] END | DELETE r)
RETURN id, type, source, target, contentHash, deleted`,
    params: { ids: idsByType(relationships) },
  };
}
