/**
 * What a retraction answers and what its RETRACT audit entry keeps for its undo, and the pure rules
 * between them: what the article's ingests recorded that they added, and which of those names an
 * entity still holds.
 */
import { entitySearchKeys } from '../domain/search-keys.js';
import type { NamesAdded } from './write-entities.js';

/** A property map, as the graph holds it. */
export type Props = Record<string, unknown>;

/** A relationship as the graph held it before the retraction. */
export interface HeldRelationship {
  id: string;
  type: string;
  source: string;
  target: string;
  props: Props;
}

/** What a retraction did (or, for a dry run, would do); see Mutation.retractArticle. */
export interface RetractSummary {
  articleId: string;
  dryRun: boolean;
  reason: string;
  evidenceRemoved: number;
  removedRelationshipIds: string[];
  keptRelationshipIds: string[];
  restoredRelationshipIds: string[];
  removedAliases: { entityId: string; alias: string }[];
  removedDescriptionEntityIds: string[];
  orphanedEntityIds: string[];
  removedEntityIds: string[];
  dataVersion: string;
  auditId: string | null;
}

/**
 * The graph as it was before a retraction, where the retraction changed it: kept in the RETRACT
 * entry (`state`, JSON) so that undoRetraction puts it back exactly, and with the content hashes
 * the retraction left on what it changed but did not remove (`after`), so that the undo can tell
 * whether anything changed them since.
 */
export interface RetractState {
  article: Props;
  /** Every evidence item that cited the article, whole. */
  evidence: Props[];
  /** Every relationship the retraction removed or changed (lost evidence, disputes ended), whole. */
  relationships: HeldRelationship[];
  removedRelationshipIds: string[];
  /** Every entity the retraction removed or took names from, whole. */
  entities: { id: string; props: Props }[];
  removedEntityIds: string[];
  /**
   * The content hashes the retraction left on the relationships and entities it changed and kept,
   * by `relationship:<id>` / `entity:<id>`.
   */
  after: Record<string, string | null>;
}

/** What the INGEST entries of an article recorded, as the retraction reads it. */
export interface IngestRecords {
  /** Every entity the article's ingests created. */
  createdEntities: string[];
  /** Per entity, every name the article's ingests added to it (none for entries from before ingests recorded them). */
  namesAdded: NamesAdded[];
}

/** Reads the summaries (JSON) of an article's INGEST entries, oldest first, into what they created and added. */
export function ingestRecords(summaries: readonly string[]): IngestRecords {
  const created = new Set<string>();
  const names = new Map<string, { aliases: Set<string>; descriptions: string[]; identifiers: Set<string> }>();
  for (const text of summaries) {
    const s = JSON.parse(text) as { createdEntities?: string[]; namesAdded?: NamesAdded[] };
    for (const id of s.createdEntities ?? []) created.add(id);
    for (const n of s.namesAdded ?? []) {
      const entry = names.get(n.entityId) ?? { aliases: new Set(), descriptions: [], identifiers: new Set() };
      for (const a of n.aliases) entry.aliases.add(a);
      for (const k of n.identifiers ?? []) entry.identifiers.add(k);
      if (n.description !== null) entry.descriptions.push(n.description);
      names.set(n.entityId, entry);
    }
  }
  return {
    createdEntities: [...created].sort(),
    namesAdded: [...names]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([entityId, n]) => ({
        entityId,
        aliases: [...n.aliases],
        description: n.descriptions.at(-1) ?? null,
        ...(n.identifiers.size ? { identifiers: [...n.identifiers].sort() } : {}),
      })),
  };
}

/** An entity's new names once a retraction takes back what the article added, or null when it holds none of them. */
export interface NamesTaken {
  entityId: string;
  removedAliases: string[];
  removedDescription: boolean;
  /** The identifier keys taken back: those the article added that the entity still holds. */
  removedIdentifiers: string[];
  /** The properties to write: aliases, description, identifiers and the search keys that follow from them. */
  props: Props;
}

/**
 * What a retraction takes from an entity as it stands (`props`): the aliases and identifiers the
 * article added that it still holds, and the description the article added when it still holds
 * that very one (a description written since stays). Null when it holds none of them.
 */
export function namesTaken(added: NamesAdded, props: Props): NamesTaken | null {
  const aliases = (props.aliases as string[] | undefined) ?? [];
  const description = (props.description as string | null | undefined) ?? null;
  const identifiers = (props.identifiers as string[] | undefined) ?? [];
  const removedAliases = aliases.filter((a) => added.aliases.includes(a));
  const removedDescription = added.description !== null && description === added.description;
  const removedIdentifiers = identifiers.filter((k) => (added.identifiers ?? []).includes(k));
  if (!removedAliases.length && !removedDescription && !removedIdentifiers.length) return null;
  const kept = aliases.filter((a) => !removedAliases.includes(a));
  const left = removedDescription ? null : description;
  const name = props.name as string;
  return {
    entityId: added.entityId,
    removedAliases,
    removedDescription,
    removedIdentifiers,
    props: {
      aliases: kept,
      description: left,
      ...(removedIdentifiers.length ? { identifiers: identifiers.filter((k) => !removedIdentifiers.includes(k)) } : {}),
      ...entitySearchKeys({ name, aliases: kept, description: left }),
    },
  };
}
