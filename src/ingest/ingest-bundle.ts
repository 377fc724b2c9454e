/**
 * Ingest: checks an article bundle, resolves its entities against the graph, and writes it in
 * one transaction — all or nothing. See Mutation.ingestArticle in schema/mutations.graphql for the
 * contract (idempotence, corroboration, contradiction, quote checks, one refusal listing every
 * problem, dry runs that report what the write would do).
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Store, Tx } from '../store/gateway.js';
import { AppError, type Problem } from '../errors.js';
import { evidenceId, relationshipId } from '../domain/ids.js';
import { excerpt } from '../domain/excerpt.js';
import { parsePartialDate } from '../domain/partial-date.js';
import type { RelationType } from '../domain/vocabulary.js';
import type { Bundle, EntityRecord, RelationshipRecord, SalvagedBundle } from '../seed/format.js';
import type { ParsedBundle } from '../seed/salvage-bundle.js';
import { bundleProblems } from '../seed/check-bundles.js';
import { toRows } from '../seed/to-rows.js';
import { entitySearchKeys } from '../domain/search-keys.js';
import { upsertArticles, upsertEntities, upsertEvidence, upsertRelationships, type NodeRow } from '../store/cypher/upsert-bundle.js';
import { readGraphView, type GraphView } from '../store/read-graph-view.js';
import * as q from '../store/cypher/ingest.js';
import { mergedAliases, resolveEntities, type CatalogEntity, type Resolution } from './resolve-entities.js';

/** What an ingest did, by id. */
export interface IngestSummary {
  articleIds: string[];
  dryRun: boolean;
  createdEntities: string[];
  mergedEntities: { inputId: string; entityId: string }[];
  createdRelationships: string[];
  corroboratedRelationships: string[];
  disputedRelationships: string[];
  unchangedRelationships: string[];
  removedRelationshipIds: string[];
  evidenceAdded: number;
  evidenceRemoved: number;
  auditId: string | null;
  /**
   * Of a dry run only: the graph as the write would leave it, read inside the rolled-back
   * transaction — every entity, relationship and article of the summary and all they reach.
   */
  preview?: GraphView;
}

/** What to ingest: a valid bundle, or the shape check of an input (see salvageBundle), valid or not. */
export type IngestInput = { bundle: Bundle } | { input: ParsedBundle };

/** How to ingest it. */
export interface IngestOptions {
  /** The key id recorded on every write and in the audit entry. */
  keyId: string;
  /** Check and report without writing; default false. */
  dryRun?: boolean;
  /** The prefix of problem paths; default `input`. */
  prefix?: string;
  /** The clock of the audit entry; default the system's. */
  now?: () => Date;
}

/** Arguments of an ingest. */
export type IngestArgs = { store: Store } & IngestOptions & IngestInput;

type CatalogRow = CatalogEntity & { description: string | null };

/** What the checks learnt of the graph, which the write goes on from. */
interface Checked {
  problems: Problem[];
  byId: Map<string, CatalogRow>;
  resolutions: Map<string, Resolution>;
  /** Input (and merged) entity ids to the entity id written. */
  idMap: Map<string, string>;
  /** Input article ids to the article id written (an article with the same URL keeps its id). */
  articleIdMap: Map<string, string>;
}

class DryRun extends Error {
  constructor(readonly summary: IngestSummary) {
    super('dry run');
  }
}

const sameQuantities = (stored: string | null, input: RelationshipRecord['quantities']): boolean =>
  (stored ?? '[]') === JSON.stringify(input);

const variantId = (id: string, r: RelationshipRecord): string =>
  `${id}-${createHash('sha256').update(`${r.status}|${JSON.stringify(r.quantities)}`).digest('hex').slice(0, 6)}`;

function refusal(problems: readonly Problem[]): AppError {
  return new AppError('BAD_USER_INPUT', `The article was refused (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was written:\n${problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`, { problems });
}

/**
 * Ingests one bundle. Runs every check — shape (already done for `input`), quotes, references,
 * entity resolution, conflicts — and throws one AppError BAD_USER_INPUT whose `problems` lists all
 * it found, in which case nothing is written. A dry run writes in the transaction, reads what the
 * answer can reach (`preview`), and rolls back.
 */
