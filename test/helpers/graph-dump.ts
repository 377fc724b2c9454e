/** The whole graph as plain data, for tests that check a write undone leaves it exactly as it was. */
import type { Store } from '../../src/store/gateway.js';

const sorted = (p: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(p).sort(([a], [b]) => a.localeCompare(b)));

/**
 * Every node but the audit trail and the content version's bookkeeping, and every relationship,
 * each with all its properties (keys sorted), in a stable order.
 */
export async function graphDump(store: Store): Promise<{ nodes: unknown[]; relationships: unknown[] }> {
  const [row] = await store.read({
    cypher: `CALL () {
  MATCH (n) WHERE NOT n:Audit AND NOT n:DataVersion
  WITH n ORDER BY labels(n)[0], n.id
  RETURN collect([labels(n), properties(n)]) AS nodes
}
CALL () {
  MATCH (s)-[r]->(t) WITH s, r, t ORDER BY type(r), coalesce(r.id, ''), s.id, t.id
  RETURN collect([type(r), s.id, t.id, properties(r)]) AS relationships
}
RETURN nodes, relationships`,
    params: {},
  });
  const r = row as { nodes: [string[], Record<string, unknown>][]; relationships: [string, string, string, Record<string, unknown>][] };
  return {
    nodes: r.nodes.map(([labels, p]) => [labels, sorted(p)]),
    relationships: r.relationships.map(([type, s, t, p]) => [type, s, t, sorted(p)]),
  };
}
