import { describe, expect, it } from 'vitest';
import { parseExportBody, parseExportQuery, toJson } from '../../src/export/index.js';
import { nastySubgraph } from './nasty-subgraph.js';

describe('export: toJson', () => {
  it('writes nodes and edges sorted by id, evidence and source counts, truncated and the normalized query', () => {
    const { query } = parseExportQuery({ id: 'acme-co', types: 'STATED,INVESTED_IN,STATED' });
    const out = toJson({ subgraph: nastySubgraph(), query });
    expect(out.endsWith('}\n')).toBe(true);
    expect(out).toContain('\n  "nodes": [\n    {\n      "id": "acme-co",\n');
    const sub = nastySubgraph();
    expect(JSON.parse(out)).toEqual({
      nodes: [sub.nodes[1], sub.nodes[0]],
      edges: [
        { ...sub.edges[1], sourceCount: 1 },
        { ...sub.edges[0], sourceCount: 1 },
      ],
      truncated: true,
      query: {
        view: 'neighborhood',
        id: 'acme-co',
        depth: 1,
        first: 50,
        types: ['STATED', 'INVESTED_IN'],
        statuses: null,
        asOf: null,
        since: null,
        until: null,
        format: 'json',
      },
    });
  });

  it('writes the keys of every object in a fixed order', () => {
    const { query } = parseExportQuery({ view: 'connections', ids: 'a,b' });
    const parsed = JSON.parse(toJson({ subgraph: nastySubgraph(), query })) as { edges: object[]; query: object };
    expect(Object.keys(parsed)).toEqual(['nodes', 'edges', 'truncated', 'query']);
    expect(Object.keys(parsed.edges[0]!)).toEqual([
      'id',
      'type',
      'sourceId',
      'targetId',
      'validFrom',
      'validTo',
      'status',
      'topic',
      'role',
      'quantities',
      'knownFrom',
      'note',
      'sourceCount',
      'evidence',
    ]);
    expect(parsed.query).toEqual({
      view: 'connections',
      ids: ['a', 'b'],
      maxHops: 4,
      first: 50,
      types: null,
      statuses: null,
      asOf: null,
      since: null,
      until: null,
      format: 'json',
    });
  });

  it('records a selection as its ids and format', () => {
    const query = parseExportBody({ entityIds: ['peru', 'acme-co'], relationshipIds: ['stated-1'] });
    const parsed = JSON.parse(toJson({ subgraph: { ...nastySubgraph(), truncated: false }, query })) as {
      truncated: boolean;
      query: object;
    };
    expect(parsed.truncated).toBe(false);
    expect(parsed.query).toEqual({ view: 'selection', entityIds: ['acme-co', 'peru'], relationshipIds: ['stated-1'], format: 'json' });
  });
});
