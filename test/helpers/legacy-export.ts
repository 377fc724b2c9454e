/**
 * The export pipeline as it was before downloads streamed (issue 19), frozen: the subgraph loaded
 * through the reader's look-ups, then written whole by the old writers. test/export/legacy-bytes.test.ts
 * compares its bytes with the streamed pipeline's on the seeded graph. Do not change it: it is the
 * reference the streamed formats must keep matching.
 */
import { AppError } from '../../src/errors.js';
import type { EntityModel, QuantityModel, RelationshipModel } from '../../src/domain/models.js';
import type { Reader } from '../../src/store/reader.js';
import type { EdgeFilter } from '../../src/domain/arguments.js';
import type { ExportQuery as AnyQuery, ExportSelection } from '../../src/export/index.js';

/** The views the old pipeline knew. */
export type ExportQuery = Exclude<AnyQuery, { view: 'all' }>;
type ExportRequest = { query: ExportQuery; filter: EdgeFilter };

/** One quote supporting a relationship, with the article it comes from. */
export interface ExportEvidence {
  quote: string;
  articleId: string;
  articleSource: string;
  articleUrl: string | null;
  publishedAt: string | null;
}

/** A relationship with its evidence. */
export type ExportEdge = RelationshipModel & { evidence: ExportEvidence[] };

/** What every formatter takes: entities, relationships and whether the cap cut the subgraph. */
export interface LegacySubgraph {
  nodes: EntityModel[];
  edges: ExportEdge[];
  truncated: boolean;
}

/** The reader functions an export needs. */
export type ExportReader = Pick<Reader, 'neighborhood' | 'connections' | 'entitiesByIds' | 'evidenceByRelationshipIds' | 'articlesByIds'>;

/**
 * Loads the subgraph of a checked export request. Throws AppError NOT_FOUND (argument `id` or
 * `ids`) when an entity asked for is unknown, and INTERNAL_SERVER_ERROR when the store returns a
 * relationship whose endpoint or cited article is missing. Order is the reader's; the formatters
 * sort.
 */
export async function legacySubgraph({ reader, request }: { reader: ExportReader; request: ExportRequest }): Promise<LegacySubgraph> {
  const { query, filter } = request;
  let sub;
  if (query.view === 'neighborhood') {
    sub = await reader.neighborhood({ id: query.id, depth: query.depth, filter, limit: query.first });
    if (!sub) throw new AppError('NOT_FOUND', `id: no entity "${query.id}"`, { argument: 'id' });
  } else {
    sub = await reader.connections({ ids: query.ids, maxHops: query.maxHops, filter, cap: query.first });
    // connections() leaves unknown ids out silently; a download of them should say so instead.
    const known = new Set(sub.nodeIds);
    const unknown = query.ids.filter((id) => !known.has(id));
    if (unknown.length)
      throw new AppError('NOT_FOUND', `ids: no entity ${unknown.map((u) => JSON.stringify(u)).join(', ')}`, { argument: 'ids' });
  }
  const [entities, edges] = await Promise.all([
    reader.entitiesByIds(sub.nodeIds),
    withEvidence({ reader, relationships: sub.relationships }),
  ]);
  const nodes = sub.nodeIds.map((id) => {
    const e = entities.get(id);
    if (!e) throw new AppError('INTERNAL_SERVER_ERROR', `relationship endpoint ${id} is missing`);
    return e;
  });
  return { nodes, edges, truncated: sub.truncated };
}

/**
 * The relationships with their evidence, each quote with its article, in the order given. Throws
 * AppError INTERNAL_SERVER_ERROR when the store returns evidence whose article is missing.
 */
