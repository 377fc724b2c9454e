/**
 * Pure builders of step `relationships`' reads and writes: what the graph holds between the ends
 * of an ingest's claims, and the relationships it creates and rewrites. One text serves every
 * relationship type (the type is a parameter, checked against the vocabulary first), so Neo4j
 * plans each text once whatever the rows.
 */
import type { Query } from '../gateway.js';
import type { RelationType } from '../../domain/vocabulary.js';
import { keepEarliestKnownFrom, relType, type RelationshipRow } from './upsert-bundle.js';
import { setOfficeTextOfAnyType } from './search-keys.js';

/** A relationship to write, of any type: the row names it. */
export type RelationshipWrite = RelationshipRow & { type: RelationType; knownFrom: string | null };

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

/**
 * The statement lines that find the relationship `r` of id `row.id` from `row.source` to
 * `row.target`, between its two ends (so of any type, without a scan of a type's index).
 */
export const relationshipOfRow = `MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
CALL (s, t, row) { MATCH (s)-[r]->(t) WHERE r.id = row.id RETURN r }`;

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
