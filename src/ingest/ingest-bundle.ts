/**
 * Ingest: validates an article bundle, resolves its entities against the graph, and writes it in
 * one transaction — all or nothing. See Mutation.ingestArticle in schema/mutations.graphql for the
 * contract (idempotence, corroboration, contradiction, quote checks).
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Store, Tx } from '../store/gateway.js';
import { AppError, type Problem } from '../errors.js';
import { evidenceId, relationshipId } from '../domain/ids.js';
import { parsePartialDate } from '../domain/partial-date.js';
import { quoteOccursIn, foldForMatch } from '../domain/text.js';
import type { RelationType } from '../domain/vocabulary.js';
import { bundleSchema, type Bundle, type RelationshipRecord } from '../seed/format.js';
import { checkBundles } from '../seed/check-bundles.js';
import { searchText, toRows } from '../seed/to-rows.js';
import { upsertArticles, upsertEntities, upsertEvidence, upsertRelationships, type NodeRow } from '../store/cypher/upsert-bundle.js';
import * as q from '../store/cypher/ingest.js';
import { mergedAliases, resolveEntities, type CatalogEntity } from './resolve-entities.js';

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

/** Parses raw input against the article-file schema, paths prefixed with `prefix`. */
export function parseInput(raw: unknown, prefix: string): { bundle?: Bundle; problems: Problem[] } {
  const r = bundleSchema.safeParse(raw);
  if (r.success) return { bundle: r.data, problems: [] };
  return {
    problems: r.error.issues.map((i) => ({
      path: [prefix, ...i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))].join('').replace(/^\./, ''),
      code: i.code.toUpperCase(),
      message: i.message,
    })),
  };
}

/** Checks quotes against the texts given with their articles. */
function quoteProblems(bundle: Bundle, prefix: string): Problem[] {
  const texts = new Map(bundle.articles.filter((a) => a.text).map((a) => [a.id, a.text!]));
  const problems: Problem[] = [];
  bundle.relationships.forEach((r, i) =>
    r.evidence.forEach((ev, k) => {
      const text = texts.get(ev.article);
      if (text !== undefined && !quoteOccursIn(ev.quote, text)) {
        problems.push({ path: `${prefix}.relationships[${i}].evidence[${k}].quote`, code: 'QUOTE_NOT_IN_TEXT', message: `the quote "${ev.quote.slice(0, 80)}" does not occur in the text of ${ev.article}` });
      }
    }),
  );
  return problems;
}

/**
 * Ingests one bundle. Throws AppError BAD_USER_INPUT with `problems` when anything is wrong, in
 * which case nothing is written.
 */
export async function ingestBundle({ store, bundle, keyId, dryRun = false, prefix = 'input', now = () => new Date() }: {
  store: Store;
  bundle: Bundle;
  keyId: string;
  dryRun?: boolean;
  prefix?: string;
  now?: () => Date;
}): Promise<IngestSummary> {
  const early = quoteProblems(bundle, prefix);
  if (bundle.articles.length === 0) early.push({ path: `${prefix}.articles`, code: 'TOO_SMALL', message: 'give at least one article' });
  if (early.length) throw refusal(early);
  try {
    return await store.writeTx((tx) => write(tx, { bundle, keyId, dryRun, prefix, now }));
  } catch (err) {
    if (err instanceof DryRun) return err.summary;
    throw err;
  }
}

function refusal(problems: Problem[]): AppError {
  return new AppError('BAD_USER_INPUT', `The article was refused (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was written:\n${problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`, { problems });
}

