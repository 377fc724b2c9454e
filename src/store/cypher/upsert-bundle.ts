/**
 * Pure builders of the batched `UNWIND … MERGE` writes that load article bundles. Values travel
 * only as parameters; the relationship type comes from the closed vocabulary.
 */
import type { Query } from '../gateway.js';
import type { EvidenceRow, NodeRow, RelationshipRow } from '../../domain/graph-rows.js';
import type { RelationType } from '../../domain/vocabulary.js';
import { asRelationType } from '../../domain/vocabulary.js';
import { isOffice, refreshOffices, setOfficeText } from './search-keys.js';
import { refreshIdentifierKeys } from './identifier-keys.js';

export type { EvidenceRow, NodeRow, RelationshipRow };

/** MERGE articles by id and set their properties. */
export function upsertArticles({ rows }: { rows: readonly NodeRow[] }): Query {
  return { cypher: 'UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row.props', params: { rows } };
}

/**
 * MERGE entities by id and set their properties; the office keys at each follow its names, its
 * identifier keys its identifiers (an identifier another entity holds fails the statement).
 */
export function upsertEntities({ rows }: { rows: readonly NodeRow[] }): Query {
  return {
    cypher:
      `UNWIND $rows AS row MERGE (e:Entity {id: row.id}) SET e += row.props WITH e ${refreshOffices('e')} ` + refreshIdentifierKeys('e'),
    params: { rows },
  };
}

/** Checks a relationship type against the vocabulary before it is written into Cypher. */
export function relType(type: string): RelationType {
  const t = asRelationType(type);
  if (!t) throw new Error(`Not a relation type of the vocabulary: ${type}`);
  return t;
}

/**
 * The `SET` item that keeps `knownFrom` of relationship `r` the earliest date any evidence reported
 * it: its own, or the one row `row` brings (the evidence the write adds, src/domain/known-from.ts)
 * when that is earlier. In the database because `r` may hold evidence the write does not know.
 */
export const keepEarliestKnownFrom = (r: string, row: string): string =>
  `${r}.knownFrom = CASE WHEN ${r}.knownFrom IS NULL OR (${row}.knownFrom IS NOT NULL AND ${row}.knownFrom < ${r}.knownFrom) THEN ` +
  `${row}.knownFrom ELSE ${r}.knownFrom END`;

/** The statement body that MERGEs evidence row `row` by id and links it to its article. */
export const MERGE_EVIDENCE_ROW = `MATCH (a:Article {id: row.articleId})
MERGE (e:Evidence {id: row.id})
SET e += row.props
MERGE (e)-[:FROM]->(a)`;

/**
 * MERGE relationships of one type by id between existing entities. `knownFrom` keeps the earliest
 * date at which any evidence reported the relationship (keepEarliestKnownFrom).
 */
export function upsertRelationships({
  type,
  rows,
}: {
  type: RelationType;
  rows: readonly (RelationshipRow & { knownFrom: string | null })[];
}): Query {
  return {
    cypher: `UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
MERGE (s)-[r:${relType(type)} {id: row.id}]->(t)
SET r += row.props,${isOffice(type) ? `\n    ${setOfficeText('r', 't')},` : ''}
    ${keepEarliestKnownFrom('r', 'row')}
RETURN count(r) AS written`,
    params: { rows },
  };
}

/** MERGE evidence nodes by id and link each to its article. */
export function upsertEvidence({ rows }: { rows: readonly EvidenceRow[] }): Query {
  return {
    cypher: `UNWIND $rows AS row
${MERGE_EVIDENCE_ROW}`,
    params: { rows },
  };
}