export async function withEvidence({
  reader,
  relationships,
}: {
  reader: Pick<Reader, 'evidenceByRelationshipIds' | 'articlesByIds'>;
  relationships: readonly RelationshipModel[];
}): Promise<ExportEdge[]> {
  const evidence = await reader.evidenceByRelationshipIds(relationships.map((r) => r.id));
  const articles = await reader.articlesByIds([...new Set([...evidence.values()].flat().map((ev) => ev.articleId))]);
  return relationships.map((r) => ({
    ...r,
    evidence: (evidence.get(r.id) ?? []).map((ev) => {
      const a = articles.get(ev.articleId);
      if (!a) throw new AppError('INTERNAL_SERVER_ERROR', `evidence ${ev.id} cites a missing article`);
      return { quote: ev.quote, articleId: a.id, articleSource: a.source, articleUrl: a.url, publishedAt: a.publishedAt };
    }),
  }));
}
/** The reader functions a selection export needs. */
export type SelectionReader = Pick<Reader, 'entitiesByIds' | 'relationshipsByIds' | 'evidenceByRelationshipIds' | 'articlesByIds'>;

const quoted = (ids: readonly string[]): string => ids.map((id) => JSON.stringify(id)).join(', ');

/**
 * Loads the subgraph of a checked selection: exactly the relationships named, and as nodes the
 * entities named together with every endpoint of those relationships (so that, as in
 * `GET /export`, each edge's ends are in the file; no other relationship between the nodes is
 * added). An entity id merged into another stands for the entity it was merged into. Never
 * truncated: the body's caps bound it. Throws AppError NOT_FOUND naming every unknown id
 * (argument `entityIds` first, then `relationshipIds`), and INTERNAL_SERVER_ERROR when the store
 * returns a relationship whose endpoint or cited article is missing.
 */
export async function legacySelection({
  reader,
  selection,
}: {
  reader: SelectionReader;
  selection: ExportSelection;
}): Promise<LegacySubgraph> {
  const [named, rels] = await Promise.all([
    reader.entitiesByIds(selection.entityIds),
    reader.relationshipsByIds(selection.relationshipIds),
  ]);
  const unknownEntities = selection.entityIds.filter((id) => !named.has(id));
  if (unknownEntities.length) throw new AppError('NOT_FOUND', `entityIds: no entity ${quoted(unknownEntities)}`, { argument: 'entityIds' });
  const unknownRels = selection.relationshipIds.filter((id) => !rels.has(id));
  if (unknownRels.length)
    throw new AppError('NOT_FOUND', `relationshipIds: no relationship ${quoted(unknownRels)}`, { argument: 'relationshipIds' });

  const relationships = selection.relationshipIds.map((id) => rels.get(id)!);
  const nodes = new Map<string, EntityModel>([...named.values()].map((e) => [e.id, e]));
  const endpoints = [...new Set(relationships.flatMap((r) => [r.sourceId, r.targetId]))].filter((id) => !nodes.has(id));
  const [ends, edges] = await Promise.all([
    endpoints.length ? reader.entitiesByIds(endpoints) : new Map<string, EntityModel>(),
    withEvidence({ reader, relationships }),
  ]);
  for (const id of endpoints) {
    const e = ends.get(id);
    if (!e) throw new AppError('INTERNAL_SERVER_ERROR', `relationship endpoint ${id} is missing`);
    nodes.set(e.id, e);
  }
  return { nodes: [...nodes.values()], edges, truncated: false };
}
/** Items sorted by id in code-unit order (the same on every machine and locale). */
export function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Aliases joined with " | ". */
export function aliasesText(aliases: readonly string[]): string {
  return aliases.join(' | ');
}

/** Quantities as `label: value unit`, joined with "; ". */
export function quantitiesText(quantities: readonly QuantityModel[]): string {
  return quantities.map((q) => `${q.label ? `${q.label}: ` : ''}${q.value} ${q.unit}`).join('; ');
}

/** Evidence as `quote — source (date) url`, one per line; date and url only when known. */
export function evidenceText(evidence: readonly ExportEvidence[]): string {
  return evidence
    .map(
      (ev) => `${ev.quote} — ${ev.articleSource}${ev.publishedAt ? ` (${ev.publishedAt})` : ''}${ev.articleUrl ? ` ${ev.articleUrl}` : ''}`,
    )
    .join('\n');
}

