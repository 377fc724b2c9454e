import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { parseExportBody, parseExportQuery, type ExportSelection } from '../../src/export/index.js';
import { writeExport } from '../../src/export/write-export.js';
import { createReader } from '../../src/store/reader.js';
import {
  legacyEdgesCsv,
  legacyGraphml,
  legacyJson,
  legacyNodesCsv,
  legacySelection,
  legacySubgraph,
  type ExportQuery,
  type LegacySubgraph,
} from '../helpers/legacy-export.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';

const OLD_FORMATS = ['json', 'graphml', 'nodes.csv', 'edges.csv'] as const;

/** What the old writers made of a loaded subgraph. */
function legacyBytes(subgraph: LegacySubgraph, query: ExportQuery | ExportSelection): string {
  switch (query.format) {
    case 'json':
      return legacyJson({ subgraph, query });
    case 'graphml':
      return legacyGraphml(subgraph);
    case 'nodes.csv':
      return legacyNodesCsv(subgraph);
    case 'edges.csv':
      return legacyEdgesCsv(subgraph);
    default:
      throw new Error(`no old writer for ${query.format}`);
  }
}

describe('export: the streamed formats against the pipeline they replaced, on the seeded graph', () => {
  const graph = useSeededGraph();

  /** The streamed download of a subject, as text. */
  async function streamed(subject: Parameters<typeof writeExport>[0]['subject'], query: Parameters<typeof writeExport>[0]['query']) {
    const out = new PassThrough();
    let text = '';
    out.on('data', (b: Buffer) => (text += b.toString('utf8')));
    await writeExport({ store: graph.store.maintenance('Exporting for a test'), subject, query, baseUrl: 'http://localhost:4000', out });
    return text;
  }

  it('writes the bytes the old pipeline wrote for neighbourhoods and connections, cut or not, filtered or not', async () => {
    const reader = createReader(graph.store);
    const queries = [
      { id: 'dina-boluarte' },
      { id: 'dina-boluarte', depth: '2', first: '500' },
      { id: 'peru', depth: '2', first: '7' },
      { id: 'dina-boluarte', depth: '2', statuses: 'CONFIRMED,REPORTED', since: '2023' },
      { view: 'connections', ids: 'dina-boluarte,cosco-shipping,peru', first: '500' },
    ];
    let compared = 0;
    for (const raw of queries) {
      for (const format of OLD_FORMATS) {
        const request = parseExportQuery({ ...raw, format });
        if (request.query.view === 'all') throw new Error('not a subgraph');
        const old = legacyBytes(await legacySubgraph({ reader, request: { query: request.query, filter: request.filter } }), request.query);
        expect(await streamed(request, request.query), `${JSON.stringify(raw)} as ${format}`).toBe(old);
        compared++;
      }
    }
    expect(compared).toBe(20);
  });

  it('writes the bytes the old pipeline wrote for a selection', async () => {
    const reader = createReader(graph.store);
    const [hood] = await graph.store.read({
      cypher: `MATCH (:Entity {id: 'dina-boluarte'})-[r]-(n:Entity)
RETURN collect(DISTINCT r.id) AS rels, collect(DISTINCT n.id)[..3] AS ents`,
      params: {},
    });
    for (const format of OLD_FORMATS) {
      const selection = parseExportBody({ format, entityIds: hood!.ents, relationshipIds: hood!.rels });
      const old = legacyBytes(await legacySelection({ reader, selection }), selection);
      expect(await streamed(selection, selection), format).toBe(old);
    }
  });
});
