import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseExportQuery, STREAM_FORMATS } from '../../src/export/index.js';
import { nastySubgraph, written, type NastySubgraph } from './nasty-subgraph.js';

/** The GraphML writer's whole output for `sub`. */
const toGraphml = (sub: NastySubgraph): Promise<string> => written(STREAM_FORMATS.graphml, sub, parseExportQuery({ id: 'peru' }).query);

const EXPECTED = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="n_name" for="node" attr.name="name" attr.type="string"/>
  <key id="n_type" for="node" attr.name="type" attr.type="string"/>
  <key id="n_aliases" for="node" attr.name="aliases" attr.type="string"/>
  <key id="n_description" for="node" attr.name="description" attr.type="string"/>
  <key id="e_type" for="edge" attr.name="type" attr.type="string"/>
  <key id="e_validFrom" for="edge" attr.name="validFrom" attr.type="string"/>
  <key id="e_validTo" for="edge" attr.name="validTo" attr.type="string"/>
  <key id="e_status" for="edge" attr.name="status" attr.type="string"/>
  <key id="e_topic" for="edge" attr.name="topic" attr.type="string"/>
  <key id="e_quantities" for="edge" attr.name="quantities" attr.type="string"/>
  <key id="e_evidence" for="edge" attr.name="evidence" attr.type="string"/>
  <key id="e_sourceCount" for="edge" attr.name="sourceCount" attr.type="int"/>
  <graph id="G" edgedefault="directed">
    <desc>truncated: the relationship cap cut this subgraph; raise first to see more</desc>
    <node id="acme-co">
      <data key="n_name">ACME &quot;Holdings&quot;, &lt;Ltd&gt; &amp; Co</data>
      <data key="n_type">COMPANY</data>
      <data key="n_aliases">=HYPERLINK(&quot;http://evil&quot;) | O&apos;Brien</data>
      <data key="n_description">Line one
line two, with a comma and a bell</data>
    </node>
    <node id="peru">
      <data key="n_name">Perú</data>
      <data key="n_type">COUNTRY</data>
      <data key="n_aliases">Peru | 秘鲁</data>
    </node>
    <edge id="invested-in-1" source="acme-co" target="peru">
      <data key="e_type">INVESTED_IN</data>
      <data key="e_validFrom">2023</data>
      <data key="e_validTo">2024-06</data>
      <data key="e_status">CONFIRMED</data>
      <data key="e_topic">ports &amp; &quot;roads&quot;</data>
      <data key="e_quantities">first phase: 1300000000 USD; 60 percent</data>
      <data key="e_evidence">He said &quot;&lt;invest&gt;&quot;, then left — Xinhua (2024-06-26) https://x.example/a?b=1&amp;c=2
Confirmed, again — XINHUA (2024-07) https://x.example/c</data>
      <data key="e_sourceCount">1</data>
    </edge>
    <edge id="stated-2" source="acme-co" target="peru">
      <data key="e_type">STATED</data>
      <data key="e_status">REPORTED</data>
      <data key="e_topic">-2% growth</data>
      <data key="e_evidence">@once upon&#13;
a time — Blog</data>
      <data key="e_sourceCount">1</data>
    </edge>
  </graph>
</graphml>
`;

type Data = { '@_key': string; '#text': string | number };
const parse = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name) }).parse(
    xml,
  ) as {
    graphml: {
      key: unknown[];
      graph: {
        '@_edgedefault': string;
        node: { '@_id': string; data: Data[] }[];
        edge: { '@_id': string; '@_source': string; data: Data[] }[];
      };
    };
  };

describe('export: graphmlFormat', () => {
  it('writes the exact GraphML: keys, sorted nodes and edges, escaped strings, empty values left out', async () => {
    expect(await toGraphml(nastySubgraph())).toBe(EXPECTED);
  });

  it('is well-formed XML that a real parser reads back to the original strings', async () => {
    const xml = await toGraphml(nastySubgraph());
    expect(XMLValidator.validate(xml)).toBe(true);
    const { graphml } = parse(xml);
    expect(graphml.key).toHaveLength(12);
    expect(graphml.graph['@_edgedefault']).toBe('directed');
    expect(graphml.graph.node.map((n) => n['@_id'])).toEqual(['acme-co', 'peru']);
    const acme = Object.fromEntries(graphml.graph.node[0]!.data.map((d) => [d['@_key'], d['#text']]));
    expect(acme.n_name).toBe('ACME "Holdings", <Ltd> & Co');
    expect(acme.n_aliases).toBe('=HYPERLINK("http://evil") | O\'Brien');
    expect(graphml.graph.edge.map((e) => e['@_id'])).toEqual(['invested-in-1', 'stated-2']);
    const evidence = graphml.graph.edge[0]!.data.find((d) => d['@_key'] === 'e_evidence')!['#text'];
    expect(evidence).toBe(
      'He said "<invest>", then left — Xinhua (2024-06-26) https://x.example/a?b=1&c=2\nConfirmed, again — XINHUA (2024-07) ' +
        'https://x.example/c',
    );
  });

  it('strips characters XML 1.0 forbids and escapes attribute whitespace', async () => {
    const sub = nastySubgraph();
    sub.nodes = [
      {
        id: 'a\tb\nc',
        name: 'nul\u0000 esc\u001b ffff\uffff lone\ud800 ok😀',
        type: 'PERSON',
        aliases: [],
        description: null,
        mergedIds: [],
      },
    ];
    sub.edges = [];
    sub.truncated = false;
    const xml = await toGraphml(sub);
    expect(xml).toContain('    <node id="a&#9;b&#10;c">\n      <data key="n_name">nul esc ffff lone ok😀</data>\n');
    expect(xml).not.toContain('<desc>');
    const xml10 = (c: number) =>
      c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
    expect([...xml].filter((ch) => !xml10(ch.codePointAt(0)!))).toEqual([]);
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('writes an empty graph for an empty subgraph', async () => {
    const xml = await toGraphml({ nodes: [], edges: [], truncated: false });
    expect(xml.endsWith('  <graph id="G" edgedefault="directed">\n  </graph>\n</graphml>\n')).toBe(true);
    expect(XMLValidator.validate(xml)).toBe(true);
  });
});
