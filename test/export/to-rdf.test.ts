import { describe, expect, it } from 'vitest';
import { Store } from 'oxigraph';
import { ntriplesFormat, turtleFormat } from '../../src/export/to-rdf.js';
import { RELATION_TYPE_NAMES } from '../../src/domain/vocabulary.js';
import { parseRdf, tripleSet } from '../helpers/rdf-sets.js';
import { seedRecords, written } from '../helpers/seed-records.js';
import { NASTY, NASTY_RECORDS } from './nasty-records.js';

const B = 'https://kg.example.org/base';
const V = `${B}/vocab#`;
const P = 'http://www.w3.org/ns/prov#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const S = 'https://schema.org/';

const iri = (v: string) => `<${v}>`;
const lit = (v: string, type?: string) => `${JSON.stringify(v)}${type ? `^^<${XSD}${type}>` : ''}`;
const t = (s: string, p: string, o: string) => `${s} ${p} ${o} .`;

describe('export: Turtle and N-Triples', () => {
  it('writes the same triples in both syntaxes, each read back by n3, the nasty strings intact', async () => {
    const ttl = await written(turtleFormat, NASTY_RECORDS, { baseUrl: B });
    const nt = await written(ntriplesFormat, NASTY_RECORDS, { baseUrl: B });
    const fromTurtle = tripleSet(parseRdf(ttl.text, 'Turtle'));
    const fromNt = tripleSet(parseRdf(nt.text, 'N-Triples'));
    expect(fromTurtle).toEqual(fromNt);
    expect(fromNt.size).toBe(nt.text.trim().split('\n').length);
    const acme = iri(`${B}/id/entity/acme-%3C%26%3E`);
    expect(fromNt).toContain(t(acme, iri(`${S}description`), lit(NASTY)));
    expect(ttl.text.startsWith('@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>.\n')).toBe(true);
    expect(ttl.text).toContain(`@prefix cpkg: <${V}>.\n`);
  });

  it('reifies each relationship with its attributes and PROV-O provenance (the pinned pattern)', async () => {
    const { text } = await written(ntriplesFormat, NASTY_RECORDS, { baseUrl: B });
    const triples = tripleSet(parseRdf(text, 'N-Triples'));
    const rel = iri(`${B}/id/relationship/leads-1`);
    const zed = iri(`${B}/id/entity/zed`);
    const peru = iri(`${B}/id/entity/peru`);
    const ev1 = iri(`${B}/id/evidence/ev-1`);
    const ev2 = iri(`${B}/id/evidence/ev-2`);
    const ingest = iri(`${B}/id/ingest/audit-1234`);
    const key = iri(`${B}/id/key/curator-1`);
    const about = (subject: string) => [...triples].filter((line) => line.startsWith(`${subject} `)).sort();
    expect(triples).toContain(t(zed, iri(`${V}LEADS`), peru));
    expect(about(rel)).toEqual(
      [
        t(rel, iri(`${RDF}type`), iri(`${RDF}Statement`)),
        t(rel, iri(`${RDF}type`), iri(`${P}Entity`)),
        t(rel, iri(`${RDF}subject`), zed),
        t(rel, iri(`${RDF}predicate`), iri(`${V}LEADS`)),
        t(rel, iri(`${RDF}object`), peru),
        t(rel, iri(`${V}status`), iri(`${V}CONFIRMED`)),
        t(rel, iri(`${V}role`), lit('President "interim"')),
        t(rel, iri(`${V}validFrom`), lit('2022-12-07', 'date')),
        t(rel, iri(`${V}validTo`), lit('2024', 'gYear')),
        t(rel, iri(`${V}knownFrom`), lit('2023-01-01', 'date')),
        t(rel, iri(`${P}wasDerivedFrom`), ev1),
        t(rel, iri(`${P}wasDerivedFrom`), ev2),
      ].sort(),
    );
    expect(about(ev1)).toEqual(
      [
        t(ev1, iri(`${RDF}type`), iri(`${P}Entity`)),
        t(ev1, iri(`${P}value`), lit(`Zed ${NASTY}`)),
        t(ev1, iri(`${P}wasQuotedFrom`), iri(`${B}/id/article/a-ingested`)),
        t(ev1, iri(`${P}wasGeneratedBy`), ingest),
      ].sort(),
    );
    // Seed-loaded articles keep no audit entry: their evidence has no prov:wasGeneratedBy.
    expect(about(ev2)).toEqual(
      [
        t(ev2, iri(`${RDF}type`), iri(`${P}Entity`)),
        t(ev2, iri(`${P}value`), lit('Zed leads')),
        t(ev2, iri(`${P}wasQuotedFrom`), iri(`${B}/id/article/a-seed`)),
      ].sort(),
    );
    expect(about(ingest)).toEqual(
      [
        t(ingest, iri(`${RDF}type`), iri(`${P}Activity`)),
        t(ingest, iri(`${P}endedAtTime`), lit('2024-07-01T10:20:30.000Z', 'dateTime')),
        t(ingest, iri(`${P}wasAssociatedWith`), key),
      ].sort(),
    );
    expect(about(key)).toEqual(
      [t(key, iri(`${RDF}type`), iri(`${P}Agent`)), t(key, iri('http://www.w3.org/2000/01/rdf-schema#label'), lit('curator-1'))].sort(),
    );
  });

  it('writes quantities, identifiers and the article with typed literals and IRIs', async () => {
    const { text } = await written(ntriplesFormat, NASTY_RECORDS, { baseUrl: B });
    const triples = tripleSet(parseRdf(text, 'N-Triples'));
    const q = (i: number) => iri(`${B}/id/relationship/owns-1/quantity/${i}`);
    const acme = `${B}/id/entity/acme-%3C%26%3E`;
    const article = iri(`${B}/id/article/a-ingested`);
    for (const line of [
      t(q(1), iri(`${S}value`), lit('60', 'integer')),
      t(q(1), iri(`${S}unitText`), lit('%')),
      t(q(1), iri(`${S}name`), lit('stake')),
      t(q(2), iri(`${S}value`), lit('225000000', 'integer')),
      t(q(3), iri(`${S}value`), lit('0.5', 'decimal')),
      t(iri(`${B}/id/relationship/owns-1`), iri(`${V}validFrom`), lit('2021-03', 'gYearMonth')),
      t(iri(acme), iri(`${S}sameAs`), iri('http://www.wikidata.org/entity/Q42')),
      t(iri(acme), iri(`${S}identifier`), iri(`${acme}/identifier/PE_RUC`)),
      t(iri(`${acme}/identifier/PE_RUC`), iri(`${S}value`), lit('20100047218')),
      t(iri(`${acme}/identifier/LEI`), iri(`${S}url`), iri('https://search.gleif.org/#/record/5493001KJTIIGC8Y1R12')),
      t(article, iri(`${S}url`), iri('https://example.org/news?a=1&b=%3C2%3E')),
      t(article, iri(`${S}datePublished`), lit('2024-06', 'gYearMonth')),
      t(article, iri(`${S}publisher`), iri(`${B}/id/publisher/Outlet%20%26%20Co`)),
      t(article, iri(`${S}inLanguage`), lit('es')),
    ])
      expect(triples).toContain(line);
  });

  it('yields a chunk per record as it reads them (the prefixes first in Turtle)', async () => {
    const { chunks } = await written(turtleFormat, NASTY_RECORDS, { baseUrl: B });
    expect(chunks.length).toBe(NASTY_RECORDS.length + 1);
    expect(chunks[0]).toMatch(
      /^@prefix rdf: [^]*\n\n<https:\/\/kg\.example\.org\/base\/id\/entity\/acme-%3C%26%3E> a cpkg:COMPANY, schema:Corporation;/,
    );
    const nt = await written(ntriplesFormat, [], { baseUrl: B });
    expect(nt.text).toBe('');
  });

  it('answers a question over the whole seed with SPARQL (oxigraph), the same from Turtle and N-Triples', async () => {
    const items = await seedRecords();
    const ttl = await written(turtleFormat, items);
    const nt = await written(ntriplesFormat, items);
    expect(tripleSet(parseRdf(ttl.text, 'Turtle'))).toEqual(tripleSet(parseRdf(nt.text, 'N-Triples')));
    const query = `
      PREFIX cpkg: <http://localhost:4000/vocab#>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      PREFIX schema: <https://schema.org/>
      SELECT ?owner ?owned ?quote ?outlet WHERE {
        ?owner cpkg:OWNS ?owned .
        ?claim rdf:subject ?owner ; rdf:predicate cpkg:OWNS ; rdf:object ?owned ; prov:wasDerivedFrom ?ev .
        ?ev prov:value ?quote ; prov:wasQuotedFrom ?article .
        ?article schema:publisher/schema:name ?outlet .
      }`;
    const answers = [ttl.text, nt.text].map((text, i) => {
      const store = new Store();
      store.load(text, { format: i === 0 ? 'text/turtle' : 'application/n-triples' });
      return (store.query(query) as Map<string, { value: string }>[]).map((row) =>
        Object.fromEntries([...row].map(([k, v]) => [k, v.value])),
      );
    });
    expect(answers[0]).toEqual([
      {
        owner: 'http://localhost:4000/id/entity/cosco-shipping',
        owned: 'http://localhost:4000/id/entity/chancay-port',
        quote: 'China Cosco Shipping owns 60% of Chancay Port, which was built as part of the Belt and Road Initiative',
        outlet: 'TradeWinds',
      },
    ]);
    expect(answers[1]).toEqual(answers[0]);
  });

  it('writes one plain triple per relationship of the seed, its type the vocabulary property', async () => {
    const items = await seedRecords();
    const { text } = await written(ntriplesFormat, items);
    const plain = parseRdf(text, 'N-Triples').filter((q) =>
      RELATION_TYPE_NAMES.some((type) => q.predicate.value === `http://localhost:4000/vocab#${type}`),
    );
    const expected = items.flatMap((i) =>
      i.kind === 'relationship' ? [`${i.relationship.sourceId} ${i.relationship.type} ${i.relationship.targetId}`] : [],
    );
    const local = (v: string) => decodeURIComponent(v.slice(v.lastIndexOf('/') + 1).replace(/^vocab#/, ''));
    const received = plain.map((q) => `${local(q.subject.value)} ${q.predicate.value.split('#')[1]} ${local(q.object.value)}`);
    // Two DISCUSSED claims link Boluarte and Huawei (topics differ): one plain triple stands for both.
    expect(received.sort()).toEqual(expected.sort());
    expect([expected.length, new Set(received).size]).toEqual([33, 32]);
  });
});
