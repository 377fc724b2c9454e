/**
 * The one RDF mapping of the graph, shared by Turtle, N-Triples and JSON-LD (which is these triples
 * grouped by subject, so that its expansion gives the same set of triples as the N-Triples), and by
 * GET /vocab.
 *
 * IRIs (base = PUBLIC_BASE_URL, each id percent-encoded as one path segment):
 * `<base>/id/entity/<id>`, `<base>/id/relationship/<id>`, `<base>/id/evidence/<ev-id>`,
 * `<base>/id/article/<id>`, `<base>/id/publisher/<outlet>`, `<base>/id/ingest/<audit-id>`,
 * `<base>/id/key/<key-id>`, and the vocabulary `<base>/vocab#<TERM>`.
 *
 * Provenance pattern (RDF 1.1 reification, chosen over RDF-star because every RDF 1.1 parser and
 * store reads it, Turtle and N-Triples alike): each relationship writes the plain triple
 * `<source> cpkg:TYPE <target>` and a statement node, the relationship IRI, that is an
 * `rdf:Statement` (`rdf:subject`, `rdf:predicate`, `rdf:object`) and a `prov:Entity` carrying the
 * claim's attributes (status, role, topic, valid time, knownFrom, quantities) and
 * `prov:wasDerivedFrom` each evidence item. An evidence item is a `prov:Entity` with `prov:value`
 * the quote and `prov:wasQuotedFrom` its article; when the article came in by ingest it is also
 * `prov:wasGeneratedBy` the ingest, a `prov:Activity` with `prov:endedAtTime` and
 * `prov:wasAssociatedWith` the API key, a `prov:Agent`. Articles loaded by seed or restore keep no
 * audit entry, so their evidence has no `prov:wasGeneratedBy`: the quote and the article are its
 * provenance. Blank nodes are never written (identifiers and quantities get IRIs under their
 * owner's), so two exports of the same graph are equal as sets of triples.
 */
import { DataFactory } from 'n3';
import type { Quad, Quad_Object, NamedNode, Literal } from 'n3';
import { wikidataEntityIri } from '../domain/identifiers.js';
import type { QuantityModel } from '../domain/models.js';
import { parsePartialDate } from '../domain/partial-date.js';
import { ENTITY_TYPES, RELATION_TYPES, STATUSES, type EntityType, type RelationType } from '../domain/vocabulary.js';
import type { ExportArticle, ExportEntity, ExportItem, ExportRelationship } from './records.js';

const { namedNode, literal, quad } = DataFactory;

/** The namespaces of the mapping (the project's own vocabulary excluded: it depends on the base). */
export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  prov: 'http://www.w3.org/ns/prov#',
  schema: 'https://schema.org/',
} as const;

/** The prefixes Turtle and the JSON-LD context declare: NS plus `cpkg` (the vocabulary) and the id folders. */
export function rdfPrefixes(baseUrl: string): Record<string, string> {
  return {
    ...NS,
    cpkg: `${baseUrl}/vocab#`,
    entity: `${baseUrl}/id/entity/`,
    rel: `${baseUrl}/id/relationship/`,
    ev: `${baseUrl}/id/evidence/`,
    article: `${baseUrl}/id/article/`,
  };
}

/** The schema.org class of each entity type (the vocabulary's own class is a subclass of it). */
export const SCHEMA_ORG_CLASSES: Record<EntityType, string> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  COMPANY: 'Corporation',
  GOVERNMENT: 'GovernmentOrganization',
  COUNTRY: 'Country',
  PLACE: 'Place',
  INFRASTRUCTURE: 'CivicStructure',
  INITIATIVE: 'Project',
  PROGRAM: 'Project',
  AGREEMENT: 'CreativeWork',
  PLAN: 'CreativeWork',
  EVENT: 'Event',
  MEDIA: 'NewsMediaOrganization',
  GROUP: 'Audience',
  TOPIC: 'DefinedTerm',
};

