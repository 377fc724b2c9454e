/**
 * Applies `schema/*.cypher` idempotently, rebuilds an index whose definition changed, brings the
 * search keys and content version of older data up to date, and reports what is missing afterwards.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Store } from './gateway.js';
import { refreshStaleSearchKeys } from './refresh-search-keys.js';
import { ensureContentVersion } from './content-version.js';

/** Splits a Cypher file into statements: `//` comments dropped, statements end with `;`. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The constraint and index names that statements create. */
export function declaredNames(statements: readonly string[]): { constraints: string[]; indexes: string[] } {
  const constraints: string[] = [];
  const indexes: string[] = [];
  for (const s of statements) {
    const c = /^CREATE\s+CONSTRAINT\s+(\w+)/i.exec(s);
    const i = /^CREATE\s+(?:FULLTEXT\s+|RANGE\s+|TEXT\s+)?INDEX\s+(\w+)/i.exec(s);
    if (c?.[1]) constraints.push(c[1]);
    else if (i?.[1]) indexes.push(i[1]);
  }
  return { constraints, indexes };
}

/** Reads every `.cypher` file of `dir` in name order. */
export async function readSchemaStatements(dir: string): Promise<string[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cypher')).sort();
  const texts = await Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8')));
  return texts.flatMap(splitStatements);
}

/** Lists the declared constraints and indexes that the database lacks or has not brought online. */
export async function missingSchema(store: Store, statements: readonly string[]): Promise<string[]> {
  const { constraints, indexes } = declaredNames(statements);
  const haveC = new Set((await store.read({ cypher: 'SHOW CONSTRAINTS YIELD name RETURN name', params: {} })).map((r) => r.name));
  const haveI = new Map(
    (await store.read({ cypher: 'SHOW INDEXES YIELD name, state RETURN name, state', params: {} })).map((r) => [r.name, r.state]),
  );
  return [
    ...constraints.filter((n) => !haveC.has(n)).map((n) => `constraint ${n}`),
    ...indexes.filter((n) => haveI.get(n) !== 'ONLINE').map((n) => `index ${n} (${haveI.get(n) ?? 'absent'})`),
  ];
}

/** What an index statement declares: enough to tell whether an existing index was made from it. */
export interface IndexDefinition {
  name: string;
  type: string;
  entityType: 'NODE' | 'RELATIONSHIP';
  labelsOrTypes: string[];
  properties: string[];
  /** The index settings the statement names (`fulltext.analyzer` …), by their names. */
  config: Record<string, string | boolean | number>;
}

const INDEX_STATEMENT = new RegExp(
  String.raw`^CREATE\s+(?:(FULLTEXT|RANGE|TEXT|POINT)\s+)?INDEX\s+(\w+)\s+(?:IF\s+NOT\s+EXISTS\s+)?` +
    String.raw`FOR\s+(?:\(\w*:([\w|]+)\)|\(\)-\[\w*:([\w|]+)\]-\(\))\s+ON\s+(?:EACH\s+)?[[(]([^\])]*)[\])]`,
  'is',
);

/** Parses a `CREATE … INDEX` statement of the schema files; undefined for anything else. */
export function indexDefinition(statement: string): IndexDefinition | undefined {
  const m = INDEX_STATEMENT.exec(statement);
  if (!m) return undefined;
  const config: IndexDefinition['config'] = {};
  const options = statement.slice(m[0].length);
  for (const c of options.matchAll(/`([\w.]+)`\s*:\s*(?:'([^']*)'|(true|false)|(\d+))/g)) {
    config[c[1]!] = c[2] ?? (c[3] !== undefined ? c[3] === 'true' : Number(c[4]));
  }
  return {
    name: m[2]!,
    type: (m[1] ?? 'RANGE').toUpperCase(),
    entityType: m[3] ? 'NODE' : 'RELATIONSHIP',
    labelsOrTypes: (m[3] ?? m[4]!).split('|').sort(),
    properties: m[5]!.split(',').map((p) => p.trim().replace(/^\w+\./, '')),
    config,
  };
}

