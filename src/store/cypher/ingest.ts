/**
 * Pure builders of the reads and writes of an ingest (and of merges), all run inside its one
 * transaction. Every text is a constant or built from the closed vocabulary, never from the shape
 * of the input: rows travel as parameters, so Neo4j plans each text once.
 */
import type { Query } from '../gateway.js';
import type { RelationType } from '../../domain/vocabulary.js';
import {
  MERGE_EVIDENCE_ROW,
  keepEarliestKnownFrom,
  relType,
  type EvidenceRow,
  type NodeRow,
  type RelationshipRow,
} from './upsert-bundle.js';
import { isOffice, refreshOffices, setOfficeText, setOfficeTextOfAnyType } from './search-keys.js';
import { idsByType, relationshipsOfTypedIds } from './fragments.js';

/** A relationship to write, of any type: the row names it. */
export type RelationshipWrite = RelationshipRow & { type: RelationType; knownFrom: string | null };

/** The full-text index that finds entities by exact folded name, folded alias or merged id (schema/constraints.cypher). */
export const ENTITY_KEYS_INDEX = 'entity_keys';

/** The Lucene clauses of one query at most: Lucene refuses a query of more than 1024. */
const CLAUSES_PER_SEARCH = 256;

/** A Lucene term on one field of `entity_keys`: its keyword analyzer keeps the quoted value whole. */
const term = (field: 'nameKey' | 'aliasKeys' | 'mergedIds', value: string): string => `${field}:"${value.replace(/[\\"]/g, '\\$&')}"`;

/** The Lucene queries that find the entities holding any of these merged ids, or these keys as name or alias. */
export function keySearches({ ids, keys }: { ids: readonly string[]; keys: readonly string[] }): string[] {
  const clauses = [...new Set(ids)].map((id) => term('mergedIds', id));
  for (const k of new Set(keys)) clauses.push(term('nameKey', k), term('aliasKeys', k));
  const out: string[] = [];
  for (let i = 0; i < clauses.length; i += CLAUSES_PER_SEARCH) out.push(clauses.slice(i, i + CLAUSES_PER_SEARCH).join(' OR '));
  return out;
}

/**
 * The entities entity resolution needs for an input, with the fields it reads: those with one of
 * `ids` as id (a seek in the unique index) or as a merged id, and those whose folded name or alias
 * is one of `keys` (look-ups in the `entity_keys` full-text index, whose keyword analyzer indexes
 * each list element whole). Never the whole catalogue: at 1,858 entities, 48 db hits and one
 * index query for an article of six entities (twelve keys), where reading every entity took 13,007.
 */
export function resolutionCandidates({ ids, keys }: { ids: readonly string[]; keys: readonly string[] }): Query {
  return {
    cypher: `CALL () {
  UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e
  UNION
  UNWIND $searches AS search CALL db.index.fulltext.queryNodes('${ENTITY_KEYS_INDEX}', search) YIELD node RETURN node AS e
}
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases, coalesce(e.mergedIds, []) AS mergedIds, e.description AS description
ORDER BY id`,
    params: { ids: [...new Set(ids)], searches: keySearches({ ids, keys }) },
  };
}

/**
 * What resolve reads of the graph, in one statement: `articlesByIdOrUrl` (as `articles`) and
 * `resolutionCandidates` (as `entities`).
 */
export function inputLookups({
  articleIds,
  urls,
  ids,
  keys,
}: {
  articleIds: readonly string[];
  urls: readonly string[];
  ids: readonly string[];
  keys: readonly string[];
}): Query {
  return {
    cypher: `CALL () {
  CALL () {
    UNWIND $articleIds AS id MATCH (a:Article {id: id}) RETURN a
    UNION
    UNWIND $urls AS url MATCH (a:Article {url: url}) RETURN a
  }
  RETURN collect(a {.id, .url}) AS articles
}
CALL () {
  CALL () {
    UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e
    UNION
    UNWIND $searches AS search CALL db.index.fulltext.queryNodes('${ENTITY_KEYS_INDEX}', search) YIELD node RETURN node AS e
  }
  WITH e ORDER BY e.id
  RETURN collect(e {.id, .name, .type, aliases: coalesce(e.aliases, []), mergedIds: coalesce(e.mergedIds, []), .description}) AS entities
}
RETURN articles, entities`,
    params: { articleIds, urls, ids: [...new Set(ids)], searches: keySearches({ ids, keys }) },
  };
}