/** The properties of the statement node the vocabulary defines, with their meaning. */
export const STATEMENT_PROPERTIES = {
  status: 'the epistemic status of the claim: a cpkg:Status (REPORTED, CONFIRMED, PLANNED, DISPUTED, REVERSED)',
  role: 'the office or role the source holds in the target (LEADS, HOLDS_OFFICE_IN)',
  topic: 'what the claim is about (DISCUSSED, MET, STATED …)',
  validFrom: 'when the relation began to hold (valid time): xsd:gYear, xsd:gYearMonth or xsd:date',
  validTo: 'when the relation stopped holding (valid time): xsd:gYear, xsd:gYearMonth or xsd:date',
  knownFrom: 'reported time: the earliest publication date among the evidence',
  quantity: 'an amount the claim states (a schema:QuantitativeValue)',
  note: 'a curator’s note on the claim',
} as const;

/** The IRIs of the records, under a base URL. */
export interface Iris {
  entity(id: string): NamedNode;
  relationship(id: string): NamedNode;
  evidence(id: string): NamedNode;
  article(id: string): NamedNode;
  publisher(source: string): NamedNode;
  ingest(auditId: string): NamedNode;
  key(keyId: string): NamedNode;
  /** A term of the project's vocabulary: a relation type, entity type or statement property. */
  vocab(term: string): NamedNode;
}

/** The IRI scheme of the module comment, under `baseUrl` (no trailing slash). */
export function irisOf(baseUrl: string): Iris {
  const under = (folder: string) => (id: string) => namedNode(`${baseUrl}/id/${folder}/${encodeURIComponent(id)}`);
  return {
    entity: under('entity'),
    relationship: under('relationship'),
    evidence: under('evidence'),
    article: under('article'),
    publisher: under('publisher'),
    ingest: under('ingest'),
    key: under('key'),
    vocab: (term) => namedNode(`${baseUrl}/vocab#${encodeURIComponent(term)}`),
  };
}

const rdf = (local: string) => namedNode(NS.rdf + local);
const rdfs = (local: string) => namedNode(NS.rdfs + local);
const xsd = (local: string) => namedNode(NS.xsd + local);
const owl = (local: string) => namedNode(NS.owl + local);
const prov = (local: string) => namedNode(NS.prov + local);
const schema = (local: string) => namedNode(NS.schema + local);
const RDF_TYPE = rdf('type');

/** A partial date as the typed literal of its precision (xsd:gYear, xsd:gYearMonth, xsd:date); a plain string if it is none. */
export function partialDateLiteral(text: string): Literal {
  const precision = parsePartialDate(text)?.precision;
  if (precision === 'YEAR') return literal(text, xsd('gYear'));
  if (precision === 'MONTH') return literal(text, xsd('gYearMonth'));
  if (precision === 'DAY') return literal(text, xsd('date'));
  return literal(text);
}

/** A number as xsd:integer or xsd:decimal in their canonical forms, or xsd:double where those have none (NaN, ±INF, over 1e21). */
export function numberLiteral(value: number): Literal {
  if (!Number.isFinite(value)) return literal(Number.isNaN(value) ? 'NaN' : value > 0 ? 'INF' : '-INF', xsd('double'));
  const text = String(value);
  if (/e/i.test(text)) return literal(value.toExponential().toUpperCase().replace('E+', 'E'), xsd('double'));
  return literal(text, xsd(Number.isInteger(value) ? 'integer' : 'decimal'));
}

/**
 * A URL as an IRI: normalized by the WHATWG URL parser, with the characters an IRI may not hold
 * percent-encoded; null when it is no absolute URL (the triple is then left out).
 */
