/** Pure builders of the reads and writes of an ingest, all run inside its one transaction. */
import type { Query } from '../gateway.js';
import type { RelationType } from '../../domain/vocabulary.js';
import { relType } from './upsert-bundle.js';
import { isOffice, refreshOffices, setOfficeText } from './search-keys.js';

/** Every entity with the fields entity resolution needs. */
export function resolutionCatalog(): Query {
  return {
    cypher: 'MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases, coalesce(e.mergedIds, []) AS mergedIds, e.description AS description',
    params: {},
  };
}

/** Existing articles with any of these ids or URLs. */
export function articlesByIdOrUrl({ ids, urls }: { ids: readonly string[]; urls: readonly string[] }): Query {
  return {
    cypher: 'MATCH (a:Article) WHERE a.id IN $ids OR (a.url IS NOT NULL AND a.url IN $urls) RETURN a.id AS id, a.url AS url',
    params: { ids, urls },
  };
}

/** The evidence items that cite these articles. */
export function evidenceOfArticles({ articleIds }: { articleIds: readonly string[] }): Query {
  return {
    cypher: `MATCH (ev:Evidence)-[:FROM]->(a:Article) WHERE a.id IN $articleIds
RETURN ev.id AS id, ev.relationshipId AS relationshipId, ev.relationshipType AS type`,
    params: { articleIds },
  };
}

/** Deletes evidence items by id. */
export function deleteEvidence({ ids }: { ids: readonly string[] }): Query {
  return { cypher: 'UNWIND $ids AS id MATCH (ev:Evidence {id: id}) DETACH DELETE ev', params: { ids } };
}

/** Deletes relationships of one type that no evidence supports any more; returns their ids. */
export function deleteUnsupported({ type, ids }: { type: RelationType; ids: readonly string[] }): Query {
  return {
    cypher: `UNWIND $ids AS id
MATCH ()-[r:${relType(type)} {id: id}]->()
WHERE NOT EXISTS { MATCH (:Evidence {relationshipId: id}) }
DELETE r
RETURN id`,
    params: { ids },
  };
}

/**
 * Existing relationships of one type between the same endpoints whose valid time overlaps each
 * row's (open ends overlap everything), with what tells a corroboration from a contradiction.
 */
export function overlapping({ type, rows }: { type: RelationType; rows: readonly { key: number; source: string; target: string; topic: string | null; validStart: string | null; validEnd: string | null }[] }): Query {
  return {
    cypher: `UNWIND $rows AS row
MATCH (:Entity {id: row.source})-[r:${relType(type)}]->(:Entity {id: row.target})
WHERE (row.topic IS NULL OR r.topic IS NULL OR toLower(r.topic) = toLower(row.topic))
  AND (row.validStart IS NULL OR r.validEnd IS NULL OR r.validEnd >= row.validStart)
  AND (row.validEnd IS NULL OR r.validStart IS NULL OR r.validStart <= row.validEnd)
RETURN row.key AS key, r.id AS id, r.status AS status, r.quantities AS quantities, r.topic AS topic, r.validFrom AS validFrom, r.validTo AS validTo
ORDER BY key, id`,
    params: { rows },
  };
}

/** Marks relationships of one type DISPUTED, recording which relationships dispute them. */
export function markDisputed({ type, rows }: { type: RelationType; rows: readonly { id: string; by: readonly string[] }[] }): Query {
  return {
    cypher: `UNWIND $rows AS row
MATCH ()-[r:${relType(type)} {id: row.id}]->()
SET r.status = 'DISPUTED',
    r.disputedBy = [x IN coalesce(r.disputedBy, []) WHERE NOT x IN row.by] + row.by`,
    params: { rows },
  };
}

