/** Full-text search over names and aliases. */
import type { Query } from '../gateway.js';
import { foldForMatch } from '../../domain/text.js';
import { entityMap } from './fragments.js';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Builds the Lucene query for user text. The text is folded first (accents, width, case,
 * punctuation), so no Lucene syntax survives; Latin words also match with one typo, CJK runs as
 * phrases (the CJK analyzer splits them into bigrams). Returns undefined when nothing is left.
 */
export function luceneQuery(text: string): string | undefined {
  const tokens = foldForMatch(text).split(' ').filter(Boolean).slice(0, 16);
  if (tokens.length === 0) return undefined;
  const clauses = tokens.map((t) => {
    if (CJK.test(t)) return `"${t}"`;
    if (t.length >= 4) return `(${t}^2 OR ${t}~1 OR ${t}*)`;
    return `(${t}^2 OR ${t}*)`;
  });
  return clauses.join(' AND ');
}

/**
 * One page of search results, ranked inside Neo4j: an exact name or alias match first, then a
 * name or alias that starts with the text, then the rest; by Lucene score within each rank. The
 * ranking looks at the `pool` best Lucene hits (an exact match can score below a fuzzy one), and
 * only the `limit` ranked entities travel back. `key` is the folded text (foldForMatch).
 */
export function searchEntities({ lucene, key, types, pool, limit }: { lucene: string; key: string; types: readonly string[] | null; pool: number; limit: number }): Query {
  return {
    cypher: `CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $pool}) YIELD node, score
WHERE $types IS NULL OR node.type IN $types
WITH node, score, [node.nameKey] + coalesce(node.aliasKeys, []) AS keys
WITH node, score, CASE WHEN $key IN keys THEN 0 WHEN any(k IN keys WHERE k STARTS WITH $key) THEN 1 ELSE 2 END AS rank
ORDER BY rank, score DESC, node.name, node.id
LIMIT $limit
RETURN ${entityMap('node')} AS entity`,
    params: { lucene, key, types, pool, limit },
  };
}
