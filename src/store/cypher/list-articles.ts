/** The pure builder of the article listing: a page of articles, newest first. Every value is a parameter. */
import type { Query } from '../gateway.js';
import { articleMap } from './fragments.js';

/** One page of articles, newest first, keyset on (publication start, id). */
export function listArticles({ after, limit }: { after: [string, string] | null; limit: number }): Query {
  return {
    cypher: `CALL () { MATCH (a:Article) RETURN count(a) AS total }
CALL () {
  MATCH (a:Article)
  WITH a, coalesce(a.publishedStart, '0000-00-00') AS k
  WHERE $afterKey IS NULL OR k < $afterKey OR (k = $afterKey AND a.id > $afterId)
  WITH a, k ORDER BY k DESC, a.id LIMIT $limit
  RETURN collect({article: ${articleMap('a')}, key: k}) AS page
}
RETURN total, page`,
    params: { afterKey: after?.[0] ?? null, afterId: after?.[1] ?? null, limit },
  };
}
