/**
 * The pure builder of step `entities`' one create: the entities an ingest adds, in one statement
 * whose text is a constant (the rows travel as a parameter).
 */
import type { Query } from '../gateway.js';
import type { NodeRow } from './upsert-bundle.js';
import { refreshOffices } from './search-keys.js';
import { refreshIdentifierKeys } from './identifier-keys.js';

/**
 * Creates entities that the graph did not hold when the ingest read it, with their identifier keys;
 * an id, or an identifier, the graph holds by now fails the statement.
 */
export function createEntities({ rows }: { rows: readonly NodeRow[] }): Query {
  return {
    cypher:
      `UNWIND $rows AS row CREATE (e:Entity {id: row.id}) SET e += row.props WITH e ${refreshOffices('e')} ` + refreshIdentifierKeys('e'),
    params: { rows },
  };
}
