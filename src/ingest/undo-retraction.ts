/**
 * Undoing a retraction exactly: the RETRACT entry's `state` holds the graph as it was where the
 * retraction changed it, and the undo puts that back — or refuses, naming what stands in the way,
 * when the graph has changed since so that it cannot. See Mutation.undoRetraction.
 */
import { randomUUID } from 'node:crypto';
import type { Query, Store, Tx } from '../store/gateway.js';
import { AppError, type Problem } from '../errors.js';
import * as q from '../store/cypher/undo-retraction.js';
import { auditById, createAudit, markUndone } from '../store/cypher/create-audit.js';
import { lockKeys } from '../store/cypher/race-check.js';
import { refreshContentHashes, storedContentHashes } from '../store/content-version.js';
import { stateRelationshipIds } from '../domain/change-of-audit.js';
import { refOf, retractionLocks } from './retraction-scope.js';
import type { Props, RetractState } from './retraction-state.js';

/** What an undo did: the entities put back or changed back, the entry undone, and the undo's own entry. */
export interface UndoSummary {
  restored: string[];
  auditId: string;
  undoAuditId: string;
}

/** Runs a write returning `written` and checks it wrote every row (restoreProblems found each end and relationship). */
async function expectWritten(tx: Tx, query: Query, rows: number): Promise<void> {
  const [res] = await tx.run(query);
  if (res?.written !== rows) throw new Error(`put back ${String(res?.written)} of ${rows} relationships: the graph changed meanwhile`);
}

/** Reads the RETRACT entry `auditId`, refusing an unknown one (NOT_FOUND), another action or one already undone (BAD_USER_INPUT). */
async function retraction(tx: Tx, auditId: string): Promise<RetractState> {
  const [row] = await tx.run(auditById({ id: auditId }));
  const entry = row?.entry as Props | undefined;
  if (!entry) throw new AppError('NOT_FOUND', `auditId: no audit entry "${auditId}"`, { argument: 'auditId' });
  if (entry.action !== 'RETRACT')
    throw new AppError('BAD_USER_INPUT', `auditId: ${auditId} records a ${String(entry.action)}, not a retraction`, {
      argument: 'auditId',
    });
  if (entry.undone) throw new AppError('BAD_USER_INPUT', `auditId: the retraction ${auditId} is already undone`, { argument: 'auditId' });
  return JSON.parse(entry.state as string) as RetractState;
}

/**
 * Everything in the graph that keeps the undo from putting `state` back exactly: the article (by
 * id or URL), a relationship or entity it would recreate, in the graph again; an end of a
 * relationship it would recreate, gone; a relationship or entity the retraction changed, changed
 * or gone since (its content hash is not the one the retraction left).
 */
export async function restoreProblems(tx: Tx, state: RetractState): Promise<Problem[]> {
  const articleId = state.article.id as string;
  const url = (state.article.url as string | null | undefined) ?? null;
  const removed = state.relationships.filter((r) => state.removedRelationshipIds.includes(r.id));
  const recreated = new Set(state.removedEntityIds);
  const endpoints = [...new Set(removed.flatMap((r) => [r.source, r.target]).filter((e) => !recreated.has(e)))];
  const [found] = await tx.run(
    q.restoreObstacles({ articleId, url, relationships: removed, entityIds: state.removedEntityIds, endpoints }),
  );
  const problems: Problem[] = [];
  const problem = (code: string, message: string): number => problems.push({ path: 'auditId', code, message });
  for (const a of (found?.articles ?? []) as { id: string }[]) {
    if (a.id === articleId) problem('ARTICLE_EXISTS', `article "${articleId}" is in the graph again`);
    else problem('ARTICLE_URL_TAKEN', `article "${a.id}" holds the URL ${String(url)} of article "${articleId}"`);
  }
  for (const id of ((found?.relationshipIds ?? []) as string[]).sort())
    problem('RELATIONSHIP_EXISTS', `relationship "${id}" is in the graph again`);
  for (const id of ((found?.entityIds ?? []) as string[]).sort())
    problem('ENTITY_EXISTS', `entity "${id}" is in the graph again (as an entity or a merged id)`);
  const present = new Set((found?.endpointIds ?? []) as string[]);
  for (const id of endpoints.filter((e) => !present.has(e)).sort())
    problem('ENDPOINT_MISSING', `entity "${id}", an end of a relationship to put back, is no longer in the graph`);
  const changedIds = state.relationships.filter((r) => !state.removedRelationshipIds.includes(r.id));
  const keptEntities = state.entities.filter((e) => !recreated.has(e.id)).map((e) => e.id);
  const now = await storedContentHashes(tx, { articleIds: [], entityIds: keptEntities, relationships: changedIds.map(refOf) });
  for (const [key, hash] of [...now].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (hash === (state.after[key] ?? null)) continue;
    const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    const what = kind === 'entity' ? 'ENTITY' : 'RELATIONSHIP';
    if (hash === null) problem(`${what}_MISSING`, `${kind} "${id}", which the retraction changed, is no longer in the graph`);
    else problem(`${what}_CHANGED`, `${kind} "${id}" has changed since the retraction`);
  }
  return problems;
}