/** Recomputes `knownFrom` (earliest evidence publication) of relationships of one type. */
export function refreshKnownFrom({ type, ids }: { type: RelationType; ids: readonly string[] }): Query {
  return {
    cypher: `UNWIND $ids AS id
MATCH ()-[r:${relType(type)} {id: id}]->()
OPTIONAL MATCH (ev:Evidence {relationshipId: id})-[:FROM]->(a:Article)
WITH r, min(a.publishedStart) AS known
SET r.knownFrom = known`,
    params: { ids },
  };
}

/** Records an audit entry. */
export function createAudit({ entry }: { entry: { id: string; action: string; at: string; keyId: string; articleIds: readonly string[]; entityIds: readonly string[]; summary: string; state: string | null } }): Query {
  return { cypher: 'CREATE (x:Audit) SET x = $entry, x.undone = false', params: { entry } };
}

/** An entity's full property map, or nothing. */
export function entityProperties({ id }: { id: string }): Query {
  return { cypher: 'MATCH (e:Entity {id: $id}) RETURN properties(e) AS props', params: { id } };
}

/** Every relationship touching an entity, with endpoints and all properties. */
export function relationshipsTouching({ id }: { id: string }): Query {
  return {
    cypher: `MATCH (:Entity {id: $id})-[r]-(:Entity)
RETURN DISTINCT type(r) AS type, r.id AS id, startNode(r).id AS source, endNode(r).id AS target, properties(r) AS props
ORDER BY id`,
    params: { id },
  };
}

/** Deletes a relationship of one type by id. */
export function deleteRelationship({ type, id }: { type: RelationType; id: string }): Query {
  return { cypher: `MATCH ()-[r:${relType(type)} {id: $id}]->() DELETE r`, params: { id } };
}

/** Creates a relationship of one type with exactly these properties. */
export function createRelationship({ type, source, target, props }: { type: RelationType; source: string; target: string; props: Record<string, unknown> }): Query {
  return {
    cypher: `MATCH (s:Entity {id: $source}), (t:Entity {id: $target}) CREATE (s)-[r:${relType(type)}]->(t) SET r = $props${isOffice(type) ? `, ${setOfficeText('r', 't')}` : ''}`,
    params: { source, target, props },
  };
}

/** Replaces all properties of an entity (creating it when absent); the office keys at it follow its names. */
export function putEntity({ id, props }: { id: string; props: Record<string, unknown> }): Query {
  return { cypher: `MERGE (e:Entity {id: $id}) SET e = $props WITH e ${refreshOffices('e')}`, params: { id, props } };
}

/** Deletes an entity (its relationships must be gone or moved). */
export function deleteEntity({ id }: { id: string }): Query {
  return { cypher: 'MATCH (e:Entity {id: $id}) DETACH DELETE e', params: { id } };
}

/** One audit entry by id. */
export function auditById({ id }: { id: string }): Query {
  return { cypher: 'MATCH (x:Audit {id: $id}) RETURN properties(x) AS entry', params: { id } };
}

/** Marks an audit entry undone. */
export function markUndone({ id }: { id: string }): Query {
  return { cypher: 'MATCH (x:Audit {id: $id}) SET x.undone = true', params: { id } };
}

/** A page of audit entries, newest first (keyset on time, id), with the total. */
export function listAudit({ action, after, limit }: { action: string | null; after: [string, string] | null; limit: number }): Query {
  return {
    cypher: `CALL () { MATCH (x:Audit) WHERE $action IS NULL OR x.action = $action RETURN count(x) AS total }
CALL () {
  MATCH (x:Audit) WHERE ($action IS NULL OR x.action = $action)
    AND ($afterAt IS NULL OR x.at < $afterAt OR (x.at = $afterAt AND x.id > $afterId))
  WITH x ORDER BY x.at DESC, x.id LIMIT $limit
  RETURN collect(x {.id, .action, .at, .keyId, .articleIds, .entityIds, .summary, .undone}) AS page
}
RETURN total, page`,
    params: { action, afterAt: after?.[0] ?? null, afterId: after?.[1] ?? null, limit },
  };
}
