/**
 * The floor: what the bench's four reads cost when written the plain way, as a developer who knows
 * Cypher would write them against this graph — a bare `node:http` handler over `neo4j-driver`, one
 * idiomatic statement per request (bounded expansions, `CALL` subqueries, map projections), the
 * answer shaped in Cypher exactly as the API's `data` for the bench's operations.
 *
 * It shares nothing with the API: it imports nothing from `src/` (not the config, the gateway,
 * the Cypher builders, the folding or the vocabulary). Its statements are written from the API's
 * documented meaning (README "The API" and "Search", schema/schema.graphql), not from its Cypher,
 * so that the bench measures what the API's own statements and layers cost above them. The bench
 * checks on every sampled request that both answer the same (bench/compare-answers.ts).
 *
 * Started by the bench as a child process. Reads NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD,
 * NEO4J_DATABASE (default neo4j), PORT and HOST (default 127.0.0.1) from its environment.
 *
 *   GET /entity?id=…   GET /neighborhood?id=…   GET /shortest-path?from=…&to=…   GET /search?text=…
 */
import http from 'node:http';
import neo4j, { type Driver } from 'neo4j-driver';

/** The bench's operations: what the floor answers, with the sizes its workloads ask for. */
const ENTITY_RELATIONSHIPS = 50;
const NEIGHBORHOOD_RELATIONSHIPS = 50;
const SEARCH_RESULTS = 20;
/** Statuses of a firm claim; a shortest path whose claims are all firm is preferred. */
const FIRM = ['REPORTED', 'CONFIRMED'];

// ---------------------------------------------------------------------------------------------
// entity(id) { id name type aliases description relationships(first: 50) { totalCount nodes { … } } }

/**
 * The entity (or the entity an id was merged into), its relationships in id order with both
 * endpoints, each with its evidence (oldest article first) and article. An entity's only
 * relationships are its claims, to other entities (evidence points at its relationship by id; the
 * writer refuses self-loops), so its degree, which Neo4j keeps, is the total.
 */
export const ENTITY = `OPTIONAL MATCH (direct:Entity {id: $id})
OPTIONAL CALL (direct) {
  UNWIND CASE WHEN direct IS NULL THEN [$id] ELSE [] END AS merged
  MATCH (kept:Entity) WHERE merged IN kept.mergedIds
  RETURN kept LIMIT 1
}
WITH coalesce(direct, kept) AS e
WHERE e IS NOT NULL
CALL (e) {
  MATCH (e)-[r]-(:Entity)
  WITH r ORDER BY r.id LIMIT $first
  WITH r, startNode(r) AS s, endNode(r) AS t
  CALL (r) {
    MATCH (ev:Evidence {relationshipId: r.id})-[:FROM]->(a:Article)
    WITH ev, a ORDER BY a.publishedStart, a.id, ev.id
    RETURN collect(ev {.id, .quote, article: a {.id, .source, .url, .publishedAt}}) AS evidence
  }
  RETURN collect(r {.id, type: type(r), .validFrom, .validTo, .status, .topic,
    source: s {.id, .name, .type}, target: t {.id, .name, .type}, evidence: evidence}) AS nodes
}
RETURN e {.id, .name, .type, aliases: coalesce(e.aliases, []), .description,
  relationships: {totalCount: COUNT { (e)--() }, nodes: nodes}} AS entity`;

// ---------------------------------------------------------------------------------------------
// neighborhood(id, depth: 2, first: 50) { truncated nodes { id name type } relationships { … } }

/**
 * The 2-hop ego network, breadth-first, at most `$first` relationships. Each level reads at most
 * `$first + 1` relationships per entity, in the order the store keeps them (so a hub is never read
 * whole), keeps the lowest ids of those, and stops at the cap; `truncated` says a cap cut it.
 * Entities come in the order they are reached: the centre, then each relationship's source and
 * target as the relationships come. The second level starts only when the first was not cut, and
 * has the room the first left (a slice: LIMIT takes no variable).
 */
