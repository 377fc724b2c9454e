/**
 * Ingest: checks an article bundle, resolves its entities against the graph, and writes it in
 * one transaction — all or nothing. See Mutation.ingestArticle in schema/mutations.graphql for the
 * contract (idempotence, corroboration, contradiction, quote checks, one refusal listing every
 * problem, dry runs that report what the write would do).
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { isWriteConflict, type Query, type Store, type Tx } from '../store/gateway.js';
import { AppError, type Problem } from '../errors.js';
import type { RelationType } from '../domain/vocabulary.js';
import type { Bundle, RelationshipRecord } from '../article-file/format.js';
import type { ParsedBundle } from '../article-file/salvage-bundle.js';
import { articleRow, entityRow } from '../article-file/to-rows.js';
import { entitySearchKeys } from '../domain/search-keys.js';
import { mergeAliases } from '../domain/merge-aliases.js';
import { publicationStarts } from '../domain/known-from.js';
import { upsertEntities, type NodeRow } from '../store/cypher/upsert-bundle.js';
import { readGraphView, type GraphView } from '../store/read-graph-view.js';
import { refreshContentHashes } from '../store/content-version.js';
import * as q from '../store/cypher/ingest.js';
import { WriteConflict, checkNoRace, entityLocks, pairLock } from './check-no-race.js';
import { checkInput, type Checked } from './check-input.js';
import { planRelationships, type HeldRelationship, type RelationshipPlan } from './plan-relationships.js';

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
  /** Of a dry run: read the graph as the write leaves it (`preview`); default true. */
  preview?: boolean;
}

/** Arguments of an ingest. */
export type IngestArgs = { store: Store } & IngestOptions & IngestInput;

/** How many times an ingest runs when concurrent writes keep getting in its way. */
const CONFLICT_ATTEMPTS = 8;

class DryRun extends Error {
  constructor(readonly summary: IngestSummary) {
    super('dry run');
  }
}

function refusal(problems: readonly Problem[]): AppError {
  return new AppError(
    'BAD_USER_INPUT',
    `The article was refused (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was ` +
      `written:\n${problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`,
    { problems },
  );
}

/**
 * Ingests one bundle. Runs every check — shape (already done for `input`), quotes, references,
 * entity resolution, conflicts — and throws one AppError BAD_USER_INPUT whose `problems` lists all
 * it found, in which case nothing is written. A dry run writes in the transaction, reads what the
 * answer can reach (`preview`), and rolls back. An ingest that loses a race with a concurrent one
 * (both created the same entity or relationship) runs again from the start, so that it answers as
 * if it had come second; after 8 attempts the error stands.
 */
export async function ingestBundle(args: IngestArgs): Promise<IngestSummary> {
  const { store, keyId, dryRun = false, prefix = 'input', now = () => new Date(), preview = true } = args;
  const input: ParsedBundle = 'input' in args ? args.input : { ok: true, bundle: args.bundle };
  if (!input.ok) {
    // Refused for its shape whatever else is found; the other checks still run on what was kept.
    const found = await store.readTx(async (tx) => (await checkInput(tx, input.salvaged, prefix)).problems);
    throw refusal([...input.problems, ...found]);
  }
  for (let attempt = 1; ; attempt++) {
    try {
      return await store.writeTx(async (tx) => {
        const checked = await checkInput(tx, input.bundle, prefix);
        if (checked.problems.length) throw refusal(checked.problems);
        return await write(tx, { bundle: input.bundle, checked, keyId, dryRun, preview, now });
      });
    } catch (err) {
      if (err instanceof DryRun) return err.summary;
      // A concurrent ingest created an entity or relationship this one read as absent, or one
      // this one should have matched (or a deadlock outlasted the driver's retries): run again,
      // resolving against what it wrote.
      if (!(err instanceof WriteConflict || isWriteConflict(err)) || attempt >= CONFLICT_ATTEMPTS) throw err;
      await sleep(Math.random() * 50 * attempt);
    }
  }
}

/**
 * The write of a checked bundle, in named steps, each a bounded number of statements whatever the
 * bundle's size, from a closed set of texts: prior evidence, articles, entities, relationships,
 * disputes, audit, race check, content version (resolve ran before, in checkInput). A dry run
 * reads its preview and rolls back.
 */
