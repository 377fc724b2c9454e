/**
 * Step `entities` of an ingest (see ingestBundle): the entities the input adds created, and the
 * existing ones it resolved to given its names and the identifiers they lack.
 */
import type { Tx } from '../store/gateway.js';
import type { Bundle } from '../article-file/format.js';
import { entityRow } from '../article-file/to-rows.js';
import { entitySearchKeys } from '../domain/search-keys.js';
import { mergeAliases } from '../domain/merge-aliases.js';
import { upsertEntities, type NodeRow } from '../store/cypher/upsert-bundle.js';
import { createEntities } from '../store/cypher/create-entities.js';
import { identifierKey, parseIdentifierKey, sortedIdentifierKeys } from '../domain/identifiers.js';
import type { Checked } from './check-input.js';
import type { ResolvedBy } from './resolve-entities.js';

/** What step `entities` wrote. */
export interface EntitiesWritten {
  /** The input ids of the entities created. */
  created: string[];
  /** Each input entity resolved to an existing one, the id of that one, and what it was resolved by. */
  merged: { inputId: string; entityId: string; by: ResolvedBy }[];
  /** Existing entities given new names (aliases), with all their names: the race check locks their keys. */
  named: { type: string; name: string; aliases: string[] }[];
  /**
   * What the write added to existing entities: the aliases they lacked, a description when they had
   * none, identifiers of schemes they had none of.
   */
  namesAdded: NamesAdded[];
  /** The identifier keys the write gave entities, created or existing: the race check locks them. */
  identifierKeys: string[];
}

/** The names an ingest added to one existing entity (recorded in its audit entry, so that a retraction can take them back). */
export interface NamesAdded {
  entityId: string;
  aliases: string[];
  /** The description it added (the entity had none), else null. */
  description: string | null;
  /** The identifier keys (`SCHEME:value`) it added, of schemes the entity had none of (absent in entries from before identifiers). */
  identifiers?: string[];
}

/**
 * Step `entities`: creates the new entities; existing ones an input resolved to gain its names as
 * aliases (and a description they lack) and its identifiers of schemes they hold none of (checkInput
 * refused an input giving another value of a scheme the entity holds). Two statements at most.
 */
export async function writeEntities(
  tx: Tx,
  { bundle, checked, keyId }: { bundle: Bundle; checked: Checked; keyId: string },
): Promise<EntitiesWritten> {
  const created: string[] = [];
  const merged: EntitiesWritten['merged'] = [];
  const updates: NodeRow[] = [];
  // Each existing entity's identifiers as the write leaves them (two inputs may resolve to one).
  const identifiersOf = new Map<string, string[]>();
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
    merged.push({ inputId: e.id, entityId: existing.id, by: res.by });
    const before = identifiersOf.get(existing.id) ?? [...existing.identifiers];
    const schemes = new Set(before.map((k) => parseIdentifierKey(k).scheme));
    const gained = (e.identifiers ?? []).filter((i) => !schemes.has(i.scheme)).map(identifierKey);
    const identifiers = sortedIdentifierKeys([...before, ...gained]);
    identifiersOf.set(existing.id, identifiers);
    if (aliases.length !== existing.aliases.length || (!existing.description && e.description) || gained.length) {
      const description = existing.description ?? e.description;
      if (aliases.length !== existing.aliases.length) named.push({ type: existing.type, name: existing.name, aliases });
      updates.push({
        id: existing.id,
        props: {
          aliases,
          description,
          ...(identifiers.length ? { identifiers } : {}),
          ...entitySearchKeys({ name: existing.name, aliases, description }),
        },
      });
    }
  }
  const creates = bundle.entities.filter((e) => created.includes(e.id)).map((entity) => entityRow({ entity, recordedBy: keyId }));
  if (creates.length) await tx.run(createEntities({ rows: creates }));
  if (updates.length) await tx.run(upsertEntities({ rows: updates }));
  const identifierKeys = [
    ...bundle.entities.filter((e) => created.includes(e.id)).flatMap((e) => (e.identifiers ?? []).map(identifierKey)),
    ...[...identifiersOf].flatMap(([id, keys]) => keys.filter((k) => !checked.byId.get(id)!.identifiers.includes(k))),
  ];
  return { created, merged, named, namesAdded: namesAdded(updates, checked), identifierKeys };
}

/** What the updates add to each entity, as the graph holds it after them (the last row of an entity wins). */
function namesAdded(updates: readonly NodeRow[], checked: Checked): NamesAdded[] {
  const last = new Map(updates.map((u) => [u.id, u.props]));
  return [...last].map(([entityId, props]) => {
    const existing = checked.byId.get(entityId)!;
    const description = props.description as string | null;
    const identifiers = ((props.identifiers as string[] | undefined) ?? []).filter((k) => !existing.identifiers.includes(k));
    return {
      entityId,
      aliases: (props.aliases as string[]).filter((a) => !existing.aliases.includes(a)),
      description: existing.description === null && description !== null ? description : null,
      ...(identifiers.length ? { identifiers } : {}),
    };
  });
}
