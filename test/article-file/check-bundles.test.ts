import { describe, expect, it } from 'vitest';
import { bundleProblems, checkBundles, mergeBundles, quoteProblem, type SourcedBundle } from '../../src/article-file/check-bundles.js';
import { bundleSchema, type SalvagedBundle } from '../../src/article-file/format.js';
import { relationshipId } from '../../src/domain/ids.js';
import type { Problem } from '../../src/errors.js';

const SIGNED_ID = relationshipId({ type: 'SIGNED', source: 'peru', target: 'china', validFrom: null, validTo: null, topic: null });
const NONE = { knownEntityIds: new Set<string>(), knownArticleIds: new Set<string>() };
const claim = (over: Record<string, unknown> = {}) => ({
  type: 'SIGNED',
  source: 'peru',
  target: 'china',
  evidence: [{ article: 'wire', quote: 'Peru signed with China.' }],
  ...over,
});
const entities = [
  { id: 'peru', name: 'Peru', type: 'COUNTRY' },
  { id: 'china', name: 'China', type: 'COUNTRY', mergedIds: ['prc'] },
];
const sourced = (file: string, raw: unknown): SourcedBundle => ({ file, bundle: bundleSchema.parse(raw) });
/** Each problem as `file path CODE: message`. */
const lines = (problems: readonly Problem[]): string[] => problems.map((p) => `${p.file} ${p.path} ${p.code}: ${p.message}`);

describe('article-file: bundleProblems', () => {
  it('finds nothing in bundles that hold or know everything they reference', () => {
    expect(
      bundleProblems([sourced('a.yaml', { articles: [{ id: 'wire', source: 'W' }], entities, relationships: [claim()] })], NONE),
    ).toEqual([]);
    expect(
      bundleProblems([sourced('a.yaml', { relationships: [claim()] })], {
        knownEntityIds: new Set(['peru', 'china']),
        knownArticleIds: new Set(['wire']),
      }),
    ).toEqual([]);
  });

  it('reports every bad record with its file and path, in input order, not only the first', () => {
    const problems = bundleProblems(
      [
        sourced('a.yaml', { articles: [{ id: 'wire', source: 'W', text: 'Peru signed with China.' }], entities, relationships: [claim()] }),
        sourced('b.yaml', {
          articles: [{ id: 'wire', source: 'W' }],
          entities: [
            { id: 'chile', name: 'Chile', type: 'COUNTRY', mergedIds: ['prc'] },
            { id: 'peru', name: 'Peru', type: 'COUNTRY' },
          ],
          relationships: [
            claim({ target: 'bolivia' }),
            claim({
              evidence: [
                { article: 'nowhere', quote: 'q' },
                { article: 'wire', quote: 'Peru signed with Chile.' },
              ],
            }),
          ],
        }),
      ],
      NONE,
    );
    expect(lines(problems)).toEqual([
      'b.yaml articles[0].id DUPLICATE_ID: duplicate article id "wire" (first defined in a.yaml)',
      'b.yaml entities[0].mergedIds[0] DUPLICATE_ID: duplicate entity id "prc" (first defined in a.yaml)',
      'b.yaml entities[1].id DUPLICATE_ID: duplicate entity id "peru" (first defined in a.yaml)',
      'b.yaml relationships[0].target DANGLING_ENTITY: unknown entity "bolivia"',
      'b.yaml relationships[1].evidence[0].article DANGLING_ARTICLE: unknown article "nowhere"',
      'b.yaml relationships[1].evidence[1].quote QUOTE_NOT_IN_TEXT: the quote "Peru signed with Chile." does not occur in the text of wire',
      `b.yaml relationships[1] DUPLICATE_ID: duplicate relationship id "${SIGNED_ID}" (first defined in a.yaml)`,
    ]);
  });

  it('refuses an article id that an entity of the bundles holds as id or merged id, in any file (one id space: Query.node)', () => {
    const problems = bundleProblems(
      [
        sourced('a.yaml', { articles: [{ id: 'peru', source: 'W' }], entities }),
        sourced('b.yaml', {
          articles: [
            { id: 'prc', source: 'W' },
            { id: 'wire', source: 'W' },
          ],
        }),
      ],
      NONE,
    );
    expect(lines(problems)).toEqual([
      'a.yaml articles[0].id ID_IN_USE: article id "peru" is the id of an entity: entities, articles, relationships, evidence and ' +
        'audit entries share one id space (Query.node)',
      'b.yaml articles[0].id ID_IN_USE: article id "prc" is the id of an entity: entities, articles, relationships, evidence and ' +
        'audit entries share one id space (Query.node)',
    ]);
  });

  it('checks what shape validation kept of an invalid record: its missing fields are not checked', () => {
    const salvaged: SalvagedBundle = {
      articles: [{ source: 'W' }],
      entities: [{ name: 'No id' }],
      relationships: [{ source: 'nobody', evidence: [{ quote: 'q' }, { article: 'gone' }] }],
    };
    expect(lines(bundleProblems([{ file: 'bad.yaml', bundle: salvaged }], NONE))).toEqual([
      'bad.yaml relationships[0].source DANGLING_ENTITY: unknown entity "nobody"',
      'bad.yaml relationships[0].evidence[1].article DANGLING_ARTICLE: unknown article "gone"',
    ]);
  });

  it("counts the ids of an invalid file's valid records as declared", () => {
    const invalid: SalvagedBundle = {
      articles: [{ id: 'wire' }],
      entities: [{ id: 'peru' }, { id: 'china', name: 'China' }],
      relationships: [],
    };
    expect(bundleProblems([{ file: 'bad.yaml', bundle: invalid }, sourced('good.yaml', { relationships: [claim()] })], NONE)).toEqual([]);
  });
  it('refuses an identifier given to two entities, in one file or across files, naming where it was first given', () => {
    const a = sourced('a.yaml', {
      entities: [
        { id: 'peru', name: 'Peru', type: 'COUNTRY', identifiers: [{ scheme: 'ISO3166', value: 'pe' }] },
        { id: 'peru-two', name: 'Peru Two', type: 'COUNTRY', identifiers: [{ scheme: 'ISO3166', value: 'PE' }] },
      ],
    });
    const b = sourced('b.yaml', {
      entities: [{ id: 'other', name: 'Other', type: 'COUNTRY', identifiers: [{ scheme: 'ISO3166', value: 'PE' }] }],
    });
    expect(lines(bundleProblems([a, b], NONE))).toEqual([
      'a.yaml entities[1].identifiers[0].value DUPLICATE_IDENTIFIER: ISO3166:PE is also given at a.yaml: ' +
        'entities[0].identifiers[0] ("peru"): ' +
        'an identifier belongs to one entity',
      'b.yaml entities[0].identifiers[0].value DUPLICATE_IDENTIFIER: ISO3166:PE is also given at a.yaml: ' +
        'entities[0].identifiers[0] ("peru"): ' +
        'an identifier belongs to one entity',
    ]);
    const distinct = sourced('c.yaml', {
      entities: [
        { id: 'cn', name: 'CN', type: 'COUNTRY', identifiers: [{ scheme: 'ISO3166', value: 'CN' }] },
        { id: 'pe', name: 'PE', type: 'COUNTRY', identifiers: [{ scheme: 'ISO3166', value: 'PE' }] },
      ],
    });
    expect(bundleProblems([distinct], NONE)).toEqual([]);
  });
});

