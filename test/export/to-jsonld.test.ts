import { describe, expect, it } from 'vitest';
import jsonld from 'jsonld';
import { jsonldFormat } from '../../src/export/to-jsonld.js';
import { ntriplesFormat } from '../../src/export/to-rdf.js';
import { jsonldTriples, parseRdf, refusingLoader, tripleSet } from '../helpers/rdf-sets.js';
import { seedRecords, written } from '../helpers/seed-records.js';
import { NASTY, NASTY_RECORDS } from './nasty-records.js';

const B = 'https://kg.example.org/base';

describe('export: JSON-LD', () => {
  it('expands, with every fetch refused, to exactly the N-Triples export’s triples (nasty strings)', async () => {
    const doc = JSON.parse((await written(jsonldFormat, NASTY_RECORDS, { baseUrl: B })).text) as object;
    const nt = await written(ntriplesFormat, NASTY_RECORDS, { baseUrl: B });
    expect(await jsonldTriples(doc)).toEqual(tripleSet(parseRdf(nt.text, 'N-Triples')));
  });

  it('expands the whole seed to the N-Triples export’s triples', async () => {
    const items = await seedRecords();
    const doc = JSON.parse((await written(jsonldFormat, items)).text) as object;
    const expected = tripleSet(parseRdf((await written(ntriplesFormat, items)).text, 'N-Triples'));
    expect(expected.size).toBeGreaterThan(600);
    expect(await jsonldTriples(doc)).toEqual(expected);
  });

  it('types entities with schema.org and links a known QID with sameAs, the context inline', async () => {
    const { text } = await written(jsonldFormat, NASTY_RECORDS, { baseUrl: B });
    const doc = JSON.parse(text) as { '@context': Record<string, string>; '@graph': Record<string, unknown>[] };
    expect(doc['@context']).toEqual({
      rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
      rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
      owl: 'http://www.w3.org/2002/07/owl#',
      prov: 'http://www.w3.org/ns/prov#',
      schema: 'https://schema.org/',
      cpkg: `${B}/vocab#`,
      entity: `${B}/id/entity/`,
      rel: `${B}/id/relationship/`,
      ev: `${B}/id/evidence/`,
      article: `${B}/id/article/`,
    });
    const acme = doc['@graph'].find((n) => n['@id'] === `${B}/id/entity/acme-%3C%26%3E`);
    expect(acme).toMatchObject({
      '@type': ['cpkg:COMPANY', 'schema:Corporation'],
      'schema:name': `Acme ${NASTY}`,
      'schema:sameAs': { '@id': 'http://www.wikidata.org/entity/Q42' },
    });
    const expanded = (await jsonld.expand(doc as jsonld.JsonLdDocument, { documentLoader: refusingLoader })) as Record<string, unknown>[];
    const node = expanded.find((n) => n['@id'] === `${B}/id/entity/acme-%3C%26%3E`)!;
    expect(node['@type']).toEqual([`${B}/vocab#COMPANY`, 'https://schema.org/Corporation']);
    expect(node['https://schema.org/sameAs']).toEqual([{ '@id': 'http://www.wikidata.org/entity/Q42' }]);
  });

  it('writes one node object a line, a chunk per record, and a valid document for no records', async () => {
    const { chunks } = await written(jsonldFormat, NASTY_RECORDS, { baseUrl: B });
    expect(chunks.length).toBe(NASTY_RECORDS.length + 2);
    expect(chunks.at(-1)).toBe('\n]}\n');
    const empty = JSON.parse((await written(jsonldFormat, [], { baseUrl: B })).text) as Record<string, unknown>;
    expect(empty['@graph']).toEqual([]);
  });
});
