import { describe, expect, it } from 'vitest';
import {
  exportFilename,
  parseExportBody,
  parseExportQuery,
  renderExport,
  toEdgesCsv,
  toGraphml,
  toNodesCsv,
} from '../../src/export/index.js';
import { nastySubgraph } from './nasty-subgraph.js';

const query = (raw: Record<string, unknown>) => parseExportQuery(raw).query;

describe('export: renderExport', () => {
  it('picks the writer and content type of each format', () => {
    const subgraph = nastySubgraph();
    const at = (format: string) => renderExport({ subgraph, query: query({ id: 'peru', format }) });
    expect(at('graphml')).toEqual({
      body: toGraphml(subgraph),
      contentType: 'application/graphml+xml; charset=utf-8',
      filename: 'neighborhood-peru.graphml',
    });
    expect(at('nodes.csv')).toEqual({
      body: toNodesCsv(subgraph),
      contentType: 'text/csv; charset=utf-8',
      filename: 'neighborhood-peru.nodes.csv',
    });
    expect(at('edges.csv')).toEqual({
      body: toEdgesCsv(subgraph),
      contentType: 'text/csv; charset=utf-8',
      filename: 'neighborhood-peru.edges.csv',
    });
    expect(at('json').contentType).toBe('application/json; charset=utf-8');
    expect(at('json').filename).toBe('neighborhood-peru.json');
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
    expect(renderExport({ subgraph: nastySubgraph(), query: parseExportBody({ entityIds: ['peru'], format: 'nodes.csv' }) }).filename).toBe(
      'selection.nodes.csv',
    );
  });
});