/**
 * The race check's reads after taking its locks, in one statement (see checkNoRace): the entities
 * holding one of `keys` as folded name or alias (as `entities`, with the fields resolution reads),
 * and the ids of the relationships between the ends of each pair (as `relationshipIds`).
 */
export function raceCheck({
  locks,
  keys,
  pairs,
}: {
  locks: readonly string[];
  keys: readonly string[];
  pairs: readonly { source: string; target: string; type: RelationType }[];
}): Query {
  return {
    cypher: `CALL () { UNWIND $locks AS key MERGE (l:IngestLock {key: key}) DELETE l }
CALL () {
  UNWIND $searches AS search CALL db.index.fulltext.queryNodes('${ENTITY_KEYS_INDEX}', search) YIELD node
  WITH DISTINCT node AS e
  RETURN collect(e {.id, .name, .type, aliases: coalesce(e.aliases, []), mergedIds: coalesce(e.mergedIds, [])}) AS entities
}
CALL () {
  UNWIND $pairs AS pair
  MATCH (s:Entity {id: pair.source})
  MATCH (t:Entity {id: pair.target})
  CALL (s, t, pair) { MATCH (s)-[r]->(t) WHERE type(r) = pair.type RETURN r }
  RETURN collect(r.id) AS relationshipIds
}
RETURN entities, relationshipIds`,
    params: {
      locks: [...new Set(locks)].sort(),
      searches: keySearches({ ids: [], keys }),
      pairs: pairs.map((p) => ({ ...p, type: relType(p.type) })),
    },
  };
}

/**
 * Existing articles with one of these ids or URLs: seeks in the id and URL indexes (5 db hits at 806 articles; an `OR` scanned every
 * article, 1,616).
 */
export function articlesByIdOrUrl({ ids, urls }: { ids: readonly string[]; urls: readonly string[] }): Query {
  return {
    cypher: `CALL () {
  UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a
  UNION
  UNWIND $urls AS url MATCH (a:Article {url: url}) RETURN a
}
RETURN a.id AS id, a.url AS url`,
    params: { ids, urls },
  };
}

/**
 * Takes, until the commit, the lock of each key (IngestLock's unique constraint locks the index
 * entry of a key a MERGE creates; the node is deleted at once, so none is ever committed): a write
 * locking a key another transaction holds waits for its commit. Keys in order, so that two writes
 * locking the same keys wait rather than deadlock.
 */
export function lockKeys({ keys }: { keys: readonly string[] }): Query {
  return { cypher: 'UNWIND $keys AS key MERGE (l:IngestLock {key: key}) DELETE l', params: { keys: [...new Set(keys)].sort() } };
}

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

/**
 * Every relationship from `source` to `target` of `type`, for each pair, with what tells whether
 * a claim overlaps it and whether it agrees (see planRelationships). Both ends are sought by id
 * and the relationships expanded between them, from the end with fewer (a pattern from one end
 * expanded a hub's every relationship: 745 db hits against 79 for three pairs at a hub).
 */
export function relationshipsBetween({ pairs }: { pairs: readonly { source: string; target: string; type: RelationType }[] }): Query {
  return {
    cypher: `UNWIND $pairs AS pair
MATCH (s:Entity {id: pair.source})
MATCH (t:Entity {id: pair.target})
CALL (s, t, pair) { MATCH (s)-[r]->(t) WHERE type(r) = pair.type RETURN r }
RETURN pair.source AS source, pair.target AS target, pair.type AS type, r.id AS id, r.status AS status, r.quantities AS quantities,
  r.topic AS topic, r.validStart AS validStart, r.validEnd AS validEnd
ORDER BY id`,
    params: { pairs: pairs.map((p) => ({ ...p, type: relType(p.type) })) },
  };
}

/** The relationship `r` of id `row.id` from `row.source` to `row.target`, found between its two ends. */
const relationshipOfRow = `MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
CALL (s, t, row) { MATCH (s)-[r]->(t) WHERE r.id = row.id RETURN r }`;

/**
 * Marks relationships DISPUTED, adding to `disputedBy` the relationships that dispute them (those
 * already there move to the end); each row names the relationship by id and its two ends.
 */
export function markDisputed({ rows }: { rows: readonly { id: string; source: string; target: string; by: readonly string[] }[] }): Query {
  return {
    cypher: `UNWIND $rows AS row
${relationshipOfRow}
SET r.status = 'DISPUTED',
    r.disputedBy = [x IN coalesce(r.disputedBy, []) WHERE NOT x IN row.by] + row.by`,
    params: { rows },
  };
}

