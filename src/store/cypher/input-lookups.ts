/**
 * Pure builders of step `resolve`'s reads: the articles and entities an ingest input names, found
 * through indexes (never the whole catalogue). Every text is a constant: ids, URLs and the Lucene
 * look-ups travel as parameters, so Neo4j plans each text once.
 */
import type { Query } from '../gateway.js';

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

/** The union branch yielding `e` for each entity holding one of `$identifierKeys` (src/store/cypher/identifier-keys.ts). */
const BY_IDENTIFIER = 'UNWIND $identifierKeys AS key MATCH (k:IdentifierKey {key: key}) MATCH (e:Entity {id: k.entityId}) RETURN e';

/**
 * The entities entity resolution needs for an input, with the fields it reads: those with one of
 * `ids` as id (a seek in the unique index) or as a merged id, those holding one of `identifierKeys`
 * (a seek in the IdentifierKey index, then in the entity id index), and those whose folded name or alias
 * is one of `keys` (look-ups in the `entity_keys` full-text index, whose keyword analyzer indexes
 * each list element whole). Never the whole catalogue: at 1,858 entities, 48 db hits and one
 * index query for an article of six entities (twelve keys), where reading every entity took 13,007.
 */
export function resolutionCandidates({
  ids,
  keys,
  identifierKeys = [],
}: {
  ids: readonly string[];
  keys: readonly string[];
  /** Identifier keys (`SCHEME:value`): the entities holding them, each a seek in the IdentifierKey index; default none. */
  identifierKeys?: readonly string[];
}): Query {
  return {
    cypher: `CALL () {
  UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e
  UNION
  UNWIND $searches AS search CALL db.index.fulltext.queryNodes('${ENTITY_KEYS_INDEX}', search) YIELD node RETURN node AS e
  UNION
  ${BY_IDENTIFIER}
}
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases, coalesce(e.mergedIds, []) AS mergedIds,
  coalesce(e.identifiers, []) AS identifiers, e.description AS description
ORDER BY id`,
    params: { ids: [...new Set(ids)], searches: keySearches({ ids, keys }), identifierKeys: [...new Set(identifierKeys)].sort() },
  };
}

/**
 * What resolve reads of the graph, in one statement: `articlesByIdOrUrl` (as `articles`),
 * `resolutionCandidates` (as `entities`, identifiers too), and the ids that would share Query.node's id space with
 * another kind of node: the input's article ids that entities hold as id or merged id
 * (`articleIdsOfEntities`), and its entity ids that articles hold (`entityIdsOfArticles`).
 */
export function inputLookups({
  articleIds,
  urls,
  ids,
  keys,
  identifierKeys = [],
  entityIds,
}: {
  articleIds: readonly string[];
  urls: readonly string[];
  ids: readonly string[];
  keys: readonly string[];
  /** The input's identifier keys (`SCHEME:value`); default none. */
  identifierKeys?: readonly string[];
  /** The ids (and merged ids) the input declares for entities, looked up among articles' ids. */
  entityIds: readonly string[];
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
    UNION
    ${BY_IDENTIFIER}
  }
  WITH e ORDER BY e.id
  RETURN collect(e {.id, .name, .type, aliases: coalesce(e.aliases, []), mergedIds: coalesce(e.mergedIds, []),
    identifiers: coalesce(e.identifiers, []), .description}) AS entities
}
CALL () {
  CALL () {
    UNWIND $articleIds AS id MATCH (:Entity {id: id}) RETURN id
    UNION
    UNWIND $articleIdSearches AS search CALL db.index.fulltext.queryNodes('${ENTITY_KEYS_INDEX}', search) YIELD node
    UNWIND node.mergedIds AS id WITH id WHERE id IN $articleIds RETURN id
  }
  RETURN collect(id) AS articleIdsOfEntities
}
CALL () {
  UNWIND $entityIds AS id MATCH (:Article {id: id}) RETURN collect(id) AS entityIdsOfArticles
}
RETURN articles, entities, articleIdsOfEntities, entityIdsOfArticles`,
    params: {
      articleIds,
      urls,
      ids: [...new Set(ids)],
      searches: keySearches({ ids, keys }),
      identifierKeys: [...new Set(identifierKeys)].sort(),
      articleIdSearches: keySearches({ ids: articleIds, keys: [] }),
      entityIds: [...new Set(entityIds)],
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
