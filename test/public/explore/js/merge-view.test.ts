/** public/explore/js/merge-view.js: the view merged from the loaded neighbourhoods and the chosen path. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../../src/project-root.js';

type Node = { id: string; name: string };
type Rel = { id: string; source: { id: string }; target: { id: string } };
type Hood = { nodes: Node[]; relationships: Rel[]; truncated: boolean } | null;
type PathT = { nodes: Node[]; steps: { relationship: Rel }[] };
type Merged = {
  nodes: Map<string, Node>;
  edges: Map<string, Rel>;
  path: { nodes: string[]; edges: string[] } | null;
  expand: string[];
  pathIndex: number;
  truncated: boolean;
  pathResult: { from: unknown; to: unknown; paths: PathT[]; index: number } | null;
};
type Paths = { fromEntity: Node; toEntity: Node; shortestPath: PathT | null; paths: PathT[] };

// A computed URL: the browser module is imported as it is served, without type declarations.
const FILE = path.join(projectRoot(), 'public', 'explore', 'js', 'merge-view.js');
const { mergeView } = (await import(pathToFileURL(FILE).href)) as {
  mergeView: (loaded: { focusHood: Hood; expandedHoods: Hood[]; paths: Paths | null; expand: string[]; pathIndex: number }) => Merged;
};

const node = (id: string): Node => ({ id, name: id.toUpperCase() });
const rel = (id: string, source: string, target: string): Rel => ({ id, source: { id: source }, target: { id: target } });
const hood = (ids: string[], rels: Rel[], truncated = false): Hood => ({ nodes: ids.map(node), relationships: rels, truncated });
const walk = (ids: string[], rels: Rel[]): PathT => ({ nodes: ids.map(node), steps: rels.map((relationship) => ({ relationship })) });
const keys = (m: Merged) => ({ nodes: [...m.nodes.keys()], edges: [...m.edges.keys()], path: m.path });

describe('public: explore/js/merge-view.js', () => {
  it('merges the focus’s and the expanded neighbourhoods, each actor and relationship once', () => {
    const m = mergeView({
      focusHood: hood(['peru', 'china'], [rel('r1', 'peru', 'china')]),
      expandedHoods: [hood(['china', 'cosco'], [rel('r1', 'peru', 'china'), rel('r2', 'cosco', 'china')])],
      paths: null,
      expand: ['china'],
      pathIndex: 0,
    });
    expect(keys(m)).toEqual({ nodes: ['peru', 'china', 'cosco'], edges: ['r1', 'r2'], path: null });
    expect(m).toMatchObject({ expand: ['china'], pathIndex: 0, truncated: false, pathResult: null });
  });

  it('drops an expansion that failed, and a relationship whose other end is not in view', () => {
    const m = mergeView({
      focusHood: hood(['peru'], [rel('r1', 'peru', 'china')], true),
      expandedHoods: [null, hood(['chile'], [])],
      paths: null,
      expand: ['china', 'chile'],
      pathIndex: 0,
    });
    expect(keys(m)).toEqual({ nodes: ['peru', 'chile'], edges: [], path: null });
    expect(m).toMatchObject({ expand: ['chile'], truncated: true });
  });

  it('shows nothing without the focus’s neighbourhood', () => {
    const m = mergeView({ focusHood: null, expandedHoods: [], paths: null, expand: ['china'], pathIndex: 0 });
    expect(keys(m)).toEqual({ nodes: [], edges: [], path: null });
    expect(m.expand).toEqual([]);
  });

  it('adds the chosen path, the shortest first, and keeps the index within the alternatives', () => {
    const shortest = walk(['a', 'b'], [rel('p1', 'a', 'b')]);
    const longer = walk(['a', 'c', 'b'], [rel('p2', 'a', 'c'), rel('p3', 'c', 'b')]);
    const paths: Paths = { fromEntity: node('a'), toEntity: node('b'), shortestPath: shortest, paths: [shortest, longer] };
    const second = mergeView({ focusHood: hood(['a'], []), expandedHoods: [], paths, expand: [], pathIndex: 1 });
    expect(keys(second)).toEqual({ nodes: ['a', 'c', 'b'], edges: ['p2', 'p3'], path: { nodes: ['a', 'c', 'b'], edges: ['p2', 'p3'] } });
    expect(second.pathResult).toEqual({ from: node('a'), to: node('b'), paths: [shortest, longer], index: 1 });
    const beyond = mergeView({ focusHood: hood(['a'], []), expandedHoods: [], paths, expand: [], pathIndex: 7 });
    expect(beyond.pathIndex).toBe(1);
    const none = mergeView({
      focusHood: hood(['a'], []),
      expandedHoods: [],
      paths: { ...paths, shortestPath: null, paths: [] },
      expand: [],
      pathIndex: 3,
    });
    expect([none.pathIndex, none.path, none.pathResult?.paths]).toEqual([0, null, []]);
  });
});
