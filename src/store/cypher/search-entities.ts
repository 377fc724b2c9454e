/** Full-text search over names and aliases, the offices entities hold, and their descriptions. */
import type { Query } from '../gateway.js';
import { COMMON_WORDS, isUnspacedTerm, searchTerms } from '../../domain/search-keys.js';
import { demonymCountry } from '../../domain/demonyms.js';
import { foldForMatch } from '../../domain/text.js';
import { entityMap } from './fragments.js';

const MAX_TERMS = 16;
/** Words this long or longer also match with one typo ("Boularte" finds "Boluarte"). */
const FUZZY_FROM = 4;

/** The Lucene queries of one search text, one per key, and the folded text for exact matching. */
export interface SearchQuery {
  /** Over names and aliases (`searchText`). */
  readonly names: string;
  /** Over offices (`officeText` of LEADS / HOLDS_OFFICE_IN). */
  readonly offices: string;
  /** Over descriptions (`descriptionText`). */
  readonly descriptions: string;
  /** The whole text folded, as names and aliases are for exact and prefix matches. */
  readonly key: string;
}

/**
 * Builds the Lucene queries for user text. The text is folded into terms as the keys are
 * (`searchTerms`), so no Lucene syntax survives. Every term is required except common words
 * ("and", "of", "de" …), which add to the score when present; a text of only common words
 * requires them all. A word matches as typed, as a prefix, and with one typo from four letters
 * on (unless `typos` is false); a demonym also as its country ("Chinese premier" finds the premier of China); a CJK pair as
 * typed, a lone CJK character as the start of a pair. Undefined when nothing is left.
 */
export function searchQuery(text: string, { typos = true }: { typos?: boolean } = {}): SearchQuery | undefined {
  const terms = [...new Set(searchTerms(text))].slice(0, MAX_TERMS);
  if (terms.length === 0) return undefined;
  const required = terms.some((t) => !COMMON_WORDS.has(t)) ? terms.filter((t) => !COMMON_WORDS.has(t)) : terms;
  const clauses = terms.map((t) => {
    if (!required.includes(t)) return t;
    if (isUnspacedTerm(t)) return [...t].length === 1 ? `+${t}*` : `+${t}`;
    const country = demonymCountry(t);
    const alternatives = country
      ? ` (${searchTerms(country)
          .map((w) => `+${w}`)
          .join(' ')})`
      : '';
    return typos && t.length >= FUZZY_FROM ? `+(${t}^2 ${t}~1 ${t}*${alternatives})` : `+(${t}^2 ${t}*${alternatives})`;
  });
  const body = clauses.join(' ');
  return {
    names: `searchText:(${body})`,
    offices: `officeText:(${body})`,
    descriptions: `descriptionText:(${body})`,
    key: foldForMatch(text),
  };
}

/**
 * One page of search results, ranked inside Neo4j by how an entity matched, best first:
 *  0. its name or an alias is the text (folded);
 *  1. its name or an alias starts with the text;
 *  2. its names and aliases hold every word;
 *  3. it holds an office whose role and place hold every word — the current holder first (no end
 *     date, then the latest start);
 *  4. its description holds every word.
 * Each entity counts once, at its best match; Lucene's score orders within a rank. Each key gives
 * at most `pool` hits, so the ranking sees past fuzzy hits that score above an exact one.
 *
 * `retry`, when given, is a second set of queries (e.g. with typos allowed) ranked the same way
 * only when `query` finds nothing, in the same statement: one round trip either way.
 */
export function searchEntities({
  query,
  retry = null,
  types,
  pool,
  limit,
}: {
  query: SearchQuery;
  retry?: SearchQuery | null;
  types: readonly string[] | null;
  pool: number;
  limit: number;
}): Query {
  return {
    cypher: `CALL () {
  WITH $names AS names, $offices AS offices, $descriptions AS descriptions
  ${ranked('found')}
}
CALL (found) {
  WITH $retryNames AS names, $retryOffices AS offices, $retryDescriptions AS descriptions
  WHERE size(found) = 0 AND names IS NOT NULL
  ${ranked('retried')}
}
UNWIND found + retried AS entity
RETURN entity`,
    params: {
      names: query.names,
      offices: query.offices,
      descriptions: query.descriptions,
      retryNames: retry?.names ?? null,
      retryOffices: retry?.offices ?? null,
      retryDescriptions: retry?.descriptions ?? null,
      key: query.key,
      types,
      pool,
      limit,
    },
  };
}

/**
 * The ranked page for the Lucene queries in the variables `names`, `offices` and `descriptions`
 * (variables, so that a retry's index calls run only on the row that asks for them), collected
 * in rank order into the column `out`.
 */
function ranked(out: string): string {
  return `CALL (names, offices, descriptions) {
    CALL db.index.fulltext.queryNodes('entity_search', names, {limit: $pool}) YIELD node, score
    RETURN node, score, 2 AS tier, false AS open, '' AS start
    UNION ALL
    CALL db.index.fulltext.queryRelationships('office_search', offices, {limit: $pool}) YIELD relationship, score
    RETURN startNode(relationship) AS node, score, 3 AS tier, relationship.validEnd IS NULL AS open, coalesce(relationship.validStart, '') AS start
    UNION ALL
    CALL db.index.fulltext.queryNodes('entity_search', descriptions, {limit: $pool}) YIELD node, score
    RETURN node, score, 4 AS tier, false AS open, '' AS start
  }
  WITH node, score, tier, open, start
  WHERE $types IS NULL OR node.type IN $types
  WITH node, score, open, start, CASE
    WHEN tier > 2 THEN tier
    WHEN node.nameKey = $key OR $key IN coalesce(node.aliasKeys, []) THEN 0
    WHEN node.nameKey STARTS WITH $key OR any(k IN coalesce(node.aliasKeys, []) WHERE k STARTS WITH $key) THEN 1
    ELSE 2 END AS rank
  ORDER BY rank, open DESC, start DESC, score DESC
  WITH node, head(collect({rank: rank, open: open, start: start, score: score})) AS best
  ORDER BY best.rank, best.open DESC, best.start DESC, best.score DESC, node.name, node.id
  LIMIT $limit
  RETURN collect(${entityMap('node')}) AS ${out}`;
}
