/**
 * Merging duplicate entities, and undoing a merge exactly. A merge records the state it changes in
 * its audit entry; the undo puts that state back.
 */
import { randomUUID } from 'node:crypto';
import type { Store, Tx } from '../store/gateway.js';
import { AppError } from '../errors.js';
import { asRelationType } from '../domain/vocabulary.js';
import { entitySearchKeys } from '../domain/search-keys.js';
import { mergeAliases } from '../domain/merge-aliases.js';
import * as q from '../store/cypher/merge-entities.js';
import { lockKeys } from '../store/cypher/race-check.js';
import { auditById, createAudit, markUndone } from '../store/cypher/create-audit.js';
import { refreshContentHashes, storedContentHashes } from '../store/content-version.js';
import { stateRelationshipIds } from '../domain/change-of-audit.js';
import { entityLocks, identifierLock, pairLock } from './check-no-race.js';
import { parseIdentifierKey, sortedIdentifierKeys } from '../domain/identifiers.js';
import { refusedIdentifierKey } from '../store/map-neo4j-error.js';

type Props = Record<string, unknown>;
interface MovedRelationship {
  type: string;
  id: string;
  source: string;
  target: string;
  props: Props;
}
interface MergeState {
  keep: string;
  merge: string;
  keepBefore: Props;
  mergedBefore: Props;
  relationships: MovedRelationship[];
}

/** What a merge did. */
export interface MergeSummary {
  keptId: string;
  mergedId: string;
  movedRelationships: number;
  auditId: string;
}

const typeOf = (t: string) => {
  const type = asRelationType(t);
  if (!type) throw new Error(`unexpected relationship type ${t}`);
  return type;
};

async function props(tx: Tx, id: string, argument: string): Promise<Props> {
  const [row] = await tx.run(q.entityProperties({ id }));
  if (!row) throw new AppError('NOT_FOUND', `${argument}: no entity "${id}"`, { argument });
  return row.props as Props;
}

/**
 * Runs a merge's or an undo's write, turning a refusal of the identifier keys' unique constraint
 * (another entity holds one of the identifiers it writes) into CONFLICT; nothing is written then.
 */
async function refusingTakenIdentifiers<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (err) {
    const key = refusedIdentifierKey(err);
    if (key === null) throw err;
    throw new AppError('CONFLICT', `The identifier ${key} belongs to another entity now; nothing was written.`);
  }
}

/** An entity's identifier keys, as its property map holds them (none: absent). */
const identifiersOf = (p: Props): string[] => (p.identifiers as string[] | undefined) ?? [];

/**
 * The identifiers the kept entity has after the merge: both entities' together, in scheme order.
 * @throws AppError CONFLICT when the two hold different values of one scheme, naming both
 */
function mergedIdentifiers({ keep, merge, keepBefore, mergedBefore }: Omit<MergeState, 'relationships'>): string[] {
  const kept = new Map(identifiersOf(keepBefore).map((k) => [parseIdentifierKey(k).scheme, k]));
  const clashes = identifiersOf(mergedBefore).filter((k) => {
    const other = kept.get(parseIdentifierKey(k).scheme);
    return other !== undefined && other !== k;
  });
  if (clashes.length)
    throw new AppError(
      'CONFLICT',
      `merge: ${keep} and ${merge} hold different identifiers of one scheme (${clashes
        .map((k) => `${kept.get(parseIdentifierKey(k).scheme)} and ${k}`)
        .join('; ')}); they are not the same entity, or one identifier is wrong: nothing was merged`,
    );
  return sortedIdentifierKeys([...identifiersOf(keepBefore), ...identifiersOf(mergedBefore)]);
}

/**
 * The race check's locks (see checkNoRace) a merge or its undo takes: the name keys of both
 * entities (the kept one gains the merged one's names), their identifier keys, and the end pairs
 * of every relationship moved, before and after the move; an ingest creating one of these names
 * or relationships, or giving one of these identifiers, at the same time then waits for the
 * merge, or the merge for it.
 */
function mergeLocks({ keep, merge, keepBefore, mergedBefore, relationships }: MergeState): string[] {
  const names = (p: Props): string[] =>
    entityLocks({ type: String(p.type), name: String(p.name), aliases: (p.aliases as string[] | undefined) ?? [] });
  const moved = (id: string): string => (id === merge ? keep : id);
  return [
    ...names(keepBefore),
    ...names(mergedBefore),
    ...[...identifiersOf(keepBefore), ...identifiersOf(mergedBefore)].map(identifierLock),
    ...relationships.flatMap((r) => [pairLock(r), pairLock({ type: r.type, source: moved(r.source), target: moved(r.target) })]),
  ];
}