async function write(
  tx: Tx,
  {
    bundle,
    checked,
    keyId,
    dryRun,
    preview,
    now,
  }: { bundle: Bundle; checked: Checked; keyId: string; dryRun: boolean; preview: boolean; now: () => Date },
): Promise<IngestSummary> {
  const mapEntity = (id: string): string => checked.idMap.get(id) ?? id;
  const mapArticle = (id: string): string => checked.articleIdMap.get(id) ?? id;
  const articleIds = [...new Set(bundle.articles.map((a) => mapArticle(a.id)))];

  const articles = bundle.articles.map((a) => ({ ...a, id: mapArticle(a.id) }));
  const articleRows = articles.map((article) => articleRow({ article, recordedBy: keyId }));
  const prior = await writeArticlesRemovingPriorClaims(tx, { articleIds, articleRows });
  const published = publicationStarts(articles);
  const entities = await writeEntities(tx, { bundle, checked, keyId });
  const relationships = bundle.relationships.map((r) => ({
    ...r,
    source: mapEntity(r.source),
    target: mapEntity(r.target),
    evidence: r.evidence.map((ev) => ({ ...ev, article: mapArticle(ev.article) })),
  }));
  const claims = await writeRelationships(tx, { relationships, published, priorEvidence: prior.evidence, keyId });
  await writeDisputes(tx, claims.disputes);

  const touchedIds = new Set(claims.touched.map((t) => t.id));
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
  if (dryRun) throw new DryRun(preview ? { ...result, preview: await readPreview(tx, result) } : result);
  const auditId = await recordAudit(tx, { result, keyId, now });
  const created = bundle.entities.filter((e) => entities.created.includes(e.id));
  const removed = new Set(prior.removed);
  await checkNoRace(tx, {
    locks: [
      ...created.flatMap(entityLocks),
      ...entities.named.flatMap(entityLocks),
      ...claims.creates.map(pairLock),
      ...prior.relationships.filter((r) => removed.has(r.id)).map(pairLock),
    ],
    created,
    creates: claims.creates,
    held: claims.held,
  });
  // Step `content version`, last: the version node it adds to stays locked until the commit.
  await refreshContentHashes(tx, {
    articleIds,
    entityIds: [...entities.created, ...entities.merged.map((m) => m.entityId)],
    relationships: [...prior.relationships, ...claims.touched, ...claims.disputes],
    before: prior.removedHashes,
  });
  return { ...result, auditId };
}

/**
 * Steps `articles` and `prior evidence`: writes the articles (under the id of an existing article
 * with their URL) and, as a re-ingest replaces the articles' claims, deletes the evidence of these
 * articles, in one statement; then the relationships nothing else supports. Returns the removed
 * evidence ids and relationship ids. Two statements at most.
 */
async function writeArticlesRemovingPriorClaims(
  tx: Tx,
  { articleIds, articleRows }: { articleIds: readonly string[]; articleRows: readonly NodeRow[] },
): Promise<PriorClaims> {
  const prior = await tx.run(q.writeArticlesClearingEvidence({ rows: articleRows, articleIds }));
  const evidence = new Set(prior.map((p) => p.id as string));
  if (prior.length === 0) return { evidence, removed: [], relationships: [], removedHashes: new Map() };
  const held = await tx.run(
    q.deleteUnsupported({ relationships: prior.map((p) => ({ id: p.relationshipId as string, type: p.type as string })) }),
  );
  const deleted = held.filter((r) => r.deleted === true);
  return {
    evidence,
    removed: deleted.map((r) => r.id as string),
    relationships: held.map((r) => ({
      id: r.id as string,
      type: r.type as string,
      source: r.source as string,
      target: r.target as string,
    })),
    removedHashes: new Map(deleted.map((r) => [`relationship:${r.id as string}`, (r.contentHash as string | null) ?? null])),
  };
}

/** What step `prior evidence` removed. */
interface PriorClaims {
  /** The evidence ids these articles had. */
  evidence: Set<string>;
  /** The relationships deleted, nothing supporting them any more. */
  removed: string[];
  /** Every relationship that lost evidence, with its ends (the deleted ones too). */
  relationships: { id: string; type: string; source: string; target: string }[];
  /** The content hashes of the deleted relationships, by `relationship:<id>`. */
  removedHashes: Map<string, string | null>;
}