/**
 * Sets `knownFrom` of relationship `r` (of id `row.id`) from all its evidence: the earliest
 * publication start of the articles it cites, the rule of src/domain/known-from.ts, computed here
 * because the graph holds evidence the write does not know.
 */
const KNOWN_FROM_OF_EVIDENCE = `OPTIONAL MATCH (ev:Evidence {relationshipId: row.id})-[:FROM]->(a:Article) USING INDEX SEEK ev:Evidence(relationshipId)
WITH r, min(a.publishedStart) AS known
SET r.knownFrom = known`;

/** `text` with every line after the first indented by two spaces, to sit inside a `CALL` block. */
const indented = (text: string): string => text.replaceAll('\n', '\n  ');

/** Recomputes `knownFrom` (earliest evidence publication) of relationships named by id and ends. */
export function refreshKnownFrom({ rows }: { rows: readonly { id: string; source: string; target: string }[] }): Query {
  return {
    cypher: `UNWIND $rows AS row
${relationshipOfRow}
${KNOWN_FROM_OF_EVIDENCE}`,
    params: { rows },
  };
}

/**
 * Writes the evidence rows (upsertEvidence) and then recomputes `knownFrom` of the `touched`
 * relationships from all their evidence (refreshKnownFrom), in one statement.
 */
export function writeEvidence({
  evidence,
  touched,
}: {
  evidence: readonly EvidenceRow[];
  touched: readonly { id: string; source: string; target: string }[];
}): Query {
  return {
    cypher: `CALL () {
  UNWIND $evidence AS row
  ${indented(MERGE_EVIDENCE_ROW)}
}
CALL () {
  UNWIND $touched AS row
  ${indented(relationshipOfRow)}
  ${indented(KNOWN_FROM_OF_EVIDENCE)}
}`,
    params: { evidence, touched: touched.map(({ id, source, target }) => ({ id, source, target })) },
  };
}

/** Creates entities that the graph did not hold when the ingest read it; an id it holds by now fails the statement. */
export function createEntities({ rows }: { rows: readonly NodeRow[] }): Query {
  return {
    cypher: `UNWIND $rows AS row CREATE (e:Entity {id: row.id}) SET e += row.props WITH e ${refreshOffices('e')}`,
    params: { rows },
  };
}

/**
 * Creates relationships of any types between existing entities, each row naming its type (checked
 * against the vocabulary here; a parameter in the text, so one text serves every type). A
 * relationship id the graph holds by now fails the statement on its type's uniqueness constraint:
 * another ingest wrote it after this one read the graph. Returns how many were written.
 */
export function createRelationships({ rows }: { rows: readonly RelationshipWrite[] }): Query {
  return {
    cypher: `UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
CREATE (s)-[r:$(row.type) {id: row.id}]->(t)
SET r += row.props,
    ${setOfficeTextOfAnyType('r', 't')},
    r.knownFrom = row.knownFrom
RETURN count(r) AS written`,
    params: { rows: rows.map((row) => ({ ...row, type: relType(row.type) })) },
  };
}

/**
 * Rewrites the properties of relationships the graph holds (any types, found between their ends).
 * `knownFrom` keeps the earliest date at which any evidence reported the relationship
 * (keepEarliestKnownFrom). Returns how many were written.
 */
export function updateRelationships({ rows }: { rows: readonly RelationshipWrite[] }): Query {
  return {
    cypher: `UNWIND $rows AS row
${relationshipOfRow}
SET r += row.props,
    ${setOfficeTextOfAnyType('r', 't')},
    ${keepEarliestKnownFrom('r', 'row')}
RETURN count(r) AS written`,
    params: { rows },
  };
}

/** Records an audit entry. */
export function createAudit({
  entry,
}: {
  entry: {
    id: string;
    action: string;
    at: string;
    keyId: string;
    articleIds: readonly string[];
    entityIds: readonly string[];
    summary: string;
    state: string | null;
  };
}): Query {
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
export function createRelationship({
  type,
  source,
  target,
  props,
}: {
  type: RelationType;
  source: string;
  target: string;
  props: Record<string, unknown>;
}): Query {
  return {
    cypher:
      `MATCH (s:Entity {id: $source}), (t:Entity {id: $target}) CREATE (s)-[r:${relType(type)}]->(t) SET r = ` +
      `$props${isOffice(type) ? `, ${setOfficeText('r', 't')}` : ''}`,
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
