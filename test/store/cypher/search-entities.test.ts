import { describe, expect, it } from 'vitest';
import { searchEntities, searchQuery, type SearchQuery } from '../../../src/store/cypher/search-entities.js';
import { entityMap } from '../../../src/store/cypher/fragments.js';
import { HOSTILE, expectInOrder, expectOnlyInParams } from '../../helpers/cypher-shape.js';

/** The three Lucene queries of one clause list. */
const over = (body: string, key: string): SearchQuery => ({
  names: `searchText:(${body})`,
  offices: `officeText:(${body})`,
  descriptions: `descriptionText:(${body})`,
  key,
});

describe('store: searchQuery', () => {
  it('requires each word, as typed (boosted), with one typo from four letters on, and as a prefix', () => {
    expect(searchQuery('Perú')).toEqual(over('+(peru^2 peru~1 peru*)', 'peru'));
    expect(searchQuery('Perú', { typos: false })).toEqual(over('+(peru^2 peru*)', 'peru'));
    expect(searchQuery('Li')).toEqual(over('+(li^2 li*)', 'li'));
  });

  it('makes common words optional unless the text holds nothing else', () => {
    expect(searchQuery('Perú and China')).toEqual(over('+(peru^2 peru~1 peru*) and +(china^2 china~1 china*)', 'peru and china'));
    expect(searchQuery('of the')).toEqual(over('+(of^2 of*) +(the^2 the*)', 'of the'));
  });

  it('matches a demonym as its country too, a CJK pair as typed and a lone CJK character as the start of a pair', () => {
    expect(searchQuery('Chinese premier')).toEqual(
      over('+(chinese^2 chinese~1 chinese* (+china)) +(premier^2 premier~1 premier*)', 'chinese premier'),
    );
    expect(searchQuery('华为')).toEqual(over('+华为', '华为'));
    expect(searchQuery('华')).toEqual(over('+华*', '华'));
  });

  it('keeps each word once and at most sixteen', () => {
    expect(searchQuery('peru Peru PERU')).toEqual(over('+(peru^2 peru~1 peru*)', 'peru peru peru'));
    const words = Array.from({ length: 20 }, (_, i) => `w${i}`);
    expect(searchQuery(words.join(' '))!.names).toBe(
      `searchText:(${words
        .slice(0, 16)
        .map((w) => `+(${w}^2 ${w}*)`)
        .join(' ')})`,
    );
  });

  it('lets no Lucene syntax through and gives nothing for a text without words', () => {
    expect(searchQuery('title:"x" OR y~ AND z*^2 (a) [b] {c} -d +e \\f')).toEqual(
      over(
        '+(title^2 title~1 title*) +(x^2 x*) or y and +(z^2 z*) +(2^2 2*) a +(b^2 b*) +(c^2 c*) +(d^2 d*) e +(f^2 f*)',
        'title x or y and z 2 a b c d e f',
      ),
    );
    expect(searchQuery(HOSTILE)).toEqual(
      over('+(x^2 x*) +(detach^2 detach~1 detach*) +(delete^2 delete~1 delete*) +(n^2 n*)', 'x detach delete n'),
    );
    expect(searchQuery('')).toBeUndefined();
    expect(searchQuery(' !!! ')).toBeUndefined();
  });
});

describe('store: searchEntities', () => {
  const query = searchQuery('Peru')!;

  it('passes the queries, the folded text, the types and the sizes as parameters, no retry by default', () => {
    expect(searchEntities({ query, types: ['COUNTRY'], pool: 50, limit: 10 }).params).toEqual({
      names: 'searchText:(+(peru^2 peru~1 peru*))',
      offices: 'officeText:(+(peru^2 peru~1 peru*))',
      descriptions: 'descriptionText:(+(peru^2 peru~1 peru*))',
      retryNames: null,
      retryOffices: null,
      retryDescriptions: null,
      key: 'peru',
      types: ['COUNTRY'],
      pool: 50,
      limit: 10,
    });
    const retry = searchQuery('Peru', { typos: false })!;
    expect(searchEntities({ query, retry, types: null, pool: 5, limit: 1 }).params).toMatchObject({
      retryNames: retry.names,
      retryOffices: retry.offices,
      retryDescriptions: retry.descriptions,
      types: null,
    });
  });

  it('ranks within Neo4j: the three index calls, then exact, prefix and word matches, each entity once at its best', () => {
    const { cypher } = searchEntities({ query, types: null, pool: 50, limit: 10 });
    const ranked = (out: string): string[] => [
      'CALL (names, offices, descriptions) {',
      "CALL db.index.fulltext.queryNodes('entity_search', names, {limit: $pool}) YIELD node, score",
      "RETURN node, score, 2 AS tier, false AS open, '' AS start",
      'UNION ALL',
      "CALL db.index.fulltext.queryRelationships('office_search', offices, {limit: $pool}) YIELD relationship, score",
      'RETURN startNode(relationship) AS node, score, 3 AS tier, relationship.validEnd IS NULL AS open, ' +
        "coalesce(relationship.validStart, '') AS start",
      'UNION ALL',
      "CALL db.index.fulltext.queryNodes('entity_search', descriptions, {limit: $pool}) YIELD node, score",
      "RETURN node, score, 4 AS tier, false AS open, '' AS start",
      'WHERE $types IS NULL OR node.type IN $types',
      'WHEN tier > 2 THEN tier',
      'WHEN node.nameKey = $key OR $key IN coalesce(node.aliasKeys, []) THEN 0',
      'WHEN node.nameKey STARTS WITH $key OR any(k IN coalesce(node.aliasKeys, []) WHERE k STARTS WITH $key) THEN 1',
      'ELSE 2 END AS rank',
      'ORDER BY rank, open DESC, start DESC, score DESC',
      'WITH node, head(collect({rank: rank, open: open, start: start, score: score})) AS best',
      'ORDER BY best.rank, best.open DESC, best.start DESC, best.score DESC, node.name, node.id',
      'LIMIT $limit',
      `RETURN collect(${entityMap('node')}) AS ${out}`,
    ];
    expect(cypher.startsWith('CALL () {\n  WITH $names AS names, $offices AS offices, $descriptions AS descriptions\n')).toBe(true);
    expectInOrder(cypher, [
      ...ranked('found'),
      'CALL (found) {\n  WITH $retryNames AS names, $retryOffices AS offices, $retryDescriptions AS descriptions\n  WHERE ' +
        'size(found) = 0 AND names IS NOT NULL',
      ...ranked('retried'),
    ]);
    expect(cypher.endsWith('}\nUNWIND found + retried AS entity\nRETURN entity')).toBe(true);
  });

  it('gives one text whatever the text searched, the types, the retry and the sizes', () => {
    const a = searchEntities({ query, types: null, pool: 50, limit: 10 }).cypher;
    expect(
      searchEntities({ query: searchQuery('Chinese premier 华')!, retry: query, types: ['PERSON', 'COUNTRY'], pool: 7, limit: 3 }).cypher,
    ).toBe(a);
  });

  it('never splices a value into the text', () => {
    const hostile = { names: HOSTILE, offices: HOSTILE, descriptions: HOSTILE, key: HOSTILE };
    const q = searchEntities({ query: hostile, retry: hostile, types: [HOSTILE], pool: 1, limit: 1 });
    expectOnlyInParams(q);
    expect(q.params).toMatchObject({ names: HOSTILE, retryNames: HOSTILE, key: HOSTILE, types: [HOSTILE] });
  });
});
