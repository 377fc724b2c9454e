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

/** Candidates for a search, with their Lucene score and matching keys, best score first. */
export function searchEntities({ lucene, types, limit }: { lucene: string; types: readonly string[] | null; limit: number }): Query {
  return {
    cypher: `CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $limit}) YIELD node, score
WHERE $types IS NULL OR node.type IN $types
RETURN ${entityMap('node')} AS entity, score, node.nameKey AS nameKey, coalesce(node.aliasKeys, []) AS aliasKeys
ORDER BY score DESC, node.name, node.id`,
    params: { lucene, types, limit },
  };
}