export async function ingestBundle(args: IngestArgs): Promise<IngestSummary> {
  const { store, keyId, dryRun = false, prefix = 'input', now = () => new Date() } = args;
  const input: ParsedBundle = 'input' in args ? args.input : { ok: true, bundle: args.bundle };
  if (!input.ok) {
    // Refused for its shape whatever else is found; the other checks still run on what was kept.
    const found = await store.readTx(async (tx) => (await checkInput(tx, input.salvaged, prefix)).problems);
    throw refusal([...input.problems, ...found]);
  }
  try {
    return await store.writeTx(async (tx) => {
      const checked = await checkInput(tx, input.bundle, prefix);
      if (checked.problems.length) throw refusal(checked.problems);
      return await write(tx, { bundle: input.bundle, checked, keyId, dryRun, now });
    });
  } catch (err) {
    if (err instanceof DryRun) return err.summary;
    throw err;
  }
}

/**
 * Every check that needs the graph or the whole input, on a valid bundle or on what shape
 * validation kept of an invalid one: at least one article; entity resolution (ambiguous
 * matches) and type conflicts with the entity resolved to; references, duplicate claims and
 * quotes (bundleProblems, as for article files); relationships whose ends resolve to one entity.
 */
async function checkInput(tx: Tx, bundle: SalvagedBundle, prefix: string): Promise<Checked> {
  const catalog = (await tx.run(q.resolutionCatalog())) as unknown as CatalogRow[];
  const byId = new Map(catalog.map((e) => [e.id, e]));
  const problems: Problem[] = [];
  if (bundle.articles.length === 0) problems.push({ path: `${prefix}.articles`, code: 'TOO_SMALL', message: 'give at least one article' });

  // Articles: the same id, or the same URL under another id, is the same article.
  const ids = bundle.articles.flatMap((a) => (a.id === undefined ? [] : [a.id]));
  const existingArticles = await tx.run(q.articlesByIdOrUrl({ ids, urls: bundle.articles.flatMap((a) => (a.url ? [a.url] : [])) }));
  const articleIdMap = new Map<string, string>();
  for (const a of bundle.articles) {
    if (a.id === undefined) continue;
    const same = existingArticles.find((x) => x.id === a.id) ?? existingArticles.find((x) => a.url && x.url === a.url);
    articleIdMap.set(a.id, (same?.id as string | undefined) ?? a.id);
  }

  // Entities whose id, name and type are valid are resolved; the ids of the others still count as declared.
  const resolvable = bundle.entities.flatMap((e, index) =>
    e.id !== undefined && e.name !== undefined && e.type !== undefined
      ? [{ index, entity: { id: e.id, name: e.name, type: e.type, aliases: e.aliases ?? [], description: e.description ?? null, mergedIds: e.mergedIds ?? [] } satisfies EntityRecord }]
      : [],
  );
  const resolved = resolveEntities({ inputs: resolvable.map((r) => r.entity), catalog, pathOf: (i) => `${prefix}.entities[${resolvable[i]!.index}]` });
  problems.push(...resolved.problems);
  const resolutions = new Map(resolved.resolutions.map((r) => [r.inputId, r]));
  for (const { index, entity: e } of resolvable) {
    const res = resolutions.get(e.id);
    const existing = res?.kind === 'existing' ? byId.get(res.entityId) : undefined;
    if (existing && existing.type !== e.type) {
      problems.push({ path: `${prefix}.entities[${index}].type`, code: 'ENTITY_TYPE_CONFLICT', message: `"${excerpt(e.name)}" resolves to ${existing.id}, which is a ${existing.type}, not a ${e.type}` });
    }
  }

  // References, duplicate claims and quotes, against the graph and the input together.
  const cross = bundleProblems([{ file: '', bundle }], { knownEntityIds: new Set(resolved.idMap.keys()), knownArticleIds: new Set(existingArticles.map((a) => a.id as string)) });
  problems.push(...cross.map(({ file: _file, ...p }) => ({ ...p, path: `${prefix}.${p.path}` })));

  const mapEntity = (id: string): string => resolved.idMap.get(id) ?? id;
  bundle.relationships.forEach((r, i) => {
    if (r.source === undefined || r.target === undefined) return;
    const [source, target] = [mapEntity(r.source), mapEntity(r.target)];
    if (source === target) problems.push({ path: `${prefix}.relationships[${i}]`, code: 'SELF_LOOP', message: `source and target both resolve to ${source}` });
  });
  return { problems, byId, resolutions, idMap: resolved.idMap, articleIdMap };
}

