/**
 * Ingest: checks an article bundle, resolves its entities against the graph, and writes it in
 * one transaction — all or nothing. See Mutation.ingestArticle in schema/mutations.graphql for the
 * contract (idempotence, corroboration, contradiction, quote checks, one refusal listing every
 * problem, dry runs that report what the write would do).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Store, Tx } from '../store/gateway.js';
import { isWriteConflict, refusedIdentifierKey } from '../store/map-neo4j-error.js';
import { AppError, type Problem } from '../errors.js';
import type { Bundle } from '../article-file/format.js';
import type { ParsedBundle } from '../article-file/salvage-bundle.js';
import { articleRow } from '../article-file/to-rows.js';
import { publicationStarts } from '../domain/known-from.js';
import type { GraphView } from '../store/read-graph-view.js';
import { refreshContentHashes } from '../store/content-version.js';
import { WriteConflict, checkNoRace, entityLocks, identifierLock, pairLock } from './check-no-race.js';
import type { ResolvedBy } from './resolve-entities.js';
import { checkInput, type Checked } from './check-input.js';
import { writeArticlesRemovingPriorClaims } from './write-articles-removing-prior-claims.js';
import { writeEntities } from './write-entities.js';
import { writeRelationships } from './write-relationships.js';
import { writeDisputes } from './write-disputes.js';
import { endDisputes } from './end-disputes.js';
import { recordAudit } from './record-audit.js';
import { readPreview } from './read-preview.js';

/** What an ingest did, by id. */
export interface IngestSummary {
  articleIds: string[];
  dryRun: boolean;
  createdEntities: string[];
  /** Input entities resolved to existing ones, with what resolved them (id, merged id, identifier or name). */
  mergedEntities: { inputId: string; entityId: string; by: ResolvedBy }[];
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

/** The CONFLICT a write refused by the identifier keys' unique constraint becomes, or null for another error. */
function identifierConflict(err: unknown): AppError | null {
  const key = refusedIdentifierKey(err);
  return key === null
    ? null
    : new AppError('CONFLICT', `The identifier ${key} was given to another entity by a concurrent write; nothing was written.`);
}

/**
 * Ingests one bundle. Runs every check — shape (already done for `input`), quotes, references,
 * entity resolution, conflicts — and throws one AppError BAD_USER_INPUT whose `problems` lists all
 * it found, in which case nothing is written. A dry run writes in the transaction, reads what the
 * answer can reach (`preview`), and rolls back. An ingest that loses a race with a concurrent one
 * (both created the same entity or relationship, or gave one identifier to two entities) runs again
 * from the start, so that it answers as if it had come second; after 8 attempts the error stands
 * (CONFLICT for an identifier).
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
      if (!(err instanceof WriteConflict || isWriteConflict(err))) throw err;
      if (attempt >= CONFLICT_ATTEMPTS) throw identifierConflict(err) ?? err;
      await sleep(Math.random() * 50 * attempt);
    }
  }
}

/**
 * The write of a checked bundle, in named steps, each a bounded number of statements whatever the
 * bundle's size, from a closed set of texts: prior evidence, articles, ended disputes (of the
 * claims a re-ingest drops), entities, relationships, disputes, race check, content version, audit
 * (resolve ran before, in checkInput). A dry run reads its preview and rolls back.
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
  // A claim the re-ingest drops takes its disputes with it, before the claims are planned against what stays.
  const removed = new Set(prior.removed);
  const ended = await endDisputes(tx, { deleted: prior.relationships.filter((r) => removed.has(r.id)) });
  const published = publicationStarts(articles);
  const entities = await writeEntities(tx, { bundle, checked, keyId });
  const relationships = bundle.relationships.map((r) => ({
    ...r,
    source: mapEntity(r.source),
    target: mapEntity(r.target),
    evidence: r.evidence.map((ev) => ({ ...ev, article: mapArticle(ev.article) })),
  }));
  const claims = await writeRelationships(tx, { relationships, published, priorEvidence: prior.evidence, keyId });
  const reportedStatusAdded = await writeDisputes(tx, claims.disputes);

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
  const created = bundle.entities.filter((e) => entities.created.includes(e.id));
  await checkNoRace(tx, {
    locks: [
      ...created.flatMap(entityLocks),
      ...entities.named.flatMap(entityLocks),
      ...entities.identifierKeys.map(identifierLock),
      ...claims.creates.map(pairLock),
      ...prior.relationships.filter((r) => removed.has(r.id)).map(pairLock),
    ],
    created,
    creates: claims.creates,
    held: claims.held,
  });
  // Step `content version`, last but the audit: the version node it adds to stays locked until the commit.
  await refreshContentHashes(tx, {
    articleIds,
    entityIds: [...entities.created, ...entities.merged.map((m) => m.entityId)],
    relationships: [...prior.relationships, ...ended.changed, ...claims.touched, ...claims.disputes],
    before: prior.removedHashes,
  });
  // Step `audit`, after the content version: the entry records the version the ingest left.
  const auditId = await recordAudit(tx, {
    result,
    extras: {
      namesAdded: entities.namesAdded,
      reportedStatusAdded,
      restoredRelationshipIds: ended.restored.filter((id) => !claims.disputed.has(id)),
    },
    keyId,
    now,
  });
  return { ...result, auditId };
}