describe('article-file: quoteProblem', () => {
  it("accepts a quote its article's text holds, ignoring whitespace and quote-mark style, or whose text is unknown", () => {
    expect(quoteProblem({ quote: 'he said  "yes"', article: 'wire', text: 'Then he said “yes”.', path: 'q' })).toBeUndefined();
    expect(quoteProblem({ quote: 'anything', article: 'wire', text: undefined, path: 'q' })).toBeUndefined();
  });

  it('names the path (and the file, when given) of a quote the text does not hold', () => {
    expect(
      quoteProblem({ quote: 'He said no', article: 'wire', text: 'He said yes.', path: 'relationships[0].evidence[0].quote' }),
    ).toEqual({
      path: 'relationships[0].evidence[0].quote',
      code: 'QUOTE_NOT_IN_TEXT',
      message: 'the quote "He said no" does not occur in the text of wire',
    });
    expect(quoteProblem({ quote: 'He said no', article: 'wire', text: 'He said yes.', file: 'a.yaml', path: 'p' })).toMatchObject({
      file: 'a.yaml',
      path: 'p',
    });
  });
});

describe('article-file: mergeBundles and checkBundles', () => {
  it('merges the records of all bundles in order, and lists the problems of them together', () => {
    const a = sourced('a.yaml', { articles: [{ id: 'wire', source: 'W' }], entities: [entities[0]] });
    const b = sourced('b.yaml', { entities: [entities[1]], relationships: [claim()] });
    const merged = mergeBundles([a, b]);
    expect(merged.articles.map((x) => x.id)).toEqual(['wire']);
    expect(merged.entities.map((x) => x.id)).toEqual(['peru', 'china']);
    expect(merged.relationships.map((x) => x.target)).toEqual(['china']);
    expect(checkBundles([a, b], NONE)).toEqual({ bundle: merged, problems: [] });
    expect(lines(checkBundles([b], NONE).problems)).toEqual([
      'b.yaml relationships[0].source DANGLING_ENTITY: unknown entity "peru"',
      'b.yaml relationships[0].evidence[0].article DANGLING_ARTICLE: unknown article "wire"',
    ]);
  });
});