/** Distinct outlets behind the evidence, case-insensitively (as Relationship.sourceCount counts them). */
export function sourceCount(evidence: readonly ExportEvidence[]): number {
  return new Set(evidence.map((ev) => ev.articleSource.toLowerCase())).size;
}
/**
 * One CSV field. A value starting with = + - @ tab or CR gets a leading `'` so spreadsheets do not
 * run it as a formula (CSV injection); a value with a comma, quote, CR or LF is quoted, with
 * embedded quotes doubled.
 */
function cell(value: string | null): string {
  let v = value ?? '';
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Header and rows as CSV: CRLF after every record, the last included. */
function table(header: readonly string[], rows: readonly (string | null)[][]): string {
  return [header, ...rows].map((r) => r.map(cell).join(',') + '\r\n').join('');
}

/** nodes.csv: `id,name,type,aliases,description`, one row per entity sorted by id; aliases joined with " | ". */
export function legacyNodesCsv(subgraph: LegacySubgraph): string {
  return table(
    ['id', 'name', 'type', 'aliases', 'description'],
    byId(subgraph.nodes).map((n) => [n.id, n.name, n.type, aliasesText(n.aliases), n.description]),
  );
}

/**
 * edges.csv: `id,source,target,type,validFrom,validTo,status,topic,quantities,evidence`, one row
 * per relationship sorted by id; evidence as `quote — source (date) url` lines in one field.
 */
export function legacyEdgesCsv(subgraph: LegacySubgraph): string {
  return table(
    ['id', 'source', 'target', 'type', 'validFrom', 'validTo', 'status', 'topic', 'quantities', 'evidence'],
    byId(subgraph.edges).map((e) => [
      e.id,
      e.sourceId,
      e.targetId,
      e.type,
      e.validFrom,
      e.validTo,
      e.status,
      e.topic,
      quantitiesText(e.quantities),
      evidenceText(e.evidence),
    ]),
  );
}
// Characters XML 1.0 does not allow at all (C0 controls but tab/LF/CR, surrogates, U+FFFE/U+FFFF).
const ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

/** Escapes element text: drops illegal characters, escapes & < > " ' and CR (which parsers would fold into LF). */
function text(value: string): string {
  return value.replace(ILLEGAL_XML, '').replace(/[&<>"'\r]/g, (c) => ENTITIES[c]!);
}

/** Escapes an attribute value; tab and newline too, which parsers would turn into spaces. */
function attr(value: string): string {
  return value.replace(ILLEGAL_XML, '').replace(/[&<>"'\r\n\t]/g, (c) => ENTITIES[c]!);
}

const KEYS = [
  ['n_name', 'node', 'name', 'string'],
  ['n_type', 'node', 'type', 'string'],
  ['n_aliases', 'node', 'aliases', 'string'],
  ['n_description', 'node', 'description', 'string'],
  ['e_type', 'edge', 'type', 'string'],
  ['e_validFrom', 'edge', 'validFrom', 'string'],
  ['e_validTo', 'edge', 'validTo', 'string'],
  ['e_status', 'edge', 'status', 'string'],
  ['e_topic', 'edge', 'topic', 'string'],
  ['e_quantities', 'edge', 'quantities', 'string'],
  ['e_evidence', 'edge', 'evidence', 'string'],
  ['e_sourceCount', 'edge', 'sourceCount', 'int'],
] as const;

type KeyId = (typeof KEYS)[number][0];

/** `<data>` lines of the non-empty values, in the order given. */
function data(indent: string, values: [KeyId, string | number | null][]): string[] {
  return values.filter(([, v]) => v !== null && v !== '').map(([key, v]) => `${indent}<data key="${key}">${text(String(v))}</data>`);
}

/**
 * Writes a subgraph as GraphML 1.0 (UTF-8, `edgedefault="directed"`): `<key>` declarations for
 * the node fields (name, type, aliases joined with " | ", description) and edge fields (type,
 * validFrom, validTo, status, topic, quantities, evidence as `quote — source (date) url` lines,
 * sourceCount); nodes sorted by id, edges by id; empty values left out; a `<desc>` on the graph
 * when the cap cut it. Every string is XML-escaped and stripped of characters XML 1.0 forbids.
 */
export function legacyGraphml(subgraph: LegacySubgraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map(([id, kind, name, type]) => `  <key id="${id}" for="${kind}" attr.name="${name}" attr.type="${type}"/>`),
    '  <graph id="G" edgedefault="directed">',
  ];
  if (subgraph.truncated) lines.push('    <desc>truncated: the relationship cap cut this subgraph; raise first to see more</desc>');
  for (const n of byId(subgraph.nodes)) {
    lines.push(
      `    <node id="${attr(n.id)}">`,
      ...data('      ', [
        ['n_name', n.name],
        ['n_type', n.type],
        ['n_aliases', aliasesText(n.aliases)],
        ['n_description', n.description],
      ]),
      '    </node>',
    );
  }
  for (const e of byId(subgraph.edges)) {
    lines.push(
      `    <edge id="${attr(e.id)}" source="${attr(e.sourceId)}" target="${attr(e.targetId)}">`,
      ...data('      ', [
        ['e_type', e.type],
        ['e_validFrom', e.validFrom],
        ['e_validTo', e.validTo],
        ['e_status', e.status],
        ['e_topic', e.topic],
        ['e_quantities', quantitiesText(e.quantities)],
        ['e_evidence', evidenceText(e.evidence)],
        ['e_sourceCount', sourceCount(e.evidence)],
      ]),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}
/**
 * Writes `{ nodes, edges, truncated, query }` as indented JSON with a final newline. Nodes and
 * edges are sorted by id and their keys written in a fixed order; each edge carries its evidence
 * and `sourceCount` (distinct outlets); `query` holds the normalized parameters (for a selection,
 * `{ view: 'selection', entityIds, relationshipIds, format }`).
 */
export function legacyJson({ subgraph, query }: { subgraph: LegacySubgraph; query: ExportQuery | ExportSelection }): string {
  const nodes = byId(subgraph.nodes).map((n) => ({
    id: n.id,
    name: n.name,
    type: n.type,
    aliases: n.aliases,
    description: n.description,
    mergedIds: n.mergedIds,
  }));
  const edges = byId(subgraph.edges).map((e) => ({
    id: e.id,
    type: e.type,
    sourceId: e.sourceId,
    targetId: e.targetId,
    validFrom: e.validFrom,
    validTo: e.validTo,
    status: e.status,
    topic: e.topic,
    role: e.role,
    quantities: e.quantities.map((q) => ({ value: q.value, unit: q.unit, label: q.label })),
    knownFrom: e.knownFrom,
    note: e.note,
    sourceCount: sourceCount(e.evidence),
    evidence: e.evidence.map((ev) => ({
      quote: ev.quote,
      articleId: ev.articleId,
      articleSource: ev.articleSource,
      articleUrl: ev.articleUrl,
      publishedAt: ev.publishedAt,
    })),
  }));
  return JSON.stringify({ nodes, edges, truncated: subgraph.truncated, query: normalizedQuery(query) }, null, 2) + '\n';
}

/** The query with its keys in a fixed order. */
function normalizedQuery(q: ExportQuery | ExportSelection): Record<string, unknown> {
  if (q.view === 'selection') return { view: q.view, entityIds: q.entityIds, relationshipIds: q.relationshipIds, format: q.format };
  const subject = q.view === 'neighborhood' ? { view: q.view, id: q.id, depth: q.depth } : { view: q.view, ids: q.ids, maxHops: q.maxHops };
  return {
    ...subject,
    first: q.first,
    types: q.types,
    statuses: q.statuses,
    asOf: q.asOf,
    since: q.since,
    until: q.until,
    format: q.format,
  };
}
