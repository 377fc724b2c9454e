/**
 * Pure builders of the reads that export the whole graph as article files, and of the delete that
 * a restore starts with. Content only: audit entries and bookkeeping (`recordedBy`, derived keys and
 * intervals) stay out; seeding the files derives them again.
 */
import type { Query } from '../gateway.js';

/** Every article's own fields, in id order. */
export function snapshotArticles(): Query {
  return {
    cypher: 'MATCH (a:Article) RETURN a {.id, .title, .source, .url, .publishedAt, .language, .note} AS article ORDER BY a.id',
    params: {},
  };
}

/** Every entity's own fields, in id order. */
export function snapshotEntities(): Query {
  return {
    cypher: 'MATCH (e:Entity) RETURN e {.id, .name, .type, .aliases, .description, .mergedIds, .identifiers} AS entity ORDER BY e.id',
    params: {},
  };
}

/** Every relationship between entities with its endpoints and its claim fields, in id order. */
export function snapshotRelationships(): Query {
  return {
    cypher: `MATCH (s:Entity)-[r]->(t:Entity)
RETURN r.id AS id, type(r) AS type, s.id AS source, t.id AS target,
       r {.topic, .role, .validFrom, .validTo, .status, .reportedStatus, .disputedBy, .quantities, .note} AS props
ORDER BY id`,
    params: {},
  };
}

/** Every evidence item: the relationship it supports, its article and quote. */
export function snapshotEvidence(): Query {
  return {
    cypher: `MATCH (v:Evidence)-[:FROM]->(a:Article)
RETURN v.relationshipId AS relationshipId, a.id AS article, v.quote AS quote
ORDER BY relationshipId, article, quote`,
    params: {},
  };
}

/**
 * Deletes every entity (with its identifier keys), article and evidence item (and so every relationship) in batches of
 * bounded transactions; audit entries stay. Run it in an auto-commit transaction (Store.schema).
 */
export function deleteContent(): Query {
  return {
    cypher:
      'MATCH (n) WHERE n:Entity OR n:Article OR n:Evidence OR n:IdentifierKey CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS',
    params: {},
  };
}