export const NEIGHBORHOOD = `MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[r]-(:Entity)
  WITH r LIMIT $cap
  WITH r ORDER BY r.id
  RETURN collect(r) AS found
}
WITH c, found[..$first] AS hop1, size(found) > $first AS cut1
WITH c, hop1, cut1, $first - size(hop1) AS room,
  reduce(seen = [c], r IN hop1 | seen + [n IN [startNode(r), endNode(r)] WHERE NOT n IN seen]) AS reached
CALL (hop1, cut1, room, reached) {
  UNWIND CASE WHEN cut1 THEN [] ELSE tail(reached) END AS f
  CALL (f, hop1, room) {
    MATCH (f)-[r]-(:Entity) WHERE NOT r IN hop1
    WITH r LIMIT $cap
    WITH room, collect(r) AS read
    RETURN read[..room + 1] AS some
  }
  UNWIND some AS r
  WITH DISTINCT r ORDER BY r.id
  RETURN collect(r) AS found2
}
WITH hop1, found2[..room] AS hop2, cut1 OR size(found2) > room AS truncated, reached
WITH hop1 + hop2 AS rels, truncated,
  reduce(seen = reached, r IN hop2 | seen + [n IN [startNode(r), endNode(r)] WHERE NOT n IN seen]) AS nodes
RETURN {truncated: truncated,
  nodes: [n IN nodes | n {.id, .name, .type}],
  relationships: [r IN rels | r {.id, type: type(r), .validFrom, .status, source: {id: startNode(r).id}, target: {id: endNode(r).id}}]} AS neighborhood`;

// ---------------------------------------------------------------------------------------------
// shortestPath(from, to, maxHops: 4) { length steps { reversed from to relationship { … evidence } } }

/** Per step of the node list `ns`: the firmest relationship between its two entities, then the lowest id. */
const HOPS = (ns: string, out: string): string => `CALL (${ns}) {
    UNWIND range(0, size(${ns}) - 2) AS i
    CALL (${ns}, i) {
      WITH ${ns}[i] AS x, ${ns}[i + 1] AS y
      MATCH (x)-[r]-(y)
      RETURN r ORDER BY r.status IN $firm DESC, r.id LIMIT 1
    }
    WITH i, r ORDER BY i
    RETURN collect(r) AS ${out}
  }`;

/** A firm-only shortest path of exactly `len` hops between a and b (one branch per length: a hop bound is a literal). */
const FIRM_PATH = [2, 3, 4]
  .map(
    (len) => `    WITH a, b WHERE len = ${len}
    MATCH q = shortestPath((a)-[rs*1..${len}]-(b)) WHERE all(r IN rs WHERE r.status IN $firm)
    RETURN nodes(q) AS firmNodes`,
  )
  .join('\n    UNION ALL\n');

/**
 * A shortest path within 4 hops, ignoring direction, preferring one whose claims are all firm:
 * the first shortest path the search meets, each step on the firmest relationship between its
 * entities; when a step has no firm one, a search of the same length over firm claims only, taken
 * when it finds a path. No row when none (or when both ends are one entity). Each step's evidence
 * comes oldest article first.
 */
export const SHORTEST_PATH = `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
MATCH p = shortestPath((a)-[*1..4]-(b))
WITH a, b, nodes(p) AS ns
${HOPS('ns', 'hops')}
OPTIONAL CALL (a, b, ns, hops) {
  WITH a, b, size(ns) - 1 AS len
  WHERE any(r IN hops WHERE NOT r.status IN $firm)
  CALL (a, b, len) {
${FIRM_PATH}
  }
  ${HOPS('firmNodes', 'firmHops')}
  RETURN firmNodes, firmHops
}
WITH coalesce(firmNodes, ns) AS ns, coalesce(firmHops, hops) AS hops
UNWIND range(0, size(hops) - 1) AS i
WITH ns, i, hops[i] AS h
CALL (h) {
  MATCH (ev:Evidence {relationshipId: h.id})-[:FROM]->(art:Article)
  WITH ev, art ORDER BY art.publishedStart, art.id, ev.id
  RETURN collect(ev {.quote, article: art {.source, .publishedAt}}) AS evidence
}
WITH ns, i, h, evidence, ns[i] AS x, ns[i + 1] AS y ORDER BY i
WITH ns, collect({
  reversed: startNode(h) <> x,
  from: x {.id, .name, .type},
  relationship: h {.id, type: type(h), .validFrom, .status, evidence: evidence},
  to: y {.id, .name, .type}}) AS steps
RETURN {length: size(ns) - 1, steps: steps} AS shortestPath`;

