import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkArticleFiles, checkArticleTexts, listArticleFiles, readArticleFiles } from '../../src/article-file/read-article-files.js';
import { seedFromFiles } from '../../src/seed/seed-if-empty.js';
import { AppError } from '../../src/errors.js';
import { SEEDS_DIR, counts } from '../helpers/neo4j.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';

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

describe('article-file: readArticleFiles', () => {
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
    const r = await readArticleFiles([file]);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.bundle.relationships[0]).toMatchObject({ status: 'REPORTED', topic: null, validTo: null, quantities: [] });
      expect(r.bundle.articles[0]).toMatchObject({ language: 'en', title: null, url: null });
    }
  });

  it.each([
    ['an unknown relation type', valid.replace('INVESTED_IN', 'BEFRIENDED'), 'relationships[0].type', /Invalid option/],
    [
      'a dangling entity reference',
      valid.replace('target: beta-land', 'target: gamma-land'),
      'relationships[0].target',
      /unknown entity "gamma-land"/,
    ],
    [
      'an empty quote',
      valid.replace('quote: Alpha Corp invested in Beta Land.', 'quote: "  "'),
      'relationships[0].evidence[0].quote',
      /must not be empty/,
    ],
    ['a malformed date', valid.replace('validFrom: "2024"', 'validFrom: "2024-13"'), 'relationships[0].validFrom', /must be a real date/],
    [
      'a relationship without evidence',
      valid.replace(/ {4}evidence:\n.*\n.*\n/, '    evidence: []\n'),
      'relationships[0].evidence',
      /at least one evidence item/,
    ],
    [
      'an unknown article',
      valid.replace('article: test-article', 'article: nowhere'),
      'relationships[0].evidence[0].article',
      /unknown article "nowhere"/,
    ],
  ])('rejects %s, naming the file and path', async (_name, text, at, message) => {
    const file = await write('bad.yaml', text);
    const r = await readArticleFiles([file]);
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
    const r = await readArticleFiles([a, c]);
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

  it('lists every problem of a record with an invalid field: its other fields are still checked', async () => {
    const text = valid
      .replace('INVESTED_IN', 'BEFRIENDED')
      .replace('target: beta-land', 'target: gamma-land')
      .replace('    publishedAt: "2024-07"', '    publishedAt: "2024-07"\n    text: Alpha Corp put money into Beta Land.');
    const file = await write('salvaged.yaml', text);
    const r = await readArticleFiles([file]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map((p) => `${p.path} ${p.code}`)).toEqual([
        'relationships[0].type INVALID_VALUE',
        'relationships[0].target DANGLING_ENTITY',
        'relationships[0].evidence[0].quote QUOTE_NOT_IN_TEXT',
      ]);
      expect(r.problems[2]!.message).toBe('the quote "Alpha Corp invested in Beta Land." does not occur in the text of test-article');
    }
  });

  it('reports YAML syntax errors with the file', async () => {
    const file = await write('broken.yaml', 'articles: [\n  - id: x');
    const r = await readArticleFiles([file]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ file, code: 'SYNTAX' });
  });
});