/** The write of a checked bundle, step by step; a dry run reads its preview and rolls back. */
async function write(tx: Tx, { bundle, checked, keyId, dryRun, now }: { bundle: Bundle; checked: Checked; keyId: string; dryRun: boolean; now: () => Date }): Promise<IngestSummary> {
  const mapEntity = (id: string): string => checked.idMap.get(id) ?? id;
  const mapArticle = (id: string): string => checked.articleIdMap.get(id) ?? id;
  const articleIds = [...new Set(bundle.articles.map((a) => mapArticle(a.id)))];

  const prior = await removePriorClaims(tx, articleIds);
  const published = await writeArticles(tx, { bundle, mapArticle, keyId });
  const entities = await writeEntities(tx, { bundle, checked, keyId });
  const relationships = bundle.relationships.map((r) => ({
    ...r,
    source: mapEntity(r.source),
    target: mapEntity(r.target),
    evidence: r.evidence.map((ev) => ({ ...ev, article: mapArticle(ev.article) })),
  }));
  const claims = await writeRelationships(tx, { relationships, published, priorEvidence: prior.evidence, keyId });
  await refreshKnownFrom(tx, claims.touched);

  const touchedIds = new Set([...claims.touched.values()].flatMap((ids) => [...ids]));
  const result: IngestSummary = {
    articleIds,
    dryRun,
    createdEntities: entities.created,
    mergedEntities: entities.merged,
    createdRelationships: [...new Set(claims.created)],
    corroboratedRelationships: [...new Set(claims.corroborated)],
    disputedRelationships: [...claims.disputed].sort(),
    unchangedRelationships: [...new Set(claims.unchanged)],
    removedRelationshipIds: prior.removed.filter((id) => !touchedIds.has(id)).sort(),
    evidenceAdded: claims.evidenceAdded,
    evidenceRemoved: [...prior.evidence].filter((id) => !claims.writtenEvidence.has(id)).length,
    auditId: null,
  };
  if (dryRun) throw new DryRun({ ...result, preview: await readPreview(tx, result) });
  return { ...result, auditId: await recordAudit(tx, { result, keyId, now }) };
}

/**
 * A re-ingest replaces the article's claims: removes the evidence of these articles, then the
 * relationships nothing else supports. Returns the removed evidence ids and relationship ids.
 */
async function removePriorClaims(tx: Tx, articleIds: readonly string[]): Promise<{ evidence: Set<string>; removed: string[] }> {
  const prior = await tx.run(q.evidenceOfArticles({ articleIds }));
  const evidence = new Set(prior.map((p) => p.id as string));
  const byType = new Map<RelationType, string[]>();
  for (const p of prior) byType.set(p.type as RelationType, [...(byType.get(p.type as RelationType) ?? []), p.relationshipId as string]);
  await tx.run(q.deleteEvidence({ ids: [...evidence] }));
  const removed: string[] = [];
  for (const [type, ids] of byType) {
    removed.push(...(await tx.run(q.deleteUnsupported({ type, ids: [...new Set(ids)] }))).map((r) => r.id as string));
  }
  return { evidence, removed };
}

/** Writes the articles (under the id of an existing article with their URL); returns each one's publication start. */
async function writeArticles(tx: Tx, { bundle, mapArticle, keyId }: { bundle: Bundle; mapArticle: (id: string) => string; keyId: string }): Promise<Map<string, string | null>> {
  const rows = toRows({ articles: bundle.articles.map((a) => ({ ...a, id: mapArticle(a.id) })), entities: [], relationships: [] }, keyId).articles;
  await tx.run(upsertArticles({ rows }));
  return new Map(rows.map((a) => [a.id, (a.props.publishedStart as string | null) ?? null]));
}

/** Creates the new entities; existing ones an input resolved to gain its names as aliases (and a description they lack). */
async function writeEntities(tx: Tx, { bundle, checked, keyId }: { bundle: Bundle; checked: Checked; keyId: string }): Promise<{ created: string[]; merged: { inputId: string; entityId: string }[] }> {
  const rows: NodeRow[] = [];
  const created: string[] = [];
  const merged: { inputId: string; entityId: string }[] = [];
  for (const e of bundle.entities) {
    const res = checked.resolutions.get(e.id)!;
    if (res.kind === 'new') {
      rows.push(...toRows({ articles: [], entities: [e], relationships: [] }, keyId).entities);
      created.push(e.id);
      continue;
    }
    const existing = checked.byId.get(res.entityId)!;
    const aliases = mergedAliases(existing, res.by === 'id' ? { name: existing.name, aliases: e.aliases } : e);
    merged.push({ inputId: e.id, entityId: existing.id });
    if (aliases.length !== existing.aliases.length || (!existing.description && e.description)) {
      const description = existing.description ?? e.description;
      rows.push({ id: existing.id, props: { aliases, description, ...entitySearchKeys({ name: existing.name, aliases, description }) } });
    }
  }
  if (rows.length) await tx.run(upsertEntities({ rows }));
  return { created, merged };
}

/**
 * Writes the relationships: one the graph holds (same endpoints and type, overlapping time, same
 * status and quantities) gains the evidence; one that contradicts what the graph holds stands
 * beside it and both become DISPUTED.
 */
