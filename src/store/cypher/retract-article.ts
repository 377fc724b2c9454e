/**
 * Pure builders of a retraction's own reads and writes (src/ingest/retract-article.ts): the
 * article with its evidence, the relationships and entities it touches as they stand (whole
 * property maps, which the RETRACT entry keeps for its undo), the entities left with no
 * relationship, and the deletes. Every text is a constant: ids travel as parameters, relationships
 * are found through the index of their vocabulary type or between their ends.
 */
import type { Query } from '../gateway.js';
import { idsByType, relationshipsOfTypedIds } from './fragments.js';
import { relType } from './upsert-bundle.js';
import { deleteIdentifierKeys } from './identifier-keys.js';

/**
 * The article (all its properties) and every evidence item citing it (all its properties), in
 * evidence id order; no row when the graph has no such article.
 */
export function articleWithEvidence({ id }: { id: string }): Query {
  return {
    cypher: `MATCH (a:Article {id: $id})
CALL (a) {
  OPTIONAL MATCH (ev:Evidence)-[:FROM]->(a)
  WITH ev ORDER BY ev.id
  RETURN collect(properties(ev)) AS evidence
}
RETURN properties(a) AS article, evidence`,
    params: { id },
  };
}

/**
 * The relationships (any types, by typed id) with their type, ends and all properties, and whether
 * evidence citing another article than `articleId` supports them (`elsewhere`), in id order.
 */
export function relationshipStates({
  relationships,
  articleId,
}: {
  relationships: readonly { id: string; type: string }[];
  articleId: string;
}): Query {
  return {
    cypher: `${relationshipsOfTypedIds('ids')}
RETURN type(r) AS type, r.id AS id, startNode(r).id AS source, endNode(r).id AS target, properties(r) AS props,
  EXISTS { MATCH (:Evidence {relationshipId: r.id})-[:FROM]->(other:Article) WHERE other.id <> $articleId } AS elsewhere
ORDER BY id`,
    params: { ids: idsByType(relationships), articleId },
  };
}

/**
 * The relationships that list one of `deleted` (id, type, ends) in `disputedBy` — of its type,
 * between its ends, the only ones a claim disputes — but are not among them, with all their
 * properties, in id order: those whose disputes a retraction ends (endDisputes).
 */
export function disputePartners({ deleted }: { deleted: readonly { id: string; type: string; source: string; target: string }[] }): Query {
  return {
    cypher: `UNWIND $deleted AS d
MATCH (s:Entity {id: d.source})
MATCH (t:Entity {id: d.target})
CALL (s, t, d) { MATCH (s)-[r]->(t) WHERE type(r) = d.type AND d.id IN coalesce(r.disputedBy, []) RETURN r }
WITH DISTINCT r WHERE NOT r.id IN $deletedIds
RETURN type(r) AS type, r.id AS id, startNode(r).id AS source, endNode(r).id AS target, properties(r) AS props
ORDER BY id`,
    params: {
      deleted: deleted.map(({ id, type, source, target }) => ({ id, type: relType(type), source, target })),
      deletedIds: deleted.map((d) => d.id),
    },
  };
}

/** The entities of these ids the graph holds, with all their properties, in id order. */
export function entityStates({ ids }: { ids: readonly string[] }): Query {
  return {
    cypher: 'UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN id, properties(e) AS props ORDER BY id',
    params: { ids: [...new Set(ids)] },
  };
}

/** Deletes an article node (its evidence must be gone). */
export function deleteArticle({ id }: { id: string }): Query {
  return { cypher: 'MATCH (a:Article {id: $id}) DETACH DELETE a', params: { id } };
}

/** The ids of the entities of these ids the graph holds that have no relationship, in id order. */
export function orphansAmong({ ids }: { ids: readonly string[] }): Query {
  return {
    cypher: 'UNWIND $ids AS id MATCH (e:Entity {id: id}) WHERE NOT EXISTS { (e)--() } RETURN id ORDER BY id',
    params: { ids: [...new Set(ids)] },
  };
}

/** Deletes entities that have no relationship (their search keys are their own properties, and go with them). */
export function deleteOrphans({ ids }: { ids: readonly string[] }): Query {
  return {
    cypher:
      `UNWIND $ids AS id MATCH (e:Entity {id: id}) WHERE NOT EXISTS { (e)--() } ${deleteIdentifierKeys('e')} ` +
      'DELETE e RETURN count(e) AS deleted',
    params: { ids },
  };
}
