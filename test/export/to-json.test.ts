import { describe, expect, it } from 'vitest';
import { parseExportBody, parseExportQuery, STREAM_FORMATS, type ExportQuery, type ExportSelection } from '../../src/export/index.js';
import { nastySubgraph, written, type NastySubgraph } from './nasty-subgraph.js';

/** The JSON writer's whole output for `subgraph` as the download of `query`. */
const toJson = ({ subgraph, query }: { subgraph: NastySubgraph; query: ExportQuery | ExportSelection }): Promise<string> =>
  written(STREAM_FORMATS.json, subgraph, query);

describe('export: jsonFormat', () => {
  it('writes nodes and edges sorted by id, evidence and source counts, truncated and the normalized query', async () => {
    const { query } = parseExportQuery({ id: 'acme-co', types: 'STATED,INVESTED_IN,STATED' });
    const out = await toJson({ subgraph: nastySubgraph(), query });
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

  it('writes the keys of every object in a fixed order', async () => {
    const { query } = parseExportQuery({ view: 'connections', ids: 'a,b' });
    const parsed = JSON.parse(await toJson({ subgraph: nastySubgraph(), query })) as { edges: object[]; query: object };
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

  it('records a selection as its ids and format', async () => {
    const query = parseExportBody({ entityIds: ['peru', 'acme-co'], relationshipIds: ['stated-1'] });
    const parsed = JSON.parse(await toJson({ subgraph: { ...nastySubgraph(), truncated: false }, query })) as {
      truncated: boolean;
      query: object;
    };
    expect(parsed.truncated).toBe(false);
    expect(parsed.query).toEqual({ view: 'selection', entityIds: ['acme-co', 'peru'], relationshipIds: ['stated-1'], format: 'json' });
  });

  it('writes what JSON.stringify writes of the whole document, for empty and one-element lists too', async () => {
    const { query } = parseExportQuery({ id: 'acme-co' });
    const sub = nastySubgraph();
    for (const [nodes, edges] of [
      [0, 0],
      [1, 0],
      [0, 1],
      [2, 2],
    ] as const) {
      const part = { ...sub, nodes: sub.nodes.slice(0, nodes), edges: sub.edges.slice(0, edges) };
      const out = await toJson({ subgraph: part, query });
      expect(out).toBe(JSON.stringify(JSON.parse(out), null, 2) + '\n');
      expect((JSON.parse(out) as { nodes: unknown[] }).nodes).toHaveLength(nodes);
    }
  });

  it('lists each edge’s evidence by article date, then article, whatever order the records carry it in', async () => {
    const { query } = parseExportQuery({ id: 'acme-co' });
    const parsed = JSON.parse(await toJson({ subgraph: nastySubgraph(), query })) as { edges: { evidence: { articleId: string }[] }[] };
    expect(parsed.edges[0]!.evidence.map((ev) => ev.articleId)).toEqual(['a-1', 'a-3']);
  });
});