async function writeRelationships(tx: Tx, { relationships, published, priorEvidence, keyId }: { relationships: RelationshipRecord[]; published: ReadonlyMap<string, string | null>; priorEvidence: ReadonlySet<string>; keyId: string }) {
  const out = { created: [] as string[], corroborated: [] as string[], unchanged: [] as string[], disputed: new Set<string>(), touched: new Map<RelationType, Set<string>>(), evidenceAdded: 0, writtenEvidence: new Set<string>() };
  for (const [key, r] of relationships.entries()) {
    const type = r.type as RelationType;
    const id0 = relationshipId({ ...r, type });
    const from = r.validFrom ? parsePartialDate(r.validFrom) : undefined;
    const to = r.validTo ? parsePartialDate(r.validTo) : undefined;
    const overlaps = await tx.run(q.overlapping({ type, rows: [{ key, source: r.source, target: r.target, topic: r.topic, validStart: from?.start ?? null, validEnd: to?.end ?? null }] }));
    const agrees = (o: Record<string, unknown>): boolean => o.status === r.status && sameQuantities(o.quantities as string | null, r.quantities);
    const exact = overlaps.find((o) => o.id === id0);
    const agreeing = exact && agrees(exact) ? exact : overlaps.find(agrees);
    let targetId: string;
    if (agreeing) {
      targetId = agreeing.id as string;
    } else {
      targetId = exact ? variantId(id0, r) : id0;
      const contradicted = overlaps.map((o) => o.id as string);
      const relRows = toRows({ articles: [], entities: [], relationships: [r] }, keyId).relationships.get(type)!;
      const row = { ...relRows[0]!, id: targetId, knownFrom: r.evidence.map((ev) => published.get(ev.article) ?? null).filter(Boolean).sort()[0] ?? null };
      row.props = { ...row.props, reportedStatus: r.status };
      await tx.run(upsertRelationships({ type, rows: [row] }));
      if (contradicted.length) {
        await tx.run(q.markDisputed({ type, rows: [{ id: targetId, by: contradicted }, ...contradicted.map((c) => ({ id: c, by: [targetId] }))] }));
        for (const c of [targetId, ...contradicted]) out.disputed.add(c);
      }
    }
    out.touched.set(type, (out.touched.get(type) ?? new Set()).add(targetId));
    const evRows = r.evidence.map((ev) => ({
      id: evidenceId(targetId, ev.article, ev.quote),
      articleId: ev.article,
      props: { quote: ev.quote, relationshipId: targetId, relationshipType: type, articleId: ev.article, recordedBy: keyId },
    }));
    const wasThere = evRows.every((ev) => priorEvidence.has(ev.id));
    out.evidenceAdded += evRows.filter((ev) => !priorEvidence.has(ev.id) && !out.writtenEvidence.has(ev.id)).length;
    for (const ev of evRows) out.writtenEvidence.add(ev.id);
    await tx.run(upsertEvidence({ rows: evRows }));
    if (wasThere && !out.disputed.has(targetId)) out.unchanged.push(targetId);
    else if (agreeing) out.corroborated.push(targetId);
    else out.created.push(targetId);
  }
  return out;
}

/** Recomputes `knownFrom` of the relationships written to. */
async function refreshKnownFrom(tx: Tx, touched: ReadonlyMap<RelationType, ReadonlySet<string>>): Promise<void> {
  for (const [type, ids] of touched) await tx.run(q.refreshKnownFrom({ type, ids: [...ids] }));
}

/** The graph as the write left it, read in its transaction: what a dry run's answer can reach. */
function readPreview(tx: Tx, s: IngestSummary): Promise<GraphView> {
  return readGraphView({
    run: (query) => tx.run(query),
    entityIds: [...s.createdEntities, ...s.mergedEntities.map((m) => m.entityId)],
    relationshipIds: [...s.createdRelationships, ...s.corroboratedRelationships, ...s.disputedRelationships, ...s.unchangedRelationships],
    articleIds: s.articleIds,
  });
}

/** Records the ingest in the audit log; returns the entry's id. */
async function recordAudit(tx: Tx, { result, keyId, now }: { result: IngestSummary; keyId: string; now: () => Date }): Promise<string> {
  const auditId = `audit-${randomUUID()}`;
  await tx.run(q.createAudit({
    entry: {
      id: auditId,
      action: 'INGEST',
      at: now().toISOString(),
      keyId,
      articleIds: result.articleIds,
      entityIds: [...result.createdEntities, ...result.mergedEntities.map((m) => m.entityId)],
      summary: JSON.stringify({ ...result, auditId: undefined, dryRun: undefined }),
      state: null,
    },
  }));
  return auditId;
}
