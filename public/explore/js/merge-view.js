/**
 * One view from what was loaded: the focus's neighbourhood, the expanded ones and the chosen path,
 * without a relationship whose ends are not both in view. Pure: it touches no page.
 */
import { alternatives } from './path-finder.js';

/**
 * @typedef {{ nodes: Map<string, any>, edges: Map<string, any>, path: { nodes: string[], edges: string[] } | null }} View
 */

/**
 * Merges the neighbourhoods and the chosen path into one view.
 * @param {{ focusHood: any, expandedHoods: any[], paths: any, expand: string[], pathIndex: number }} loaded `expandedHoods[i]`
 *   is the neighbourhood of `expand[i]`, null when it failed; `paths` is null when no path is asked for
 * @returns {View & {
 *   expand: string[], pathIndex: number, truncated: boolean,
 *   pathResult: { from: any, to: any, paths: any[], index: number } | null,
 * }} `expand` without the actors whose neighbourhood failed; `pathIndex` within the alternatives; `truncated`: some
 *   neighbourhood was cut at the number of relationships asked; `pathResult`: what the path finder shows
 */
export function mergeView({ focusHood, expandedHoods, paths, expand, pathIndex }) {
  /** @type {View} */
  const view = { nodes: new Map(), edges: new Map(), path: null };
  const hoods = focusHood ? [focusHood, ...expandedHoods] : [];
  for (const hood of hoods.filter(Boolean)) {
    for (const n of hood.nodes) view.nodes.set(n.id, n);
    for (const r of hood.relationships) view.edges.set(r.id, r);
  }
  let index = pathIndex;
  /** @type {any} */
  let pathResult = null;
  if (paths) {
    const list = alternatives(paths.shortestPath, paths.paths);
    index = Math.min(index, Math.max(0, list.length - 1));
    const p = list[index];
    if (p) {
      for (const n of p.nodes) view.nodes.set(n.id, n);
      for (const s of p.steps) view.edges.set(s.relationship.id, s.relationship);
      view.path = { nodes: p.nodes.map((/** @type {any} */ n) => n.id), edges: p.steps.map((/** @type {any} */ s) => s.relationship.id) };
    }
    pathResult = { from: paths.fromEntity, to: paths.toEntity, paths: list, index };
  }
  for (const [id, e] of view.edges) if (!view.nodes.has(e.source.id) || !view.nodes.has(e.target.id)) view.edges.delete(id);
  return {
    ...view,
    expand: expand.filter((_, i) => expandedHoods[i]),
    pathIndex: index,
    truncated: hoods.some((hd) => hd?.truncated),
    pathResult,
  };
}