/** Merges `merge` into `keep`; see Mutation.mergeEntities. */
export async function mergeEntities({
  store,
  keep,
  merge,
  keyId,
  now = () => new Date(),
}: {
  store: Store;
  keep: string;
  merge: string;
  keyId: string;
  now?: () => Date;
}): Promise<MergeSummary> {
  if (keep === merge) throw new AppError('BAD_USER_INPUT', 'merge: must differ from keep', { argument: 'merge' });
  return refusingTakenIdentifiers(
    store.writeTx(async (tx) => {
      const keepBefore = await props(tx, keep, 'keep');
      const mergedBefore = await props(tx, merge, 'merge');
      if (keepBefore.type !== mergedBefore.type) {
        throw new AppError(
          'BAD_USER_INPUT',
          `merge: ${merge} is a ${String(mergedBefore.type)} and ${keep} a ${String(keepBefore.type)}; only entities of one type merge`,
          { argument: 'merge' },
        );
      }
      const identifiers = mergedIdentifiers({ keep, merge, keepBefore, mergedBefore });
      const relationships = (await tx.run(q.relationshipsTouching({ id: merge }))) as unknown as MovedRelationship[];
      await tx.run(lockKeys({ keys: mergeLocks({ keep, merge, keepBefore, mergedBefore, relationships }) }));
      const touched = { entityIds: [keep, merge], articleIds: [], relationships: relationships.map((r) => ({ id: r.id, type: r.type })) };
      const before = await storedContentHashes(tx, touched);
      for (const r of relationships) {
        const type = typeOf(r.type);
        await tx.run(q.deleteRelationship({ type, id: r.id }));
        const source = r.source === merge ? keep : r.source;
        const target = r.target === merge ? keep : r.target;
        // A relationship between the two becomes a loop on one entity: it says nothing any more.
        if (source !== target) await tx.run(q.createRelationship({ type, source, target, props: r.props }));
      }
      const aliases = mergeAliases({
        name: keepBefore.name as string,
        aliases: (keepBefore.aliases as string[] | undefined) ?? [],
        names: [mergedBefore.name as string, ...((mergedBefore.aliases as string[] | undefined) ?? [])],
      });
      const mergedIds = [
        ...new Set([
          ...((keepBefore.mergedIds as string[] | undefined) ?? []),
          merge,
          ...((mergedBefore.mergedIds as string[] | undefined) ?? []),
        ]),
      ];
      await tx.run(q.deleteEntity({ id: merge }));
      await tx.run(
        q.putEntity({
          id: keep,
          props: {
            ...keepBefore,
            aliases,
            mergedIds,
            ...(identifiers.length ? { identifiers } : {}),
            ...entitySearchKeys({
              name: keepBefore.name as string,
              aliases,
              description: (keepBefore.description as string | null | undefined) ?? null,
            }),
          },
        }),
      );
      await refreshContentHashes(tx, { ...touched, before });
      // The entry after the content version: it records the version the merge left.
      const auditId = `audit-${randomUUID()}`;
      const state: MergeState = { keep, merge, keepBefore, mergedBefore, relationships };
      await tx.run(
        createAudit({
          entry: {
            id: auditId,
            action: 'MERGE',
            at: now().toISOString(),
            keyId,
            articleIds: [],
            entityIds: [keep, merge],
            summary: JSON.stringify({ keep, merge, movedRelationships: relationships.length }),
            state: JSON.stringify(state),
            relationshipIds: stateRelationshipIds(state),
          },
        }),
      );
      return { keptId: keep, mergedId: merge, movedRelationships: relationships.length, auditId };
    }),
  );
}

/** Restores the graph as it was before the merge `auditId`; see Mutation.undoMerge. */
export async function undoMerge({
  store,
  auditId,
  keyId,
  now = () => new Date(),
}: {
  store: Store;
  auditId: string;
  keyId: string;
  now?: () => Date;
}): Promise<{ restored: string[]; auditId: string; undoAuditId: string }> {
  return refusingTakenIdentifiers(
    store.writeTx(async (tx) => {
      const [row] = await tx.run(auditById({ id: auditId }));
      const entry = row?.entry as Props | undefined;
      if (!entry) throw new AppError('NOT_FOUND', `auditId: no audit entry "${auditId}"`, { argument: 'auditId' });
      if (entry.action !== 'MERGE')
        throw new AppError('BAD_USER_INPUT', `auditId: ${auditId} records a ${String(entry.action)}, not a merge`, { argument: 'auditId' });
      if (entry.undone) throw new AppError('BAD_USER_INPUT', `auditId: the merge ${auditId} is already undone`, { argument: 'auditId' });
      const state = JSON.parse(entry.state as string) as MergeState;
      // Putting back the properties of before the merge puts back their old content hashes too: the
      // version counts the hashes the graph holds now.
      const touched = {
        entityIds: [state.keep, state.merge],
        articleIds: [],
        relationships: state.relationships.map((r) => ({ id: r.id, type: r.type })),
      };
      await tx.run(lockKeys({ keys: mergeLocks(state) }));
      const before = await storedContentHashes(tx, touched);
      // The kept entity gives the merged one's identifiers back first: a key belongs to one entity at a time.
      await tx.run(q.setIdentifiers({ id: state.keep, identifiers: identifiersOf(state.keepBefore) }));
      await tx.run(q.putEntity({ id: state.merge, props: state.mergedBefore }));
      for (const r of state.relationships) {
        const type = typeOf(r.type);
        await tx.run(q.deleteRelationship({ type, id: r.id }));
        await tx.run(q.createRelationship({ type, source: r.source, target: r.target, props: r.props }));
      }
      await tx.run(q.putEntity({ id: state.keep, props: state.keepBefore }));
      await tx.run(markUndone({ id: auditId }));
      await refreshContentHashes(tx, { ...touched, before });
      const undoAuditId = `audit-${randomUUID()}`;
      await tx.run(
        createAudit({
          entry: {
            id: undoAuditId,
            action: 'UNDO_MERGE',
            at: now().toISOString(),
            keyId,
            articleIds: [],
            entityIds: [state.keep, state.merge],
            summary: JSON.stringify({ undid: auditId }),
            state: null,
            relationshipIds: stateRelationshipIds(state),
          },
        }),
      );
      return { restored: [state.keep, state.merge], auditId, undoAuditId };
    }),
  );
}
