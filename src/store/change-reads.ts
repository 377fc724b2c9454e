/**
 * The reads of the audit log as a change feed (Query.changes, subscription graphChanged), run
 * through the gateway's read transactions, so every replica answers from the database alike.
 * `createReader` spreads them into the reader.
 */
import type { Store } from './gateway.js';
import { auditStatesByIds, changesSince, latestAuditTime, listChanges } from './cypher/create-audit.js';
import { changeOfAudit, undoneAuditId, type ChangeModel, type ChangeRow } from '../domain/change-of-audit.js';

/**
 * Changes of the entries `rows`: reads, in one more statement, the state of the entries that undo
 * entries written before entries recorded their `relationshipIds` undid (none for newer entries).
 */
async function toChanges(store: Store, rows: readonly ChangeRow[]): Promise<ChangeModel[]> {
  const undone = [...new Set(rows.filter((r) => !r.relationshipIds).flatMap((r) => undoneAuditId(r) ?? []))].sort();
  const states = new Map<string, string | null>();
  if (undone.length)
    for (const r of await store.read(auditStatesByIds({ ids: undone }))) states.set(r.id as string, (r.state as string | null) ?? null);
  return rows.map((row) => changeOfAudit(row, states));
}

/** The change-feed reads over `store`. */
export function changeReads(store: Store) {
  return {
    /** Changes oldest first after a keyset of time and id (none: from the first), at most `limit`. */
    async changes(args: { after: [string, string] | null; limit: number }): Promise<ChangeModel[]> {
      return toChanges(
        store,
        (await store.read(listChanges(args))).map((r) => r.entry as ChangeRow),
      );
    },

    /** Changes recorded at or after `since` (ISO time), oldest first, at most `limit`. */
    async changesSince(args: { since: string; limit: number }): Promise<ChangeModel[]> {
      return toChanges(
        store,
        (await store.read(changesSince(args))).map((r) => r.entry as ChangeRow),
      );
    },

    /** The time of the newest audit entry; null for an empty log. */
    async latestChangeTime(): Promise<string | null> {
      const [row] = await store.read(latestAuditTime());
      return (row?.at as string | null | undefined) ?? null;
    },
  };
}