// ---------------------------------------------------------------------------------------------
// search(text, first: 20) { id name type aliases }

/**
 * One ranked page for the Lucene queries in the variables `names`, `offices` and `descriptions`
 * (variables, not parameters, so that the index calls depend on the row that carries them), as
 * documented: 0 the name or an alias is the text (folded), 1 one starts with it, 2 the names hold
 * every word, 3 an office (role and place) holds every word — the current holder first (no end,
 * then the latest start), 4 the description holds every word. Each entity once, at its best
 * match; within a rank by score, then name, then id. Each index gives at most `$pool` hits.
 */
const RANKED = (out: string): string => `CALL (names, offices, descriptions) {
    CALL db.index.fulltext.queryNodes('entity_search', names, {limit: $pool}) YIELD node, score
    RETURN node, score,
      CASE WHEN node.nameKey = $key OR $key IN coalesce(node.aliasKeys, []) THEN 0
           WHEN node.nameKey STARTS WITH $key OR any(k IN coalesce(node.aliasKeys, []) WHERE k STARTS WITH $key) THEN 1
           ELSE 2 END AS rank,
      false AS current, '' AS since
    UNION ALL
    CALL db.index.fulltext.queryRelationships('office_search', offices, {limit: $pool}) YIELD relationship AS office, score
    RETURN startNode(office) AS node, score, 3 AS rank, office.validEnd IS NULL AS current, coalesce(office.validStart, '') AS since
    UNION ALL
    CALL db.index.fulltext.queryNodes('entity_search', descriptions, {limit: $pool}) YIELD node, score
    RETURN node, score, 4 AS rank, false AS current, '' AS since
  }
  WITH node, rank, current, since, score ORDER BY rank, current DESC, since DESC, score DESC
  WITH node, head(collect({rank: rank, current: current, since: since, score: score})) AS best
  ORDER BY best.rank, best.current DESC, best.since DESC, best.score DESC, node.name, node.id
  LIMIT $first
  RETURN collect(node {.id, .name, .type, aliases: coalesce(node.aliases, [])}) AS ${out}`;

/**
 * Ranked search. Words match as typed or as a prefix; only when that finds nothing is the search
 * made again with one typo allowed in words of four letters or more (the API's behaviour since
 * it stopped paying for typo matching on every search), in the same statement: the second pass
 * runs only on an empty first one, and not at all when no word is long enough for a typo.
 */
export const SEARCH = `CALL () {
  WITH $exactNames AS names, $exactOffices AS offices, $exactDescriptions AS descriptions
  ${RANKED('exact')}
}
CALL (exact) {
  WITH $typoNames AS names, $typoOffices AS offices, $typoDescriptions AS descriptions
  WHERE size(exact) = 0 AND names IS NOT NULL
  ${RANKED('retried')}
}
UNWIND exact + retried AS entity
RETURN entity`;

