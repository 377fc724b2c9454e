/** Applies `schema/*.cypher` idempotently and reports what is missing afterwards. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Store } from './gateway.js';

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

/**
 * Runs every schema statement (all `IF NOT EXISTS`), waits for indexes to come online and returns
 * what is still missing (empty when the schema is complete).
 */
export async function applySchema(store: Store, dir: string): Promise<string[]> {
  const statements = await readSchemaStatements(dir);
  for (const cypher of statements) await store.schema({ cypher, params: {} });
  await store.schema({ cypher: 'CALL db.awaitIndexes($seconds)', params: { seconds: 120 } });
  return missingSchema(store, statements);
}