export function urlIri(url: string): NamedNode | null {
  let href: string;
  try {
    href = new URL(url).href;
  } catch {
    return null;
  }
  // eslint-disable-next-line no-control-regex -- controls and space are exactly what an IRI may not hold
  return namedNode(href.replace(/[\u0000-\u0020<>"{}|\\^`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`));
}

/** Quads of subject → each non-empty string value of a predicate. */
function strings(s: NamedNode, p: NamedNode, values: readonly (string | null | undefined)[]): Quad[] {
  return values.filter((v): v is string => typeof v === 'string' && v !== '').map((v) => quad(s, p, literal(v)));
}

/** The quad when the object is known, else none. */
function optional(s: NamedNode, p: NamedNode, o: Quad_Object | null): Quad[] {
  return o ? [quad(s, p, o)] : [];
}

/** The triples of an entity: its classes, names, description, Wikidata sameAs and identifiers. */
export function entityQuads(e: ExportEntity, iris: Iris): Quad[] {
  const s = iris.entity(e.id);
  const classes: NamedNode[] = [iris.vocab(e.type)];
  const schemaClass = SCHEMA_ORG_CLASSES[e.type as EntityType];
  if (schemaClass) classes.push(schema(schemaClass));
  const quads = [
    ...classes.map((c) => quad(s, RDF_TYPE, c)),
    ...strings(s, schema('name'), [e.name]),
    ...strings(s, rdfs('label'), [e.name]),
    ...strings(s, schema('alternateName'), e.aliases),
    ...strings(s, schema('description'), [e.description]),
  ];
  const nodes: Quad[] = [];
  for (const id of e.identifiers) {
    if (id.scheme === 'WIKIDATA') quads.push(quad(s, schema('sameAs'), namedNode(wikidataEntityIri(id.value))));
    const node = namedNode(`${s.value}/identifier/${id.scheme}`);
    quads.push(quad(s, schema('identifier'), node));
    nodes.push(
      quad(node, RDF_TYPE, schema('PropertyValue')),
      quad(node, schema('propertyID'), literal(id.scheme)),
      quad(node, schema('value'), literal(id.value)),
      ...optional(node, schema('url'), id.url ? urlIri(id.url) : null),
    );
  }
  return [...quads, ...nodes];
}

/** Nodes written once per export although several records name them (outlets, ingests, keys): bounded by the articles. */
export type WrittenNodes = Set<string>;

/**
 * The triples of an article (a schema:NewsArticle and prov:Entity), its outlet (a schema:Organization),
 * and, when ingested, the ingest activity and its key agent. Shared nodes already in `written` are
 * not written again.
 */
export function articleQuads(a: ExportArticle, iris: Iris, written: WrittenNodes): Quad[] {
  const s = iris.article(a.id);
  const publisher = iris.publisher(a.source);
  const quads = [
    quad(s, RDF_TYPE, schema('NewsArticle')),
    quad(s, RDF_TYPE, prov('Entity')),
    ...strings(s, schema('headline'), [a.title]),
    quad(s, schema('publisher'), publisher),
    ...optional(s, schema('url'), a.url ? urlIri(a.url) : null),
    ...(a.publishedAt ? [quad(s, schema('datePublished'), partialDateLiteral(a.publishedAt))] : []),
    quad(s, schema('inLanguage'), literal(a.language)),
    ...strings(s, rdfs('comment'), [a.note]),
  ];
  if (!written.has(publisher.value)) {
    written.add(publisher.value);
    quads.push(quad(publisher, RDF_TYPE, schema('Organization')), quad(publisher, schema('name'), literal(a.source)));
  }
  if (a.ingest && !written.has(iris.ingest(a.ingest.auditId).value)) {
    const activity = iris.ingest(a.ingest.auditId);
    const key = iris.key(a.ingest.keyId);
    written.add(activity.value);
    quads.push(
      quad(activity, RDF_TYPE, prov('Activity')),
      quad(activity, prov('endedAtTime'), literal(a.ingest.at, xsd('dateTime'))),
      quad(activity, prov('wasAssociatedWith'), key),
    );
    if (!written.has(key.value)) {
      written.add(key.value);
      quads.push(quad(key, RDF_TYPE, prov('Agent')), quad(key, rdfs('label'), literal(a.ingest.keyId)));
    }
  }
  return quads;
}

/** The quantity node of a statement: a schema:QuantitativeValue. */
function quantityQuads(node: NamedNode, q: QuantityModel): Quad[] {
  return [
    quad(node, RDF_TYPE, schema('QuantitativeValue')),
    quad(node, schema('value'), numberLiteral(q.value)),
    quad(node, schema('unitText'), literal(q.unit)),
    ...strings(node, schema('name'), [q.label]),
  ];
}

/**
 * The triples of a relationship: the plain triple, the reified statement with its attributes, its
 * quantities, and its evidence items (see the module comment).
 * @param ingestOf the ingest audit id of each article that came in by ingest (articles precede relationships)
 */
export function relationshipQuads(r: ExportRelationship, iris: Iris, ingestOf: ReadonlyMap<string, string>): Quad[] {
  const s = iris.relationship(r.id);
  const source = iris.entity(r.sourceId);
  const target = iris.entity(r.targetId);
  const predicate = iris.vocab(r.type);
  const attrs = (name: keyof typeof STATEMENT_PROPERTIES) => iris.vocab(name);
  const quads = [
    quad(source, predicate, target),
    quad(s, RDF_TYPE, rdf('Statement')),
    quad(s, RDF_TYPE, prov('Entity')),
    quad(s, rdf('subject'), source),
    quad(s, rdf('predicate'), predicate),
    quad(s, rdf('object'), target),
    quad(s, attrs('status'), iris.vocab(r.status)),
    ...strings(s, attrs('role'), [r.role]),
    ...strings(s, attrs('topic'), [r.topic]),
    ...(r.validFrom ? [quad(s, attrs('validFrom'), partialDateLiteral(r.validFrom))] : []),
    ...(r.validTo ? [quad(s, attrs('validTo'), partialDateLiteral(r.validTo))] : []),
    ...(r.knownFrom ? [quad(s, attrs('knownFrom'), partialDateLiteral(r.knownFrom))] : []),
    ...strings(s, attrs('note'), [r.note]),
  ];
  const more: Quad[] = [];
  r.quantities.forEach((q, i) => {
    const node = namedNode(`${s.value}/quantity/${i + 1}`);
    quads.push(quad(s, attrs('quantity'), node));
    more.push(...quantityQuads(node, q));
  });
  for (const ev of r.evidence) {
    const node = iris.evidence(ev.id);
    quads.push(quad(s, prov('wasDerivedFrom'), node));
    const ingest = ingestOf.get(ev.articleId);
    more.push(
      quad(node, RDF_TYPE, prov('Entity')),
      quad(node, prov('value'), literal(ev.quote)),
      quad(node, prov('wasQuotedFrom'), iris.article(ev.articleId)),
      ...(ingest ? [quad(node, prov('wasGeneratedBy'), iris.ingest(ingest))] : []),
    );
  }
  return [...quads, ...more];
}

/**
 * Turns the records into triples, record by record, keeping only what the provenance pattern needs
 * across records: each ingested article's audit id (bounded by the articles) and the shared nodes written.
 */
export class RdfMapper {
  private readonly iris: Iris;
  private readonly ingestOf = new Map<string, string>();
  private readonly written: WrittenNodes = new Set();

  constructor(baseUrl: string) {
    this.iris = irisOf(baseUrl);
  }

  /** The triples of one record, grouped by subject in writing order. */
  quadsOf(item: ExportItem): Quad[] {
    switch (item.kind) {
      case 'entity':
        return entityQuads(item.entity, this.iris);
      case 'article':
        if (item.article.ingest) this.ingestOf.set(item.article.id, item.article.ingest.auditId);
        return articleQuads(item.article, this.iris, this.written);
      case 'relationship':
        return relationshipQuads(item.relationship, this.iris, this.ingestOf);
      default: {
        const unreachable: never = item;
        throw new Error(`unknown record ${JSON.stringify(unreachable)}`);
      }
    }
  }
}

/** Turns relation and entity type names into label words: `HOLDS_OFFICE_IN` → "holds office in". */
export function typeWords(name: string): string {
  return name.toLowerCase().replace(/_/g, ' ');
}

const ONTOLOGY_COMMENT = 'Relation types, entity types and claim attributes of the China–Peru knowledge graph.';

/**
 * The vocabulary as triples (what GET /vocab serves): the vocabulary as an owl:Ontology; each relation
 * type an rdf:Property with its label and description; each entity type an rdfs:Class, subclass of its
 * schema.org class; the statement properties; the statuses as the values of `cpkg:status`.
 */
export function vocabularyQuads(baseUrl: string): Quad[] {
  const iris = irisOf(baseUrl);
  const ontology = namedNode(`${baseUrl}/vocab`);
  const quads: Quad[] = [
    quad(ontology, RDF_TYPE, owl('Ontology')),
    quad(ontology, rdfs('label'), literal('China–Peru knowledge graph vocabulary', 'en')),
    quad(ontology, rdfs('comment'), literal(ONTOLOGY_COMMENT, 'en')),
  ];
  for (const type of ENTITY_TYPES) {
    const c = iris.vocab(type);
    quads.push(
      quad(c, RDF_TYPE, rdfs('Class')),
      quad(c, RDF_TYPE, owl('Class')),
      quad(c, rdfs('label'), literal(typeWords(type), 'en')),
      quad(c, rdfs('subClassOf'), schema(SCHEMA_ORG_CLASSES[type])),
      quad(c, rdfs('isDefinedBy'), ontology),
    );
  }
  for (const type of Object.keys(RELATION_TYPES).sort() as RelationType[]) {
    const p = iris.vocab(type);
    quads.push(
      quad(p, RDF_TYPE, rdf('Property')),
      quad(p, RDF_TYPE, owl('ObjectProperty')),
      quad(p, rdfs('label'), literal(typeWords(type), 'en')),
      quad(p, rdfs('comment'), literal(RELATION_TYPES[type], 'en')),
      quad(p, rdfs('isDefinedBy'), ontology),
    );
  }
  for (const [name, comment] of Object.entries(STATEMENT_PROPERTIES)) {
    const p = iris.vocab(name);
    quads.push(
      quad(p, RDF_TYPE, rdf('Property')),
      quad(p, rdfs('label'), literal(name, 'en')),
      quad(p, rdfs('comment'), literal(comment, 'en')),
      quad(p, rdfs('domain'), rdf('Statement')),
      quad(p, rdfs('isDefinedBy'), ontology),
    );
  }
  const status = iris.vocab('Status');
  quads.push(
    quad(status, RDF_TYPE, rdfs('Class')),
    quad(status, rdfs('label'), literal('status', 'en')),
    quad(status, rdfs('comment'), literal('How firmly the sources stand behind a claim.', 'en')),
    quad(status, rdfs('isDefinedBy'), ontology),
    quad(iris.vocab('status'), rdfs('range'), status),
  );
  for (const s of STATUSES) {
    const value = iris.vocab(s);
    quads.push(
      quad(value, RDF_TYPE, status),
      quad(value, rdfs('label'), literal(typeWords(s), 'en')),
      quad(value, rdfs('isDefinedBy'), ontology),
    );
  }
  return quads;
}

/** A JSON-LD value of an RDF object: `{"@id"}` for an IRI, a string for xsd:string, else `@value` with `@type` or `@language`. */
function jsonldValue(o: Quad_Object, compact: (iri: string) => string): unknown {
  if (o.termType === 'NamedNode') return { '@id': o.value };
  if (o.termType !== 'Literal') throw new Error(`the mapping writes no ${o.termType}`);
  if (o.language) return { '@value': o.value, '@language': o.language };
  if (o.datatype.value === `${NS.xsd}string`) return o.value;
  return { '@value': o.value, '@type': compact(o.datatype.value) };
}

/**
 * The JSON-LD node objects of some triples, one per subject in order of appearance: `@type` from
 * rdf:type, compact IRIs for predicates, types and datatypes; full IRIs for `@id`s. Every value is
 * a string or an object with a string `@value`, so that expansion gives back exactly the lexical forms.
 */
export function jsonldNodes(quads: readonly Quad[], prefixes: Readonly<Record<string, string>>): Record<string, unknown>[] {
  // Longest namespace first, so that `cpkg` wins over a shorter prefix of the same IRI.
  const spaces = Object.entries(prefixes)
    .filter(([name]) => name in NS || name === 'cpkg')
    .sort((a, b) => b[1].length - a[1].length);
  const compact = (iri: string): string => {
    for (const [name, ns] of spaces) {
      const local = iri.slice(ns.length);
      if (iri.startsWith(ns) && /^[A-Za-z_][A-Za-z0-9_]*$/.test(local)) return `${name}:${local}`;
    }
    return iri;
  };
  const nodes = new Map<string, Record<string, unknown[]>>();
  for (const q of quads) {
    const node = nodes.get(q.subject.value) ?? {};
    nodes.set(q.subject.value, node);
    const key = q.predicate.value === RDF_TYPE.value ? '@type' : compact(q.predicate.value);
    const value = key === '@type' ? compact(q.object.value) : jsonldValue(q.object, compact);
    (node[key] ??= []).push(value);
  }
  const single = (values: unknown[]): unknown => (values.length === 1 ? values[0] : values);
  return [...nodes].map(([id, props]) => ({ '@id': id, ...Object.fromEntries(Object.entries(props).map(([k, v]) => [k, single(v)])) }));
}
