/**
 * Pure builders of the locks an ingest (or a merge) takes and of the race check's reads, run in
 * its one transaction. Every text is a constant: keys, look-ups and pairs travel as parameters,
 * the relationship types checked against the vocabulary first.
 */
import type { Query } from '../gateway.js';
import type { RelationType } from '../../domain/vocabulary.js';
import { relType } from './upsert-bundle.js';
import { ENTITY_KEYS_INDEX, keySearches } from './input-lookups.js';

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
  RETURN collect(e {.id, .name, .type, aliases: coalesce(e.aliases, []), mergedIds: coalesce(e.mergedIds, []), identifiers: coalesce(e.identifiers, [])}) AS entities
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
 * Takes, until the commit, the lock of each key (IngestLock's unique constraint locks the index
 * entry of a key a MERGE creates; the node is deleted at once, so none is ever committed): a write
 * locking a key another transaction holds waits for its commit. Keys in order, so that two writes
 * locking the same keys wait rather than deadlock.
 */
export function lockKeys({ keys }: { keys: readonly string[] }): Query {
  return { cypher: 'UNWIND $keys AS key MERGE (l:IngestLock {key: key}) DELETE l', params: { keys: [...new Set(keys)].sort() } };
}
