/**
 * Retracting an article: taking back what it brought to the graph, in one transaction, recording
 * in the RETRACT audit entry the state it changes so that undoRetraction can put it back exactly.
 * See Mutation.retractArticle in schema/mutations.graphql for the contract.
 */
import { randomUUID } from 'node:crypto';
import type { Store, Tx } from '../store/gateway.js';
import { AppError } from '../errors.js';
import * as q from '../store/cypher/retract-article.js';
import { createAudit } from '../store/cypher/create-audit.js';
import { deleteEvidenceOfArticles, deleteUnsupported } from '../store/cypher/write-articles-clearing-evidence.js';
import { refreshKnownFrom } from '../store/cypher/write-evidence.js';
import { upsertEntities } from '../store/cypher/upsert-bundle.js';
import { lockKeys } from '../store/cypher/race-check.js';
import { contentVersionIn, refreshContentHashes, storedContentHashes } from '../store/content-version.js';
import { endDisputes, type DisputesEnded } from './end-disputes.js';
import { stateRelationshipIds } from '../domain/change-of-audit.js';
import { readRetractionScope, refOf, retractionLocks, type RetractionScope } from './retraction-scope.js';
import type { HeldRelationship, RetractState, RetractSummary } from './retraction-state.js';

/** How to retract. */
export interface RetractArgs {
  store: Store;
  /** The article's id. */
  id: string;
  /** Why: required, recorded in the audit entry. */
  reason: string;
  /** Remove the entities left with no relationship; default false (they are only listed). */
  removeOrphans?: boolean;
  /** Do everything and roll back; default false. */
  dryRun?: boolean;
  /** The key id recorded in the audit entry. */
  keyId: string;
  /** The clock of the audit entry; default the system's. */
  now?: () => Date;
}

/** What step `write` did. */
interface Written {
  removed: Set<string>;
  kept: HeldRelationship[];
  ended: DisputesEnded;
  orphaned: string[];
  removedEntityIds: string[];
}

