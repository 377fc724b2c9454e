/**
 * Pure builders of the statements a streamed export reads (src/export/export-source.ts), all in one
 * read transaction: entities, the articles the relationships cite (with the ingest that wrote each),
 * and relationships with their evidence, each sorted by id in Neo4j so that the exporting process
 * holds one batch of rows at a time, never the graph.
 *
 * Every statement works on a scope: the whole graph (`all`, with an optional relationship filter),
 * or the entities and relationships of a view by id (a subgraph, at most a few hundred of each).
 */
import type { Query } from '../gateway.js';
import {
  edgeCondition,
  edgeParams,
  idsByType,
  relationshipMap,
  relationshipsOfTypedIds,
  typePattern,
  type EdgeFilter,
} from './fragments.js';

/** What an export reads: the whole graph under a relationship filter, or entities and relationships by id. */
export type ExportScope =
  | { readonly kind: 'all'; readonly filter: EdgeFilter }
  | {
      readonly kind: 'ids';
      /** Entity ids as the graph holds them (merged ids already resolved). */
      readonly entityIds: readonly string[];
      /** Relationships by id and type (the type selects the index to seek in). */
      readonly relationships: readonly { id: string; type: string }[];
    };

/** Whether `filter` keeps every relationship (no type, status, as-of or window condition). */
export function keepsEverything(filter: EdgeFilter): boolean {
  return (!filter.types || filter.types.length === 0) && edgeCondition(filter) === 'true';
}

/** An entity node `e` as the export's entity row: the model's fields and its stored identifier keys. */
const ENTITY_ROW =
  'e {.id, .name, .type, aliases: coalesce(e.aliases, []), .description, mergedIds: coalesce(e.mergedIds, []), ' +
  'identifiers: coalesce(e.identifiers, [])} AS entity';

/** Every relationship between two entities that the filter keeps, as `r`. */
const allRelationships = (filter: EdgeFilter): string => `MATCH (:Entity)-[r${typePattern(filter.types)}]->(:Entity)
WHERE ${edgeCondition(filter)}`;

/**
 * The entities of the scope in id order, one row each (`entity`, with `identifiers` the stored
 * `SCHEME:value` keys). For `all`: every entity when the filter keeps every relationship (isolated
 * entities included); else the entities at an end of a relationship it keeps. The id order comes
 * from the unique index on Entity.id.
 */
export function exportEntities(scope: ExportScope): Query {
  if (scope.kind === 'ids') {
    return {
      cypher: `UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH DISTINCT e ORDER BY e.id
RETURN ${ENTITY_ROW}`,
      params: { ids: scope.entityIds },
    };
  }
  if (keepsEverything(scope.filter)) {
    return { cypher: `MATCH (e:Entity) WHERE e.id IS NOT NULL\nWITH e ORDER BY e.id\nRETURN ${ENTITY_ROW}`, params: {} };
  }
  return {
    cypher: `MATCH (e:Entity) WHERE e.id IS NOT NULL
  AND EXISTS { MATCH (e)-[r${typePattern(scope.filter.types)}]-(:Entity) WHERE ${edgeCondition(scope.filter)} }
WITH e ORDER BY e.id
RETURN ${ENTITY_ROW}`,
    params: edgeParams(scope.filter),
  };
}

/**
 * The articles the scope's relationships cite, in id order, one row each: `article` (the model's
 * fields) and `ingest`, the latest INGEST audit entry naming the article that was not undone
 * (`{auditId, at, keyId}`, latest by time then id), or null. Audit entries are read in one pass and
 * grouped by article with the articles in Neo4j (a list property has no index: a look-up per article
 * would scan the log once per article).
 */
export function exportArticles(scope: ExportScope): Query {
  const cited =
    scope.kind === 'ids'
      ? `  UNWIND $relationshipIds AS rid
  MATCH (:Evidence {relationshipId: rid})-[:FROM]->(a:Article)`
      : `  ${allRelationships(scope.filter).replaceAll('\n', '\n  ')}
  MATCH (:Evidence {relationshipId: r.id})-[:FROM]->(a:Article)`;
  return {
    cypher: `CALL () {
${cited}
  WITH DISTINCT a
  RETURN a.id AS aid, a AS article, null AS entry
  UNION ALL
  MATCH (x:Audit {action: 'INGEST'}) WHERE x.undone IS NULL OR x.undone = false
  UNWIND x.articleIds AS aid
  RETURN aid, null AS article, x AS entry
}
WITH aid, collect(article) AS found, collect(entry) AS entries
WHERE size(found) > 0
WITH head(found) AS a,
     reduce(latest = null, x IN entries | CASE WHEN latest IS NULL OR x.at > latest.at OR (x.at = latest.at AND x.id > latest.id)
       THEN x ELSE latest END) AS x
RETURN a {.id, .title, .source, .url, .publishedAt, .language, .note} AS article,
       CASE WHEN x IS NULL THEN null ELSE {auditId: x.id, at: x.at, keyId: x.keyId} END AS ingest
ORDER BY article.id`,
    params: scope.kind === 'ids' ? { relationshipIds: scope.relationships.map((r) => r.id) } : edgeParams(scope.filter),
  };
}

/**
 * The scope's relationships in id order, one row each: `rel` (the model's map, quantities still
 * JSON) and `evidence`, its evidence items in evidence id order, each with the fields of its article
 * that the older formats repeat inline.
 */
export function exportRelationships(scope: ExportScope): Query {
  const source = scope.kind === 'ids' ? relationshipsOfTypedIds('ids') : allRelationships(scope.filter);
  return {
    cypher: `${source}
WITH r ORDER BY r.id
RETURN ${relationshipMap('r')} AS rel,
  COLLECT {
    MATCH (ev:Evidence {relationshipId: r.id})-[:FROM]->(a:Article)
    WITH ev, a ORDER BY ev.id
    RETURN {id: ev.id, quote: ev.quote, articleId: a.id, articleSource: a.source, articleUrl: a.url, publishedAt: a.publishedAt}
  } AS evidence`,
    params: scope.kind === 'ids' ? { ids: idsByType(scope.relationships) } : edgeParams(scope.filter),
  };
}