describe('article-file: checkArticleTexts and checkArticleFiles', () => {
  const files = new Map([
    ['a.yaml', valid],
    [
      'b.json',
      JSON.stringify({
        articles: [{ id: 'other-article', source: 'Wire' }],
        relationships: [
          { type: 'SIGNED', source: 'alpha-corp', target: 'beta-land', evidence: [{ article: 'other-article', quote: 'q' }] },
        ],
      }),
    ],
    [
      'c.yaml',
      valid.replace('test-article', 'third-article').replace('INVESTED_IN', 'BEFRIENDED').replace('target: beta-land', 'target: nowhere'),
    ],
    ['d.yaml', 'articles: [\n  - id: x'],
  ]);

  it("returns the files valid on their own and every problem of all, each file's first, then those across files", () => {
    const checked = checkArticleTexts(files);
    expect(checked.valid.map((f) => f.file)).toEqual(['a.yaml', 'b.json']);
    expect(checked.problems.map((p) => `${p.file} ${p.path} ${p.code}`)).toEqual([
      'c.yaml relationships[0].type INVALID_VALUE',
      'd.yaml  SYNTAX',
      'c.yaml entities[0].id DUPLICATE_ID',
      'c.yaml entities[1].id DUPLICATE_ID',
      'c.yaml relationships[0].target DANGLING_ENTITY',
    ]);
  });

  it('lets the files reference ids that exist elsewhere', () => {
    const b = new Map([['b.json', files.get('b.json')!]]);
    expect(checkArticleTexts(b).problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'relationships[0].source DANGLING_ENTITY',
      'relationships[0].target DANGLING_ENTITY',
    ]);
    expect(checkArticleTexts(b, { knownEntityIds: new Set(['alpha-corp', 'beta-land']) }).problems).toEqual([]);
    expect(
      checkArticleTexts(
        new Map([['e.yaml', 'relationships: [{type: SIGNED, source: a, target: b, evidence: [{article: gone, quote: q}]}]']]),
        { knownEntityIds: new Set(['a', 'b']), knownArticleIds: new Set(['gone']) },
      ).problems,
    ).toEqual([]);
  });

  it('reads the files from disk and checks them alike', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-check-files-'));
    try {
      for (const [name, text] of files) await writeFile(path.join(dir, name), text);
      const onDisk = await checkArticleFiles([...files.keys()].map((n) => path.join(dir, n)));
      const inMemory = checkArticleTexts([...files].map(([n, text]) => [path.join(dir, n), text] as const));
      expect(onDisk).toEqual(inMemory);
      expect(onDisk.problems).toHaveLength(5);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('seed: an invalid file writes nothing', () => {
  const graph = useSeededGraph();
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kg-bad-seed-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('leaves the database unchanged and lists the problems', async () => {
    const before = await counts(graph.store);
    await writeFile(path.join(dir, 'good.yaml'), valid);
    await writeFile(
      path.join(dir, 'bad.yaml'),
      valid
        .replace(/test-article/g, 'other-article')
        .replace(/alpha-corp/g, 'delta')
        .replace(/beta-land/g, 'epsilon')
        .replace('INVESTED_IN', 'NOPE'),
    );
    const err = await seedFromFiles({ store: graph.store.maintenance('Seeding a bad folder'), inputs: [dir] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('BAD_USER_INPUT');
    expect((err as AppError).message).toMatch(/bad\.yaml: relationships\[0\]\.type/);
    expect(await counts(graph.store)).toEqual(before);
  });

  it('refuses seeds whose quote of the seed article was edited, naming the path of that quote, and writes nothing', async () => {
    const seeds = path.join(dir, 'seeds');
    await cp(SEEDS_DIR, seeds, { recursive: true });
    const file = path.join(seeds, 'huawei-peru-ai-training-deal.yaml');
    const yaml = await readFile(file, 'utf8');
    const quote =
      'the Chinese tech giant train thousands of Peruvians in the latest technologies, as well as teach them how to apply AI in ' +
      'a variety of jobs';
    expect(yaml).toContain(`quote: ${quote}`);
    await writeFile(file, yaml.replace(`quote: ${quote}`, `quote: ${quote.replace('thousands', 'millions')}`));
    const read = await readArticleFiles([seeds]);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatchObject({ file, code: 'QUOTE_NOT_IN_TEXT' });
    expect(read.problems[0]!.path).toMatch(/^relationships\[\d+\]\.evidence\[\d+\]\.quote$/);
    const before = await counts(graph.store);
    const err = await seedFromFiles({ store: graph.store.maintenance('Seeding edited seeds'), inputs: [seeds] }).catch((e: unknown) => e);
    expect((err as AppError).message).toContain(
      `${file}: ${read.problems[0]!.path}: the quote "the Chinese tech giant train millions of Peruvians in the latest ` +
        `technologies…" does not occur in the text of huawei-peru-ai-training-deal`,
    );
    expect(await counts(graph.store)).toEqual(before);
  });
});

describe("article-file: an article's text file", () => {
  let dir: string;
  const withText = (textFile: string, quote = 'Alpha Corp invested in Beta Land.'): string =>
    valid
      .replace('    publishedAt: "2024-07"', `    publishedAt: "2024-07"\n    textFile: ${textFile}`)
      .replace('quote: Alpha Corp invested in Beta Land.', `quote: ${quote}`);

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kg-text-file-'));
    await writeFile(path.join(dir, 'article.txt'), 'Lima, 2024. Alpha Corp invested in Beta Land.\nOfficials welcomed it.');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const read = async (name: string, text: string) => {
    const file = path.join(dir, name);
    await writeFile(file, text);
    return { file, result: await readArticleFiles([file]) };
  };

  it('reads the text beside the article file and checks every quote against it; the text is not an article file', async () => {
    const { result } = await read('ok.yaml', withText('article.txt'));
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.bundle.articles[0]).toMatchObject({
        textFile: 'article.txt',
        text: 'Lima, 2024. Alpha Corp invested in Beta Land.\nOfficials welcomed it.',
      });
    expect((await listArticleFiles([dir])).map((f) => path.basename(f))).toEqual(['ok.yaml']);
    expect((await listArticleFiles([SEEDS_DIR])).map((f) => path.basename(f))).toEqual([
      'huawei-peru-ai-training-deal.yaml',
      'other-sources.yaml',
    ]);
  });

  it("refuses a quote the text does not hold, naming the file and the quote's path", async () => {
    const { file, result } = await read('edited.yaml', withText('article.txt', 'Alpha Corp invested heavily in Beta Land.'));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([
        {
          file,
          path: 'relationships[0].evidence[0].quote',
          code: 'QUOTE_NOT_IN_TEXT',
          message: 'the quote "Alpha Corp invested heavily in Beta Land." does not occur in the text of test-article',
        },
      ]);
    }
  });

  it.each([
    ['an absolute path', '/etc/hostname', 'CUSTOM', /relative path inside the article file's folder/],
    ['a path out of the folder', '../article.txt', 'CUSTOM', /relative path inside the article file's folder/],
    ['a Windows path out of the folder', 'sub\\..\\..\\article.txt', 'CUSTOM', /relative path inside the article file's folder/],
    ['a missing file', 'missing.txt', 'TEXT_FILE_NOT_FOUND', /there is no file missing\.txt beside bad-text-file\.yaml/],
  ])('refuses %s', async (_name, textFile, code, message) => {
    const { file, result } = await read('bad-text-file.yaml', withText(JSON.stringify(textFile)));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => [p.file, p.path, p.code])).toEqual([[file, 'articles[0].textFile', code]]);
      expect(result.problems[0]!.message).toMatch(message);
    }
  });

  it('refuses a symbolic link that leads out of the folder, and a text given twice', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'kg-outside-'));
    try {
      await writeFile(path.join(outside, 'secret.txt'), 'Alpha Corp invested in Beta Land.');
      await symlink(path.join(outside, 'secret.txt'), path.join(dir, 'link.txt'));
      const linked = await read('linked.yaml', withText('link.txt'));
      expect(linked.result.ok).toBe(false);
      if (!linked.result.ok)
        expect(linked.result.problems.map((p) => `${p.path} ${p.code}`)).toEqual(['articles[0].textFile OUTSIDE_FOLDER']);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
    const twice = await read(
      'twice.yaml',
      withText('article.txt').replace('textFile:', 'text: Alpha Corp invested in Beta Land.\n    textFile:'),
    );
    expect(twice.result.ok).toBe(false);
    if (!twice.result.ok)
      expect(twice.result.problems.map((p) => `${p.path} ${p.message}`)).toEqual([
        'articles[0].textFile give the text or a textFile, not both',
      ]);
  });
});
