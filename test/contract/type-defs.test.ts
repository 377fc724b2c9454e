import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, print } from 'graphql';
import { schemaSdl, typeDefs } from '../../src/contract/type-defs.js';

const SCHEMA_DIR = path.resolve(import.meta.dirname, '../../schema');

describe('contract: schemaSdl', () => {
  it('is the text of schema/*.graphql but the released SDL, files joined by a newline in name order', () => {
    const files = ['analyze.graphql', 'changes.graphql', 'cost.graphql', 'federation.graphql', 'mutations.graphql', 'schema.graphql'];
    expect(schemaSdl()).toBe(files.map((f) => readFileSync(path.join(SCHEMA_DIR, f), 'utf8')).join('\n'));
  });

  it('reads only the .graphql files of the folder it is given', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'type-defs-'));
    try {
      await writeFile(path.join(dir, 'b.graphql'), 'type B { b: Int }');
      await writeFile(path.join(dir, 'a.graphql'), 'type A { a: Int }');
      await writeFile(path.join(dir, 'notes.txt'), 'not SDL');
      await writeFile(path.join(dir, 'c.graphql.bak'), 'type C { c: Int }');
      await writeFile(path.join(dir, 'released.graphql'), 'type A { a: Int }');
      expect(schemaSdl(dir)).toBe('type A { a: Int }\ntype B { b: Int }');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('contract: typeDefs', () => {
  it('is the parsed SDL', () => {
    expect(print(typeDefs())).toBe(print(parse(schemaSdl())));
    expect(typeDefs().definitions.length).toBeGreaterThan(0);
  });
});