/** Letters with full stops between them ("U.S."): the stops go, so "U.S." and "US" are one word. */
const DOTTED = /(?<![\p{L}\p{N}])\p{L}(?:\.\p{L})+\.?(?![\p{L}\p{N}])/gu;
const CJK_RUN = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+)/u;
/** Words a search never requires (they count when present), unless it holds nothing else. */
const OPTIONAL_WORDS = new Set('a an and at by for from in of on or s the to with al de del e el en la las lo los para por y'.split(' '));
/** A demonym stands for its country ("Chinese premier"). */
const DEMONYMS: [RegExp, string][] = [
  [/^(peruvian|peruano|peruana|peruanos|peruanas)$/, 'peru'],
  [/^(chinese|chino|chinos)$/, 'china'],
  [/^(american|estadounidense)$/, 'united states'],
  [/^(chilean|chileno|chilena)$/, 'chile'],
  [/^(brazilian|brasileno|brasilena)$/, 'brazil'],
  [/^(mexican|mexicano|mexicana)$/, 'mexico'],
  [/^(spanish|espanol|espanola)$/, 'spain'],
  [/^(japanese|japones|japonesa)$/, 'japan'],
  [/^(canadian|canadiense|canadienses)$/, 'canada'],
  [/^(british|britanico|britanica)$/, 'united kingdom'],
  [/^(australian|australiano|australiana)$/, 'australia'],
  [/^(korean|coreano|coreana|surcoreano|surcoreana)$/, 'south korea'],
  [/^(russian|ruso|rusa)$/, 'russia'],
  [/^(german|aleman|alemana)$/, 'germany'],
  [/^(french|frances|francesa)$/, 'france'],
  [/^(italian|italiano|italiana)$/, 'italy'],
  [/^(swiss|suizo)$/, 'switzerland'],
  [/^(colombian|colombiano|colombiana)$/, 'colombia'],
  [/^(ecuadorian|ecuatoriano|ecuatoriana)$/, 'ecuador'],
  [/^(bolivian|boliviano|boliviana)$/, 'bolivia'],
  [/^(argentine|argentinian|argentino)$/, 'argentina'],
  [/^(indian)$/, 'india'],
  [/^(vietnamese|vietnamita|vietnamitas)$/, 'vietnam'],
];

/** The key a text is matched by: width (NFKC), accents and case folded, dotted letters joined, other punctuation a space. */
export function fold(text: string): string {
  return text
    .replace(DOTTED, (m) => m.replaceAll('.', ''))
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a text as the index holds them: folded words; a CJK run as its character pairs, a lone CJK character as itself. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const w of fold(text).split(' ')) {
    for (const piece of w.split(CJK_RUN)) {
      if (!piece) continue;
      if (!CJK_RUN.test(piece)) {
        out.push(piece);
        continue;
      }
      const chars = [...piece];
      if (chars.length === 1) out.push(piece);
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
    }
  }
  return out;
}

/**
 * The Lucene query of a search text (without the field), or undefined when no word is left: at
 * most 16 distinct words, each required unless optional; a word matches as typed (preferred) and
 * as a prefix, and with `typos` also with one typo from four letters on; a demonym also as its
 * country; a CJK pair as typed, a lone CJK character as the start of a pair.
 */
export function luceneQuery(text: string, { typos }: { typos: boolean }): string | undefined {
  const ws = [...new Set(words(text))].slice(0, 16);
  if (ws.length === 0) return undefined;
  const anyRequired = ws.some((w) => !OPTIONAL_WORDS.has(w));
  return ws
    .map((w) => {
      if (anyRequired && OPTIONAL_WORDS.has(w)) return w;
      if (CJK_RUN.test(w)) return [...w].length === 1 ? `+${w}*` : `+${w}`;
      const country = DEMONYMS.find(([re]) => re.test(w))?.[1];
      const alt = country
        ? ` (${words(country)
            .map((c) => `+${c}`)
            .join(' ')})`
        : '';
      return typos && w.length >= 4 ? `+(${w}^2 ${w}~1 ${w}*${alt})` : `+(${w}^2 ${w}*${alt})`;
    })
    .join(' ');
}

// ---------------------------------------------------------------------------------------------

