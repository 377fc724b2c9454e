import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBundles } from '../../src/seed/read-bundles.js';
import { seedFromFiles } from '../../src/seed/seed-if-empty.js';
import { AppError } from '../../src/errors.js';
import type { Store } from '../../src/store/gateway.js';
import { counts, freshSeededGraph, testStore } from '../helpers/neo4j.js';

const valid = `
articles:
  - id: test-article
    source: Test Wire
    publishedAt: "2024-07"
entities:
  - id: alpha-corp
    name: Alpha Corp
    type: COMPANY
  - id: beta-land
    name: Beta Land
    type: COUNTRY
relationships:
  - type: INVESTED_IN
    source: alpha-corp
    target: beta-land
    validFrom: "2024"
    evidence:
      - article: test-article
        quote: Alpha Corp invested in Beta Land.
`;

describe('seed: reading and validating article files', () => {
  let dir: string;
  const write = async (name: string, text: string): Promise<string> => {
    const file = path.join(dir, name);
    await writeFile(file, text);
    return file;
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kg-bundles-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('accepts a valid file and fills defaults', async () => {
    const file = await write('valid.yaml', valid);
    const r = await readBundles([file]);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.bundle.relationships[0]).toMatchObject({ status: 'REPORTED', topic: null, validTo: null, quantities: [] });
      expect(r.bundle.articles[0]).toMatchObject({ language: 'en', title: null, url: null });
    }
  });

  it.each([
    ['an unknown relation type', valid.replace('INVESTED_IN', 'BEFRIENDED'), 'relationships[0].type', /Invalid option/],
    ['a dangling entity reference', valid.replace('target: beta-land', 'target: gamma-land'), 'relationships[0].target', /unknown entity "gamma-land"/],
    ['an empty quote', valid.replace('quote: Alpha Corp invested in Beta Land.', 'quote: "  "'), 'relationships[0].evidence[0].quote', /must not be empty/],
    ['a malformed date', valid.replace('validFrom: "2024"', 'validFrom: "2024-13"'), 'relationships[0].validFrom', /must be a real date/],
    ['a relationship without evidence', valid.replace(/ {4}evidence:\n.*\n.*\n/, '    evidence: []\n'), 'relationships[0].evidence', /at least one evidence item/],
    ['an unknown article', valid.replace('article: test-article', 'article: nowhere'), 'relationships[0].evidence[0].article', /unknown article "nowhere"/],
  ])('rejects %s, naming the file and path', async (_name, text, at, message) => {
    const file = await write('bad.yaml', text);
    const r = await readBundles([file]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const p = r.problems.find((x) => x.path === at);
      expect(p, JSON.stringify(r.problems)).toBeDefined();
      expect(p!.file).toBe(file);
      expect(p!.message).toMatch(message);
    }
  });

  it('rejects a duplicate id across files and lists every problem, not the first', async () => {
    const a = await write('a.yaml', valid);
    const c = await write('c.yaml', valid.replace('target: beta-land', 'target: nowhere-land'));
    const r = await readBundles([a, c]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map((p) => `${path.basename(p.file ?? '')} ${p.path} ${p.code}`).sort()).toEqual([
        'c.yaml articles[0].id DUPLICATE_ID',
        'c.yaml entities[0].id DUPLICATE_ID',
        'c.yaml entities[1].id DUPLICATE_ID',
        'c.yaml relationships[0].target DANGLING_ENTITY',
      ]);
    }
  });

  it('reports YAML syntax errors with the file', async () => {
    const file = await write('broken.yaml', 'articles: [\n  - id: x');
    const r = await readBundles([file]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ file, code: 'SYNTAX' });
  });
});

describe('seed: an invalid file writes nothing', () => {
  let store: Store;
  let dir: string;
  beforeAll(async () => {
    store = testStore();
    await freshSeededGraph(store);
    dir = await mkdtemp(path.join(os.tmpdir(), 'kg-bad-seed-'));
  });
  afterAll(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('leaves the database unchanged and lists the problems', async () => {
    const before = await counts(store);
    await writeFile(path.join(dir, 'good.yaml'), valid);
    await writeFile(path.join(dir, 'bad.yaml'), valid.replace(/test-article/g, 'other-article').replace(/alpha-corp/g, 'delta').replace(/beta-land/g, 'epsilon').replace('INVESTED_IN', 'NOPE'));
    const err = await seedFromFiles({ store, inputs: [dir] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('BAD_USER_INPUT');
    expect((err as AppError).message).toMatch(/bad\.yaml: relationships\[0\]\.type/);
    expect(await counts(store)).toEqual(before);
  });
});
