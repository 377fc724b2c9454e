/**
 * Pure builders of the evidence an ingest writes and of `knownFrom`, which follows from all the
 * evidence of a relationship: the rule of src/domain/known-from.ts, computed in the database
 * because the graph holds evidence the write does not know. Texts are constants; rows travel as
 * parameters.
 */
import type { Query } from '../gateway.js';
import { MERGE_EVIDENCE_ROW, type EvidenceRow } from './upsert-bundle.js';
import { relationshipOfRow } from './create-relationships.js';

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
