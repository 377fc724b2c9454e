/**
 * The open-data formats through the live service: GET /export?view=all on the seeded graph plus one
 * article ingested with a key, each format read back by the tool of its kind (the FtM model, n3,
 * jsonld with no fetch, oxigraph's SPARQL, graphology-gexf).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import GraphModule, { type MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { Store } from 'oxigraph';
import { useSeededService } from '../helpers/use-seeded-graph.js';
import { ftmProblems } from '../helpers/ftm-check.js';
import { jsonldTriples, parseRdf, tripleSet } from '../helpers/rdf-sets.js';

const KEY = 'open-formats-secret-0123456789';
const BASE = 'https://kg.example.org/kg';
const Graph = GraphModule as unknown as typeof MultiDirectedGraph;

describe('server: GET /export?view=all in the open-data formats (live)', () => {
  const t = useSeededService({ env: { API_KEYS: `curator:${KEY}`, PUBLIC_BASE_URL: BASE } });
  let auditId = '';

  beforeAll(async () => {
    const ingest = await t.gql<{ ingestArticle: { auditId: string } }>(
      'mutation($input: ArticleInput!) { ingestArticle(input: $input) { auditId } }',
      {
        input: {
          articles: [
            { id: 'test-open-formats', source: 'Test Wire', publishedAt: '2024-07', text: 'Minmetals owns 40% of the Chancay Port.' },
          ],
          entities: [{ id: 'minmetals', name: 'Minmetals', type: 'COMPANY' }],
          relationships: [
            {
              type: 'OWNS',
              source: 'minmetals',
              target: 'chancay-port',
              validFrom: '2024-07',
              quantities: [{ value: 40, unit: '%' }],
              evidence: [{ article: 'test-open-formats', quote: 'Minmetals owns 40% of the Chancay Port.' }],
            },
          ],
        },
      },
      { authorization: `Bearer ${KEY}` },
    );
    expect(ingest.errors).toBeUndefined();
    auditId = ingest.data!.ingestArticle.auditId;
  });

  const download = async (format: string): Promise<string> => {
    const res = await fetch(`${t.url}/export?view=all&format=${format}`);
    expect([format, res.status]).toEqual([format, 200]);
    return res.text();
  };

  it('writes FtM that passes the model check, with the new link an Ownership of 40 %', async () => {
    const lines = (await download('ftm')).trimEnd().split('\n');
    expect(ftmProblems(lines)).toEqual([]);
    const entities = lines.map((l) => JSON.parse(l) as { id: string; schema: string; properties: Record<string, string[]> });
    expect(entities.filter((e) => e.id.startsWith('cpkg-entity-')).length).toBe(19);
    expect(entities.filter((e) => e.schema === 'Article').length).toBe(7);
    expect(entities.filter((e) => e.id.startsWith('cpkg-rel-')).length).toBe(34);
    const article = entities.find((e) => e.id === 'cpkg-article-test-open-formats')!;
    expect(article.properties.processingAgent).toEqual(['curator']);
    expect(entities.filter((e) => e.schema === 'Ownership').map((e) => [e.properties.owner, e.properties.percentage])).toEqual([
      [['cpkg-entity-cosco-shipping'], ['60']],
      [['cpkg-entity-minmetals'], ['40']],
    ]);
  });

  it('writes one set of triples in Turtle, N-Triples and JSON-LD; SPARQL finds who owns the port, per which article and key', async () => {
    const [ttl, nt, ld] = [await download('ttl'), await download('nt'), await download('jsonld')];
    const triples = tripleSet(parseRdf(nt, 'N-Triples'));
    expect(tripleSet(parseRdf(ttl, 'Turtle'))).toEqual(triples);
    expect(await jsonldTriples(JSON.parse(ld) as object)).toEqual(triples);
    const store = new Store();
    store.load(ttl, { format: 'text/turtle' });
    const rows = store.query(`
      PREFIX cpkg: <${BASE}/vocab#>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX schema: <https://schema.org/>
      SELECT ?owner ?share ?quote ?outlet ?ingest ?key WHERE {
        ?owner cpkg:OWNS <${BASE}/id/entity/chancay-port> .
        ?claim rdf:subject ?owner ; rdf:predicate cpkg:OWNS ; rdf:object <${BASE}/id/entity/chancay-port> ;
               cpkg:quantity/schema:value ?share ; prov:wasDerivedFrom ?ev .
        ?ev prov:value ?quote ; prov:wasQuotedFrom/schema:publisher/schema:name ?outlet .
        OPTIONAL { ?ev prov:wasGeneratedBy ?ingest . ?ingest prov:wasAssociatedWith/rdfs:label ?key }
      } ORDER BY ?owner`) as Map<string, { value: string }>[];
    expect(rows.map((row) => Object.fromEntries([...row].map(([k, v]) => [k, v.value])))).toEqual([
      {
        owner: `${BASE}/id/entity/cosco-shipping`,
        share: '60',
        quote: 'China Cosco Shipping owns 60% of Chancay Port, which was built as part of the Belt and Road Initiative',
        outlet: 'TradeWinds',
      },
      {
        owner: `${BASE}/id/entity/minmetals`,
        share: '40',
        quote: 'Minmetals owns 40% of the Chancay Port.',
        outlet: 'Test Wire',
        ingest: `${BASE}/id/ingest/${auditId}`,
        key: 'curator',
      },
    ]);
  });

  it('writes GEXF that graphology-gexf reads: every entity and relationship, the new edge from July 2024', async () => {
    const text = await download('gexf');
    const g = parseGexf(Graph, text);
    expect([g.order, g.size]).toEqual([19, 34]);
    const edge = g.findEdge((_e, _a, source) => source === 'minmetals')!;
    expect(g.getEdgeAttributes(edge)).toMatchObject({ type: 'OWNS', validFrom: '2024-07', quantities: '40 %' });
    expect(text).toContain(`<edge id="${edge}" source="minmetals" target="chancay-port" label="OWNS" weight="1" start="2024-07-01">`);
  });
});
