import { describe, expect, it } from 'vitest';
import GraphModule, { type MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { DOMParser } from '@xmldom/xmldom';
import { XMLValidator } from 'fast-xml-parser';
import { gexfFormat, gexfInterval } from '../../src/export/to-gexf.js';
import { seedRecords, written } from '../helpers/seed-records.js';
import { NASTY, NASTY_RECORDS } from './nasty-records.js';

// graphology's default export is the Graph class (any type); its types describe the module under NodeNext.
const Graph = GraphModule as unknown as typeof MultiDirectedGraph;

/** Each edge's `start`/`end` attributes, read with a DOM parser (graphology-gexf does not read time). */
function intervals(text: string): Record<string, [string | null, string | null]> {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const edges = Array.from(doc.getElementsByTagName('edge'));
  return Object.fromEntries(edges.map((e) => [e.getAttribute('id')!, [e.getAttribute('start') || null, e.getAttribute('end') || null]]));
}

describe('export: GEXF 1.3', () => {
  it('gives each edge the days its valid time covers', () => {
    expect(
      [
        { validFrom: '2022-12-07', validTo: '2024' },
        { validFrom: '2021-02', validTo: '2021-02' },
        { validFrom: null, validTo: '2023-06' },
        { validFrom: null, validTo: null },
      ].map(gexfInterval),
    ).toEqual([
      { start: '2022-12-07', end: '2024-12-31' },
      { start: '2021-02-01', end: '2021-02-28' },
      { start: null, end: '2023-06-30' },
      { start: null, end: null },
    ]);
  });

  it('is well-formed XML that graphology-gexf reads back: nodes, edges, attributes, nasty strings intact', async () => {
    const { text } = await written(gexfFormat, NASTY_RECORDS);
    expect(XMLValidator.validate(text)).toBe(true);
    const g = parse(Graph, text);
    expect([g.order, g.size, g.type]).toEqual([4, 3, 'directed']);
    expect(g.getNodeAttributes('acme-<&>')).toEqual({
      label: `Acme ${NASTY.replace('\u0007', '')}`,
      type: 'COMPANY',
      aliases: 'ACME "Ltd" | 阿克米',
      description: NASTY.replace('\u0007', ''),
      wikidata: 'Q42',
      pe_ruc: '20100047218',
      lei: '5493001KJTIIGC8Y1R12',
      opensanctions: 'NK-abc_1.2',
      iso3166: 'PE',
    });
    expect(g.getEdgeAttributes('leads-1')).toEqual({
      label: 'LEADS',
      weight: 2,
      type: 'LEADS',
      status: 'CONFIRMED',
      role: 'President "interim"',
      validFrom: '2022-12-07',
      validTo: '2024',
      knownFrom: '2023-01-01',
      evidence: [
        `Zed ${NASTY.replace('\u0007', '')} — Outlet & Co (2024-06) https://example.org/news?a=1&b=<2>`,
        'Zed leads — Seed Outlet (2023)',
      ].join('\n'),
      sourceCount: 2,
    });
    expect([g.source('owns-1'), g.target('owns-1')]).toEqual(['acme-<&>', 'port']);
    expect(intervals(text)).toEqual({ 'leads-1': ['2022-12-07', '2024-12-31'], 'owns-1': ['2021-03-01', null], 'trains-1': [null, null] });
    expect(text).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date" timerepresentation="interval">');
  });

  it('writes the whole seed: every entity a node, every relationship an edge over its valid time', async () => {
    const items = await seedRecords();
    const { text } = await written(gexfFormat, items);
    expect(XMLValidator.validate(text)).toBe(true);
    const g = parse(Graph, text);
    const relationships = items.flatMap((i) => (i.kind === 'relationship' ? [i.relationship] : []));
    expect([g.order, g.size]).toEqual([18, 33]);
    const read = intervals(text);
    for (const r of relationships) {
      const { start, end } = gexfInterval(r);
      expect([r.id, g.source(r.id), g.target(r.id), read[r.id]]).toEqual([r.id, r.sourceId, r.targetId, [start, end]]);
    }
    expect(read['granted_exclusivity_to-10310f1eca64f885']).toEqual(['2021-01-01', null]);
    expect(Object.values(read).filter(([s, e]) => s || e).length).toBe(relationships.filter((r) => r.validFrom || r.validTo).length);
  });

  it('writes an empty graph for no records, and a chunk per record', async () => {
    const empty = await written(gexfFormat, []);
    expect(XMLValidator.validate(empty.text)).toBe(true);
    expect(parse(Graph, empty.text).order).toBe(0);
    const { chunks } = await written(gexfFormat, NASTY_RECORDS);
    expect(chunks.length).toBe(4 + 3 + 3);
  });

  it('says in its description when a cap cut the view', async () => {
    const description = (text: string) => /<description>(.*)<\/description>/.exec(text)?.[1];
    expect(description((await written(gexfFormat, [], { truncated: true })).text)).toBe(
      'Entities and their sourced relationships; edges live over their valid time; truncated: the relationship cap cut this view',
    );
    expect(description((await written(gexfFormat, [])).text)).toBe(
      'Entities and their sourced relationships; edges live over their valid time',
    );
  });
});