async function write(tx: Tx, { bundle, keyId, dryRun, prefix, now }: { bundle: Bundle; keyId: string; dryRun: boolean; prefix: string; now: () => Date }): Promise<IngestSummary> {
  const catalog = (await tx.run(q.resolutionCatalog())) as unknown as (CatalogEntity & { description: string | null })[];
  const byId = new Map(catalog.map((e) => [e.id, e]));
  const problems: Problem[] = [];

  // Articles: the same id, or the same URL under another id, is the same article.
  const existingArticles = await tx.run(q.articlesByIdOrUrl({ ids: bundle.articles.map((a) => a.id), urls: bundle.articles.flatMap((a) => (a.url ? [a.url] : [])) }));
  const articleIdMap = new Map<string, string>();
  for (const a of bundle.articles) {
    const same = existingArticles.find((x) => x.id === a.id) ?? existingArticles.find((x) => a.url && x.url === a.url);
    articleIdMap.set(a.id, (same?.id as string | undefined) ?? a.id);
  }

  // Entities.
  const resolved = resolveEntities({ inputs: bundle.entities, catalog, pathOf: (i) => `${prefix}.entities[${i}]` });
  problems.push(...resolved.problems);
  bundle.entities.forEach((e, i) => {
    const res = resolved.resolutions.find((r) => r.inputId === e.id);
    if (res?.kind === 'existing') {
      const existing = byId.get(res.entityId)!;
      if (existing.type !== e.type) {
        problems.push({ path: `${prefix}.entities[${i}].type`, code: 'ENTITY_TYPE_CONFLICT', message: `"${e.name}" resolves to ${existing.id}, which is a ${existing.type}, not a ${e.type}` });
      }
    }
  });

  // Cross-references, against the graph and the input together.
  const known = new Set([...resolved.idMap.keys()]);
  const cross = checkBundles([{ file: '', bundle }], { knownEntityIds: known, knownArticleIds: new Set(existingArticles.map((a) => a.id as string)) });
  problems.push(...cross.problems.map((p) => ({ ...p, file: undefined, path: `${prefix}.${p.path}` })));
  if (problems.length) throw refusal(problems);

  const mapEntity = (id: string): string => resolved.idMap.get(id) ?? id;
  const mapArticle = (id: string): string => articleIdMap.get(id) ?? id;
  const relationships = bundle.relationships.map((r) => ({
    ...r,
    source: mapEntity(r.source),
    target: mapEntity(r.target),
    evidence: r.evidence.map((ev) => ({ ...ev, article: mapArticle(ev.article) })),
  }));
  for (const [i, r] of relationships.entries()) {
    if (r.source === r.target) problems.push({ path: `${prefix}.relationships[${i}]`, code: 'SELF_LOOP', message: `source and target both resolve to ${r.source}` });
  }
  if (problems.length) throw refusal(problems);

  // A re-ingest replaces the article's claims: remove its evidence, then what nothing else supports.
  const articleIds = [...new Set(bundle.articles.map((a) => mapArticle(a.id)))];
  const prior = await tx.run(q.evidenceOfArticles({ articleIds }));
  const priorEvidence = new Set(prior.map((p) => p.id as string));
  const priorByType = new Map<RelationType, string[]>();
  for (const p of prior) priorByType.set(p.type as RelationType, [...(priorByType.get(p.type as RelationType) ?? []), p.relationshipId as string]);
  await tx.run(q.deleteEvidence({ ids: [...priorEvidence] }));
  const removed: string[] = [];
  for (const [type, ids] of priorByType) {
    removed.push(...(await tx.run(q.deleteUnsupported({ type, ids: [...new Set(ids)] }))).map((r) => r.id as string));
  }

  // Articles and entities.
  const rows = toRows({ articles: bundle.articles.map((a) => ({ ...a, id: mapArticle(a.id) })), entities: [], relationships: [] }, keyId);
  await tx.run(upsertArticles({ rows: rows.articles }));
  const entityRows: NodeRow[] = [];
  const created: string[] = [];
  const merged: { inputId: string; entityId: string }[] = [];
  for (const e of bundle.entities) {
    const res = resolved.resolutions.find((r) => r.inputId === e.id)!;
    if (res.kind === 'new') {
      entityRows.push(...toRows({ articles: [], entities: [e], relationships: [] }, keyId).entities);
      created.push(e.id);
    } else {
      const existing = byId.get(res.entityId)!;
      const aliases = mergedAliases(existing, res.by === 'id' ? { name: existing.name, aliases: e.aliases } : e);
      merged.push({ inputId: e.id, entityId: existing.id });
      if (aliases.length !== existing.aliases.length || (!existing.description && e.description)) {
        entityRows.push({
          id: existing.id,
          props: {
            aliases,
            description: existing.description ?? e.description,
            searchText: searchText({ name: existing.name, aliases }),
            aliasKeys: aliases.map(foldForMatch),
          },
        });
      }
    }
  }
  if (entityRows.length) await tx.run(upsertEntities({ rows: entityRows }));

  // Relationships: corroborate what the graph holds, stand beside what they contradict.
  const summary = { created: [] as string[], corroborated: [] as string[], unchanged: [] as string[], disputed: new Set<string>() };
  const touched = new Map<RelationType, Set<string>>();
  const touch = (type: RelationType, id: string): void => {
    touched.set(type, (touched.get(type) ?? new Set()).add(id));
  };
  const published = new Map(rows.articles.map((a) => [a.id, (a.props.publishedStart as string | null) ?? null]));
  let evidenceAdded = 0;
  const writtenEvidence = new Set<string>();
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
        for (const c of [targetId, ...contradicted]) summary.disputed.add(c);
      }
    }
    touch(type, targetId);
    const evRows = r.evidence.map((ev) => ({
      id: evidenceId(targetId, ev.article, ev.quote),
      articleId: ev.article,
      props: { quote: ev.quote, relationshipId: targetId, relationshipType: type, articleId: ev.article, recordedBy: keyId },
    }));
    const wasThere = evRows.every((ev) => priorEvidence.has(ev.id));
    evidenceAdded += evRows.filter((ev) => !priorEvidence.has(ev.id) && !writtenEvidence.has(ev.id)).length;
    for (const ev of evRows) writtenEvidence.add(ev.id);
    await tx.run(upsertEvidence({ rows: evRows }));
    if (wasThere && !summary.disputed.has(targetId)) summary.unchanged.push(targetId);
    else if (agreeing) summary.corroborated.push(targetId);
    else summary.created.push(targetId);
  }
  for (const [type, ids] of touched) await tx.run(q.refreshKnownFrom({ type, ids: [...ids] }));

  const result: IngestSummary = {
    articleIds,
    dryRun,
    createdEntities: created,
    mergedEntities: merged,
    createdRelationships: [...new Set(summary.created)],
    corroboratedRelationships: [...new Set(summary.corroborated)],
    disputedRelationships: [...summary.disputed].sort(),
    unchangedRelationships: [...new Set(summary.unchanged)],
    removedRelationshipIds: removed.filter((id) => ![...touched.values()].some((ids) => ids.has(id))).sort(),
    evidenceAdded,
    evidenceRemoved: [...priorEvidence].filter((id) => !writtenEvidence.has(id)).length,
    auditId: null,
  };
  if (dryRun) throw new DryRun(result);

  const auditId = `audit-${randomUUID()}`;
  await tx.run(q.createAudit({
    entry: {
      id: auditId,
      action: 'INGEST',
      at: now().toISOString(),
      keyId,
      articleIds,
      entityIds: [...created, ...merged.map((m) => m.entityId)],
      summary: JSON.stringify({ ...result, auditId: undefined, dryRun: undefined }),
      state: null,
    },
  }));
  return { ...result, auditId };
}