/**
 * Step `entities`: creates the new entities; existing ones an input resolved to gain its names as
 * aliases (and a description they lack). Two statements at most.
 */
async function writeEntities(
  tx: Tx,
  { bundle, checked, keyId }: { bundle: Bundle; checked: Checked; keyId: string },
): Promise<{
  created: string[];
  merged: { inputId: string; entityId: string }[];
  named: { type: string; name: string; aliases: string[] }[];
}> {
  const created: string[] = [];
  const merged: { inputId: string; entityId: string }[] = [];
  const updates: NodeRow[] = [];
  // Existing entities given new names (aliases): the race check locks their keys.
  const named: { type: string; name: string; aliases: string[] }[] = [];
  for (const e of bundle.entities) {
    const res = checked.resolutions.get(e.id)!;
    if (res.kind === 'new') {
      created.push(e.id);
      continue;
    }
    const existing = checked.byId.get(res.entityId)!;
    // An input under the entity's own id gives it its aliases, not its name.
    const aliases = mergeAliases({
      name: existing.name,
      aliases: existing.aliases,
      names: res.by === 'id' ? e.aliases : [e.name, ...e.aliases],
    });
    merged.push({ inputId: e.id, entityId: existing.id });
    if (aliases.length !== existing.aliases.length || (!existing.description && e.description)) {
      const description = existing.description ?? e.description;
      if (aliases.length !== existing.aliases.length) named.push({ type: existing.type, name: existing.name, aliases });
      updates.push({
        id: existing.id,
        props: { aliases, description, ...entitySearchKeys({ name: existing.name, aliases, description }) },
      });
    }
  }
  const creates = bundle.entities.filter((e) => created.includes(e.id)).map((entity) => entityRow({ entity, recordedBy: keyId }));
  if (creates.length) await tx.run(q.createEntities({ rows: creates }));
  if (updates.length) await tx.run(upsertEntities({ rows: updates }));
  return { created, merged, named };
}

/**
 * Step `relationships`: reads what the graph holds between the ends of the claims, plans the
 * step (planRelationships), creates and rewrites relationships, writes the evidence and renews
 * `knownFrom` of every relationship a claim went to (one statement). Four statements at most.
 */
async function writeRelationships(
  tx: Tx,
  {
    relationships,
    published,
    priorEvidence,
    keyId,
  }: {
    relationships: RelationshipRecord[];
    published: ReadonlyMap<string, string | null>;
    priorEvidence: ReadonlySet<string>;
    keyId: string;
  },
): Promise<RelationshipPlan & { held: HeldRelationship[] }> {
  if (relationships.length === 0) return { ...planRelationships({ relationships, held: [], published, priorEvidence, keyId }), held: [] };
  const pairs = new Map(
    relationships.map((r) => [
      JSON.stringify([r.type, r.source, r.target]),
      { type: r.type as RelationType, source: r.source, target: r.target },
    ]),
  );
  const held = (await tx.run(q.relationshipsBetween({ pairs: [...pairs.values()] }))) as unknown as HeldRelationship[];
  const plan = planRelationships({ relationships, held, published, priorEvidence, keyId });
  // Creates first: a rewrite may be of a relationship an earlier claim created.
  if (plan.creates.length) await expectWritten(tx, q.createRelationships({ rows: plan.creates }), plan.creates.length);
  if (plan.updates.length) await expectWritten(tx, q.updateRelationships({ rows: plan.updates }), plan.updates.length);
  await tx.run(q.writeEvidence({ evidence: plan.evidence, touched: plan.touched }));
  return { ...plan, held };
}

/** Runs a write returning `written` and checks it wrote every row (the checks guarantee both ends exist). */
async function expectWritten(tx: Tx, query: Query, rows: number): Promise<void> {
  const [res] = await tx.run(query);
  if (res?.written !== rows) throw new Error(`wrote ${String(res?.written)} of ${rows} relationships: an endpoint is missing`);
}

/** Step `disputes`: marks DISPUTED every relationship a claim contradicted and every claim written beside one. One statement at most. */
async function writeDisputes(tx: Tx, disputes: RelationshipPlan['disputes']): Promise<void> {
  if (disputes.length) await tx.run(q.markDisputed({ rows: disputes }));
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
  await tx.run(
    q.createAudit({
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
    }),
  );
  return auditId;
}