/** Restores the graph as it was before the retraction `auditId`; see Mutation.undoRetraction. */
export async function undoRetraction({
  store,
  auditId,
  keyId,
  now = () => new Date(),
}: {
  store: Store;
  auditId: string;
  keyId: string;
  now?: () => Date;
}): Promise<UndoSummary> {
  return store.writeTx(async (tx) => {
    // Two undos of one retraction pass one at a time: the second reads it undone.
    await tx.run(lockKeys({ keys: [`audit ${auditId}`] }));
    const state = await retraction(tx, auditId);
    const articleId = state.article.id as string;
    const removed = new Set(state.removedRelationshipIds);
    const recreated = state.relationships.filter((r) => removed.has(r.id));
    await tx.run(lockKeys({ keys: retractionLocks({ relationships: recreated, entities: state.entities.map((e) => e.props) }) }));
    const problems = await restoreProblems(tx, state);
    if (problems.length)
      throw new AppError(
        'BAD_USER_INPUT',
        `auditId: the retraction ${auditId} cannot be undone exactly, the graph has changed since:\n` +
          problems.map((p) => `${p.code}: ${p.message}`).join('\n'),
        { argument: 'auditId', problems },
      );
    // Putting back the properties of before the retraction puts back their content hashes too: the
    // version counts the hashes the graph holds now.
    const touched = { articleIds: [articleId], entityIds: state.entities.map((e) => e.id), relationships: state.relationships.map(refOf) };
    const before = await storedContentHashes(tx, touched);
    if (state.entities.length) await tx.run(q.putEntities({ rows: state.entities }));
    await tx.run(q.createArticle({ props: state.article }));
    if (recreated.length) await expectWritten(tx, q.recreateRelationships({ rows: recreated }), recreated.length);
    const put = state.relationships.filter((r) => !removed.has(r.id));
    if (put.length) await expectWritten(tx, q.putRelationshipProps({ rows: put }), put.length);
    if (state.evidence.length) await tx.run(q.createEvidence({ rows: state.evidence.map((props) => ({ articleId, props })) }));
    await tx.run(markUndone({ id: auditId }));
    await refreshContentHashes(tx, { ...touched, before });
    // The entry after the content version: it records the version the undo left.
    const undoAuditId = `audit-${randomUUID()}`;
    await tx.run(
      createAudit({
        entry: {
          id: undoAuditId,
          action: 'UNDO_RETRACT',
          at: now().toISOString(),
          keyId,
          articleIds: [articleId],
          entityIds: state.entities.map((e) => e.id),
          summary: JSON.stringify({ undid: auditId }),
          state: null,
          relationshipIds: stateRelationshipIds(state),
        },
      }),
    );
    return { restored: state.entities.map((e) => e.id), auditId, undoAuditId };
  });
}
