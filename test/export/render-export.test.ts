import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportFilename, parseExportBody, parseExportQuery, renderExport, STREAM_FORMATS } from '../../src/export/index.js';
import { nastyItems, nastySubgraph, written } from './nasty-subgraph.js';

const query = (raw: Record<string, unknown>) => parseExportQuery(raw).query;

async function* itemsOf(sub = nastySubgraph()) {
  yield* nastyItems(sub);
}

describe('export: renderExport', () => {
  it('picks the writer, content type and file name of each format', async () => {
    const at = (format: string) =>
      renderExport({
        items: itemsOf(),
        query: query({ id: 'peru', format }),
        baseUrl: 'http://localhost:4000',
        dataVersion: 'v',
        truncated: true,
      });
    const text = async (chunks: AsyncIterable<string>) => {
      let out = '';
      for await (const c of chunks) out += c;
      return out;
    };
    for (const format of ['graphml', 'nodes.csv', 'edges.csv', 'json'] as const) {
      const rendered = at(format);
      expect(await text(rendered.chunks)).toBe(await written(STREAM_FORMATS[format], nastySubgraph(), query({ id: 'peru', format })));
    }
    expect([at('graphml').contentType, at('graphml').filename]).toEqual([
      'application/graphml+xml; charset=utf-8',
      'neighborhood-peru.graphml',
    ]);
    expect([at('nodes.csv').contentType, at('nodes.csv').filename]).toEqual(['text/csv; charset=utf-8', 'neighborhood-peru.nodes.csv']);
    expect([at('edges.csv').contentType, at('edges.csv').filename]).toEqual(['text/csv; charset=utf-8', 'neighborhood-peru.edges.csv']);
    expect([at('json').contentType, at('json').filename]).toEqual(['application/json; charset=utf-8', 'neighborhood-peru.json']);
  });
});

describe('export: STREAM_FORMATS', () => {
  it('has a writer for every format name, with a file extension of [a-z0-9.-]', () => {
    expect(Object.keys(STREAM_FORMATS).sort()).toEqual([...EXPORT_FORMATS].sort());
    expect(EXPORT_FORMATS).toEqual(['json', 'graphml', 'nodes.csv', 'edges.csv', 'ftm', 'jsonld', 'ttl', 'nt', 'gexf']);
    for (const f of EXPORT_FORMATS) expect(STREAM_FORMATS[f].extension).toMatch(/^[a-z0-9.-]+$/);
  });
});

describe('export: exportFilename', () => {
  it('names connections after their ids joined with _', () => {
    expect(exportFilename(query({ view: 'connections', ids: 'dina-boluarte,cosco-shipping', format: 'graphml' }))).toBe(
      'connections-dina-boluarte_cosco-shipping.graphml',
    );
  });

  it('keeps only [a-z0-9._-] and cuts long names', () => {
    expect(exportFilename(query({ id: 'Huawei "秘鲁"/../etc\r\n;x=1' }))).toBe('neighborhood-huawei-.-etc-x-1.json');
    const long = exportFilename(query({ id: 'x'.repeat(200), format: 'nodes.csv' }));
    expect(long).toBe(`neighborhood-${'x'.repeat(107)}.nodes.csv`);
    expect(long).toMatch(/^[a-z0-9._-]+$/);
  });

  it('names a selection `selection.<format>`', () => {
    expect(exportFilename(parseExportBody({ entityIds: ['Huawei "秘鲁"'], format: 'graphml' }))).toBe('selection.graphml');
    expect(exportFilename(parseExportBody({ entityIds: ['peru'], format: 'nodes.csv' }))).toBe('selection.nodes.csv');
  });

  it('names the whole graph `all.<extension>`, with the format’s extension', () => {
    expect(exportFilename(query({ view: 'all', format: 'ttl' }))).toBe('all.ttl');
    expect(exportFilename(query({ view: 'all' }))).toBe('all.json');
    expect(exportFilename(query({ id: 'peru', format: 'ftm' }))).toBe(`neighborhood-peru.${STREAM_FORMATS.ftm.extension}`);
  });
});