/** An index as `SHOW INDEXES` describes it. */
export interface ExistingIndex {
  name: string;
  type: string;
  entityType: string;
  labelsOrTypes: string[] | null;
  properties: string[] | null;
  options: { indexConfig?: Record<string, unknown> } | null;
}

/** What differs between an existing index and its declaration; empty when it matches. */
export function indexDifferences(declared: IndexDefinition, existing: ExistingIndex): string[] {
  const out: string[] = [];
  if (declared.type !== existing.type) out.push(`type ${existing.type} → ${declared.type}`);
  if (declared.entityType !== existing.entityType) out.push(`entity type ${existing.entityType} → ${declared.entityType}`);
  const labels = [...(existing.labelsOrTypes ?? [])].sort();
  if (labels.join('|') !== declared.labelsOrTypes.join('|'))
    out.push(`labels or types ${labels.join('|')} → ${declared.labelsOrTypes.join('|')}`);
  const props = existing.properties ?? [];
  if (props.join(',') !== declared.properties.join(',')) out.push(`properties ${props.join(', ')} → ${declared.properties.join(', ')}`);
  for (const [key, value] of Object.entries(declared.config)) {
    const have = existing.options?.indexConfig?.[key];
    if (have !== value) out.push(`${key} ${String(have)} → ${String(value)}`);
  }
  return out;
}

/**
 * Drops every index whose definition differs from its statement (`CREATE … IF NOT EXISTS` would
 * keep it as it is), so that the statements then create it anew. Returns what was dropped and why.
 */
async function dropOutdatedIndexes(store: Store, statements: readonly string[]): Promise<string[]> {
  const existing = new Map(
    (
      await store.read({ cypher: 'SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, options RETURN *', params: {} })
    ).map((r) => [r.name as string, r as unknown as ExistingIndex]),
  );
  const dropped: string[] = [];
  for (const declared of statements.map(indexDefinition)) {
    const have = declared && existing.get(declared.name);
    if (!declared || !have) continue;
    const diff = indexDifferences(declared, have);
    if (diff.length === 0) continue;
    // The name comes from the project's own schema files (\w+), never from input.
    await store.schema({ cypher: `DROP INDEX ${declared.name} IF EXISTS`, params: {} });
    dropped.push(`${declared.name} (${diff.join('; ')})`);
  }
  return dropped;
}

/** What applying the schema changed, for the log. */
export interface SchemaChanges {
  /** Indexes dropped and created anew because their definition changed, with what changed. */
  rebuiltIndexes: string[];
  /** Entities whose search keys were written by an older version and were rewritten. */
  refreshedEntities: number;
  /** Whether the content version was counted from the whole graph (a database without one). */
  countedVersion: boolean;
}

/**
 * Runs every schema statement (all `IF NOT EXISTS`) after dropping the indexes whose definition
 * changed, rewrites search keys that an older version wrote, counts the content version of a
 * database that has none, waits for indexes to come online and returns what is still missing
 * (empty when the schema is complete).
 */
export async function applySchema(
  store: Store,
  dir: string,
  { onChanges }: { onChanges?: (changes: SchemaChanges) => void } = {},
): Promise<string[]> {
  const statements = await readSchemaStatements(dir);
  const rebuiltIndexes = await dropOutdatedIndexes(store, statements);
  for (const cypher of statements) await store.schema({ cypher, params: {} });
  const refreshedEntities = await refreshStaleSearchKeys(store);
  const countedVersion = await ensureContentVersion(store);
  await store.schema({ cypher: 'CALL db.awaitIndexes($seconds)', params: { seconds: 120 } });
  if (rebuiltIndexes.length || refreshedEntities || countedVersion) onChanges?.({ rebuiltIndexes, refreshedEntities, countedVersion });
  return missingSchema(store, statements);
}
