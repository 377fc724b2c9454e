/**
 * PageRank over an edge list (undirected, as influence in an actor network flows both ways),
 * computed in process by power iteration. Scores sum to 1.
 */
export function pageRank(
  edges: readonly (readonly [string, string])[],
  { damping = 0.85, iterations = 50, tolerance = 1e-9 } = {},
): Map<string, number> {
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string): void => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const [s, t] of edges) {
    link(s, t);
    link(t, s);
  }
  const nodes = [...neighbours.keys()];
  const n = nodes.length;
  if (n === 0) return new Map();
  let rank = new Map(nodes.map((id) => [id, 1 / n]));
  for (let i = 0; i < iterations; i++) {
    const next = new Map(nodes.map((id) => [id, (1 - damping) / n]));
    for (const [id, list] of neighbours) {
      const share = (damping * rank.get(id)!) / list.length;
      for (const m of list) next.set(m, next.get(m)! + share);
    }
    let delta = 0;
    for (const id of nodes) delta += Math.abs(next.get(id)! - rank.get(id)!);
    rank = next;
    if (delta < tolerance) break;
  }
  return rank;
}
