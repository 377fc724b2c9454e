import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import {
  irisOf,
  jsonldNodes,
  numberLiteral,
  partialDateLiteral,
  rdfPrefixes,
  typeWords,
  urlIri,
  vocabularyQuads,
} from '../../src/export/rdf-terms.js';
import { ENTITY_TYPES, RELATION_TYPE_NAMES, STATUSES } from '../../src/domain/vocabulary.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const lit = (l: { value: string; datatype: { value: string } }) => [l.value, l.datatype.value.replace(XSD, 'xsd:')];

describe('export: the RDF mapping', () => {
  it('names records by IRIs under the base, each id one percent-encoded path segment', () => {
    const iris = irisOf('https://kg.example.org/kg');
    expect([
      iris.entity('acme <&> "co"/x').value,
      iris.relationship('owns-1').value,
      iris.evidence('ev-ab').value,
      iris.article('a b').value,
      iris.publisher('Outlet & Co').value,
      iris.ingest('audit-1').value,
      iris.key('curator:1').value,
      iris.vocab('OWNS').value,
    ]).toEqual([
      'https://kg.example.org/kg/id/entity/acme%20%3C%26%3E%20%22co%22%2Fx',
      'https://kg.example.org/kg/id/relationship/owns-1',
      'https://kg.example.org/kg/id/evidence/ev-ab',
      'https://kg.example.org/kg/id/article/a%20b',
      'https://kg.example.org/kg/id/publisher/Outlet%20%26%20Co',
      'https://kg.example.org/kg/id/ingest/audit-1',
      'https://kg.example.org/kg/id/key/curator%3A1',
      'https://kg.example.org/kg/vocab#OWNS',
    ]);
    expect(rdfPrefixes('http://localhost:4000').cpkg).toBe('http://localhost:4000/vocab#');
  });

  it('types partial dates by their precision and numbers by their form', () => {
    expect(['2024', '2024-06', '2024-06-26', '2024-13'].map((d) => lit(partialDateLiteral(d)))).toEqual([
      ['2024', 'xsd:gYear'],
      ['2024-06', 'xsd:gYearMonth'],
      ['2024-06-26', 'xsd:date'],
      ['2024-13', 'xsd:string'],
    ]);
    expect([60, -3, 0.25, 2.9e9, 1e21, 1.5e-7, Infinity].map((n) => lit(numberLiteral(n)))).toEqual([
      ['60', 'xsd:integer'],
      ['-3', 'xsd:integer'],
      ['0.25', 'xsd:decimal'],
      ['2900000000', 'xsd:integer'],
      ['1E21', 'xsd:double'],
      ['1.5E-7', 'xsd:double'],
      ['INF', 'xsd:double'],
    ]);
  });

  it('turns URLs into IRIs with what an IRI may not hold encoded, and refuses what is no URL', () => {
    expect(urlIri('https://example.org/a b?q=<x>&y={1}|^`')?.value).toBe('https://example.org/a%20b?q=%3Cx%3E&y=%7B1%7D%7C%5E%60');
    expect(urlIri('not a url')).toBeNull();
    expect(typeWords('HOLDS_OFFICE_IN')).toBe('holds office in');
  });

  it('groups triples by subject into JSON-LD node objects with compact names and string lexical forms', () => {
    const { namedNode, literal, quad } = DataFactory;
    const p = rdfPrefixes('http://h');
    const s = namedNode('http://h/id/entity/x');
    expect(
      jsonldNodes(
        [
          quad(s, namedNode(`${p.rdf}type`), namedNode(`${p.schema}Person`)),
          quad(s, namedNode(`${p.schema}name`), literal('X')),
          quad(s, namedNode(`${p.schema}name`), literal('Equis', 'es')),
          quad(s, namedNode(`${p.cpkg}validFrom`), literal('2024', namedNode(`${XSD}gYear`))),
          quad(s, namedNode('http://other.example/p-q'), namedNode('http://h/id/entity/y')),
        ],
        p,
      ),
    ).toEqual([
      {
        '@id': 'http://h/id/entity/x',
        '@type': 'schema:Person',
        'schema:name': ['X', { '@value': 'Equis', '@language': 'es' }],
        'cpkg:validFrom': { '@value': '2024', '@type': 'xsd:gYear' },
        'http://other.example/p-q': { '@id': 'http://h/id/entity/y' },
      },
    ]);
  });

  it('describes every relation type, entity type, statement property and status in the vocabulary', () => {
    const quads = vocabularyQuads('http://h');
    const typed = (cls: string) =>
      quads
        .filter((q) => q.predicate.value.endsWith('#type') && q.object.value === cls)
        .map((q) => q.subject.value.replace('http://h/vocab#', ''));
    expect(typed('http://www.w3.org/2002/07/owl#ObjectProperty')).toEqual(RELATION_TYPE_NAMES);
    expect(typed('http://www.w3.org/2000/01/rdf-schema#Class')).toEqual([...ENTITY_TYPES, 'Status']);
    expect(typed('http://h/vocab#Status')).toEqual([...STATUSES]);
    expect(typed('http://www.w3.org/1999/02/22-rdf-syntax-ns#Property')).toEqual([
      ...RELATION_TYPE_NAMES,
      'status',
      'role',
      'topic',
      'validFrom',
      'validTo',
      'knownFrom',
      'quantity',
      'note',
    ]);
  });
});