/** The four handlers over `driver`: each one statement in one managed read transaction, answering the API's `data`. */
export function floorHandlers({ driver, database }: { driver: Driver; database: string }) {
  const one = async (cypher: string, params: Record<string, unknown>, key: string): Promise<unknown> => {
    const { records } = await driver.executeQuery(cypher, params, { database, routing: neo4j.routing.READ });
    return records[0]?.get(key) ?? null;
  };
  return {
    entity: async (id: string) => ({ entity: await one(ENTITY, { id, first: neo4j.int(ENTITY_RELATIONSHIPS) }, 'entity') }),
    neighborhood: async (id: string) => {
      const found = await one(
        NEIGHBORHOOD,
        { id, first: neo4j.int(NEIGHBORHOOD_RELATIONSHIPS), cap: neo4j.int(NEIGHBORHOOD_RELATIONSHIPS + 1) },
        'neighborhood',
      );
      if (found === null) throw new Error(`id: no entity "${id}"`);
      return { neighborhood: found };
    },
    shortestPath: async (from: string, to: string) => ({
      shortestPath: await one(SHORTEST_PATH, { from, to, firm: FIRM }, 'shortestPath'),
    }),
    search: async (text: string) => {
      const exact = luceneQuery(text, { typos: false });
      if (!exact) return { search: [] };
      const typo = luceneQuery(text, { typos: true });
      const retry = typo === exact ? null : typo;
      const { records } = await driver.executeQuery(
        SEARCH,
        {
          exactNames: `searchText:(${exact})`,
          exactOffices: `officeText:(${exact})`,
          exactDescriptions: `descriptionText:(${exact})`,
          typoNames: retry && `searchText:(${retry})`,
          typoOffices: retry && `officeText:(${retry})`,
          typoDescriptions: retry && `descriptionText:(${retry})`,
          key: fold(text),
          pool: neo4j.int(Math.max(50, SEARCH_RESULTS * 3)),
          first: neo4j.int(SEARCH_RESULTS),
        },
        { database, routing: neo4j.routing.READ },
      );
      return { search: records.map((r) => r.get('entity') as unknown) };
    },
  };
}

/**
 * The floor's HTTP routes over its handlers: GET /entity?id, /neighborhood?id,
 * /shortest-path?from&to, /search?text, each answering `{ data }` (500 with `{ errors }` on a
 * failure, 404 for another path); `onAnswer` sees each answer with its request URL.
 */
export function floorRoutes(h: ReturnType<typeof floorHandlers>, onAnswer?: (url: string, data: unknown) => void): http.RequestListener {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const q = (name: string): string => url.searchParams.get(name) ?? '';
    const answer =
      url.pathname === '/entity'
        ? h.entity(q('id'))
        : url.pathname === '/neighborhood'
          ? h.neighborhood(q('id'))
          : url.pathname === '/shortest-path'
            ? h.shortestPath(q('from'), q('to'))
            : url.pathname === '/search'
              ? h.search(q('text'))
              : Promise.resolve(undefined);
    answer.then(
      (data) => {
        onAnswer?.(req.url ?? '', data);
        res.writeHead(data === undefined ? 404 : 200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
      },
      (err: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: (err as Error).message }] }));
      },
    );
  };
}

function main(): void {
  // The floor takes nothing from the project's config module, by design; it reads the few settings it needs here.
  // eslint-disable-next-line no-restricted-syntax
  const env = process.env;
  const uri = env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is required');
  const database = env.NEO4J_DATABASE || 'neo4j';
  const driver = neo4j.driver(uri, neo4j.auth.basic(env.NEO4J_USER ?? 'neo4j', env.NEO4J_PASSWORD ?? ''), {
    disableLosslessIntegers: true,
    userAgent: 'china-peru-kg-floor',
  });
  const server = http.createServer(floorRoutes(floorHandlers({ driver, database })));
  const port = Number(env.PORT ?? 0);
  const host = env.HOST ?? '127.0.0.1';
  server.listen(port, host, () => console.log(`LISTENING http://${host}:${port}`));
  process.on('SIGTERM', () => {
    server.close();
    void driver.close().then(() => process.exit(0));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) main();
