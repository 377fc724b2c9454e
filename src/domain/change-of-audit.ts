/**
 * An audit entry read as a change of the graph (Query.changes, subscription graphChanged): what it
 * touched, and the content version it left. Entries record their `relationshipIds` and version as
 * they are written; for an entry written before they did, the ids are derived from its summary and
 * state here (the same rule the writers apply), and its version is unknown (null).
 */
import type { AuditAction, AuditEntryModel } from './models.js';
import { addSums, EMPTY_SUMS, versionHex } from './content-hash.js';

/** A change of the graph: one audit entry (Change in the SDL). */
export interface ChangeModel {
  auditId: string;
  action: AuditAction;
  at: string;
  entityIds: string[];
  relationshipIds: string[];
  /** The content version after the change; null for an entry written before entries recorded it. */
  dataVersion: string | null;
  entry: AuditEntryModel;
}

/** An audit entry as listChanges reads it: AuditEntry's fields, the recorded ids and version, and the state. */
export interface ChangeRow extends AuditEntryModel {
  relationshipIds?: string[] | null;
  dataVersionSums?: number[] | null;
  state?: string | null;
}

const sorted = (ids: Iterable<string>): string[] => [...new Set(ids)].sort();

/** The lists of an ingest's summary that name relationships. */
interface IngestLists {
  createdRelationships?: readonly string[];
  corroboratedRelationships?: readonly string[];
  disputedRelationships?: readonly string[];
  removedRelationshipIds?: readonly string[];
  restoredRelationshipIds?: readonly string[];
  reportedStatusAdded?: readonly string[];
}

/**
 * The relationships an ingest touched, sorted: those it created, corroborated, disputed, removed
 * (claims a re-ingest dropped), gave back their own status, or gave a `reportedStatus`; not those
 * it left unchanged.
 */
export function ingestRelationshipIds(s: IngestLists): string[] {
  return sorted([
    ...(s.createdRelationships ?? []),
    ...(s.corroboratedRelationships ?? []),
    ...(s.disputedRelationships ?? []),
    ...(s.removedRelationshipIds ?? []),
    ...(s.restoredRelationshipIds ?? []),
    ...(s.reportedStatusAdded ?? []),
  ]);
}

/** The relationships a merge or retraction state records (moved; removed or changed), sorted: what it and its undo touched. */
export function stateRelationshipIds(state: { relationships?: readonly { id: string }[] } | null): string[] {
  return sorted((state?.relationships ?? []).map((r) => r.id));
}

const parse = <T>(json: string | null | undefined): T | null => (json ? (JSON.parse(json) as T) : null);

/** The entry an UNDO_MERGE or UNDO_RETRACT undid (its summary names it), else null. */
export function undoneAuditId(row: Pick<ChangeRow, 'action' | 'summary'>): string | null {
  if (row.action !== 'UNDO_MERGE' && row.action !== 'UNDO_RETRACT') return null;
  return parse<{ undid?: string }>(row.summary)?.undid ?? null;
}

/**
 * The change of an audit entry. `states` holds, by id, the state of the entries that undo entries
 * written before `relationshipIds` undid (their ids derive from it); such an entry whose undone
 * entry is missing from `states` touched no relationship as far as the log tells.
 */
export function changeOfAudit(row: ChangeRow, states: ReadonlyMap<string, string | null> = new Map()): ChangeModel {
  const { relationshipIds, dataVersionSums, state: _state, ...entry } = row;
  return {
    auditId: entry.id,
    action: entry.action,
    at: entry.at,
    entityIds: entry.entityIds,
    relationshipIds: relationshipIds ?? derivedRelationshipIds(row, states),
    dataVersion: dataVersionSums ? versionHex(addSums(EMPTY_SUMS, dataVersionSums)) : null,
    entry: { ...entry, undone: entry.undone ?? false },
  };
}

/** The relationship ids of an entry written before entries recorded them, as its writer would have. */
function derivedRelationshipIds(row: ChangeRow, states: ReadonlyMap<string, string | null>): string[] {
  switch (row.action) {
    case 'INGEST':
      return ingestRelationshipIds(parse<IngestLists>(row.summary) ?? {});
    case 'MERGE':
      return stateRelationshipIds(parse(row.state));
    case 'RETRACT':
      return sorted([
        ...stateRelationshipIds(parse(row.state)),
        ...(parse<{ restoredRelationshipIds?: string[] }>(row.summary)?.restoredRelationshipIds ?? []),
      ]);
    case 'UNDO_MERGE':
    case 'UNDO_RETRACT': {
      const undid = undoneAuditId(row);
      return stateRelationshipIds(parse(undid ? states.get(undid) : null));
    }
    default: {
      const unreachable: never = row.action;
      throw new Error(`unknown audit action ${String(unreachable)}`);
    }
  }
}