class DryRun extends Error {
  constructor(readonly summary: RetractSummary) {
    super('dry run');
  }
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Retracts an article (see Mutation.retractArticle): refuses a blank reason (BAD_USER_INPUT) and an
 * unknown article (NOT_FOUND); a dry run does everything, reads the version it would leave, and
 * rolls back.
 */
export async function retractArticle(args: RetractArgs): Promise<RetractSummary> {
  if (args.reason.trim() === '') throw new AppError('BAD_USER_INPUT', 'reason: must not be blank', { argument: 'reason' });
  try {
    return await args.store.writeTx((tx) => retract(tx, args));
  } catch (err) {
    if (err instanceof DryRun) return err.summary;
    throw err;
  }
}

/**
 * The retraction in named steps, a bounded number of statements whatever the article (at most 19):
 * lock the article, read, lock what it touches, write, content version, audit.
 */
async function retract(tx: Tx, { id, reason, removeOrphans = false, dryRun = false, keyId, now = () => new Date() }: RetractArgs) {
  // Two retractions of one article pass one at a time: the second reads what the first left (no article).
  await tx.run(lockKeys({ keys: [`article ${id}`] }));
  const scope = await readRetractionScope(tx, id);
  await tx.run(lockKeys({ keys: retractionLocks({ relationships: scope.unsupported, entities: scope.entities.values() }) }));
  const held = new Map([...scope.partners, ...scope.relationships].map((r) => [r.id, r]));
  const touched = { articleIds: [id], entityIds: [...scope.entities.keys()], relationships: [...held.values()].map(refOf) };
  const before = await storedContentHashes(tx, touched);
  const w = await write(tx, scope, { id, removeOrphans });
  await refreshContentHashes(tx, { ...touched, before });
  const summary: RetractSummary = {
    articleId: id,
    dryRun,
    reason,
    evidenceRemoved: scope.evidence.length,
    removedRelationshipIds: [...w.removed].sort(),
    keptRelationshipIds: w.kept.map((r) => r.id).sort(),
    restoredRelationshipIds: w.ended.restored,
    removedAliases: scope.taken.flatMap((t) => t.removedAliases.map((alias) => ({ entityId: t.entityId, alias }))),
    removedDescriptionEntityIds: scope.taken.filter((t) => t.removedDescription).map((t) => t.entityId),
    orphanedEntityIds: w.orphaned,
    removedEntityIds: w.removedEntityIds,
    dataVersion: await contentVersionIn(tx),
    auditId: null,
  };
  if (dryRun) throw new DryRun(summary);
  const auditId = await record(tx, { scope, written: w, held, summary, keyId, now });
  return { ...summary, auditId };
}

/**
 * Step `write`: the article's evidence; the relationships nothing supports any more, `knownFrom`
 * of the others, the disputes of those deleted (endDisputes); the article; the names its ingests
 * added; the orphans, listed, and deleted with `removeOrphans`. At most eight statements.
 */
async function write(tx: Tx, scope: RetractionScope, { id, removeOrphans }: { id: string; removeOrphans: boolean }): Promise<Written> {
  await tx.run(deleteEvidenceOfArticles({ articleIds: [id] }));
  const deleted = scope.cited.length ? await tx.run(deleteUnsupported({ relationships: scope.cited })) : [];
  const removed = new Set(deleted.filter((r) => r.deleted === true).map((r) => r.id as string));
  const kept = scope.relationships.filter((r) => !removed.has(r.id));
  if (kept.length) await tx.run(refreshKnownFrom({ rows: kept }));
  const ended = await endDisputes(tx, { deleted: scope.relationships.filter((r) => removed.has(r.id)).map(refOf) });
  await tx.run(q.deleteArticle({ id }));
  if (scope.taken.length) await tx.run(upsertEntities({ rows: scope.taken.map((t) => ({ id: t.entityId, props: t.props })) }));
  const orphaned = scope.candidates.length ? (await tx.run(q.orphansAmong({ ids: scope.candidates }))).map((r) => r.id as string) : [];
  const removedEntityIds = removeOrphans ? orphaned : [];
  if (removedEntityIds.length) await tx.run(q.deleteOrphans({ ids: removedEntityIds }));
  return { removed, kept, ended, orphaned, removedEntityIds };
}

/**
 * Step `audit`: the RETRACT entry, with the answer and the reason as its summary and, as its
 * state, everything the retraction removed or changed as it was before, and the content hashes it
 * left on what it changed and kept. Two statements; returns the entry's id.
 */
async function record(
  tx: Tx,
  {
    scope,
    written: w,
    held,
    summary,
    keyId,
    now,
  }: {
    scope: RetractionScope;
    written: Written;
    held: Map<string, HeldRelationship>;
    summary: RetractSummary;
    keyId: string;
    now: () => Date;
  },
): Promise<string> {
  const changed = new Set([...w.kept.map((r) => r.id), ...w.ended.changed.map((r) => r.id)]);
  const entityIds = [...new Set([...scope.taken.map((t) => t.entityId), ...w.removedEntityIds])].sort();
  const after = await storedContentHashes(tx, {
    articleIds: [],
    entityIds: entityIds.filter((e) => !w.removedEntityIds.includes(e)),
    relationships: [...held.values()].filter((r) => changed.has(r.id)).map(refOf),
  });
  const state: RetractState = {
    article: scope.article,
    evidence: scope.evidence,
    relationships: [...held.values()].filter((r) => w.removed.has(r.id) || changed.has(r.id)).sort(byId),
    removedRelationshipIds: summary.removedRelationshipIds,
    entities: entityIds.map((e) => ({ id: e, props: scope.entities.get(e)! })),
    removedEntityIds: w.removedEntityIds,
    after: Object.fromEntries(after),
  };
  const auditId = `audit-${randomUUID()}`;
  await tx.run(
    createAudit({
      entry: {
        id: auditId,
        action: 'RETRACT',
        at: now().toISOString(),
        keyId,
        articleIds: [summary.articleId],
        entityIds,
        summary: JSON.stringify({ ...summary, auditId: undefined, dryRun: undefined }),
        state: JSON.stringify(state),
        relationshipIds: [...new Set([...stateRelationshipIds(state), ...summary.restoredRelationshipIds])].sort(),
      },
    }),
  );
  return auditId;
}
