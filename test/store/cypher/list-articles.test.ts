import { describe, expect, it } from 'vitest';
import * as g from '../../../src/store/cypher/list-articles.js';
import { articleMap } from '../../../src/store/cypher/fragments.js';
import { HOSTILE, expectOnlyInParams } from '../../helpers/cypher-shape.js';

describe('store: listArticles', () => {
  it('lists a page of articles newest first after a (publication start, id) cursor, with the total', () => {
    const q = g.listArticles({ after: ['2024-11-14', 'reuters-chancay'], limit: 11 });
    expect(q.cypher).toBe(`CALL () { MATCH (a:Article) RETURN count(a) AS total }
CALL () {
  MATCH (a:Article)
  WITH a, coalesce(a.publishedStart, '0000-00-00') AS k
  WHERE $afterKey IS NULL OR k < $afterKey OR (k = $afterKey AND a.id > $afterId)
  WITH a, k ORDER BY k DESC, a.id LIMIT $limit
  RETURN collect({article: ${articleMap('a')}, key: k}) AS page
}
RETURN total, page`);
    expect(q.params).toEqual({ afterKey: '2024-11-14', afterId: 'reuters-chancay', limit: 11 });
    expect(g.listArticles({ after: null, limit: 1 }).params).toEqual({ afterKey: null, afterId: null, limit: 1 });
    expectOnlyInParams(g.listArticles({ after: [HOSTILE, HOSTILE], limit: 1 }));
  });
});
