/**
 * The four workloads, each as the request every system receives: the API (POST /graphql), the
 * floor (GET on bench/floor-server.ts, the same request item by item, so that their answers can be
 * compared) and `@neo4j/graphql` (POST /graphql, its generated schema), or `null` where the peer
 * cannot express it. Inputs are chosen from the synthetic graph
 * deterministically, so the same seed gives the same requests.
 */
import type { RelationType } from '../src/domain/vocabulary.js';
import { prng } from './generate-articles.js';
import { peerField } from './peer-type-defs.js';
import type { SyntheticGraph } from './synthetic-graph.js';

/** Identifies a workload. */
export type WorkloadId = 'entity' | 'neighborhood' | 'shortestPath' | 'search';

/** One request: method, path and body. */
export interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

/** A workload: the requests each system cycles through. */
export interface Workload {
  id: WorkloadId;
  title: string;
  api: BenchRequest[];
  /** The floor's requests, one for each of the API's, in the same order. */
  floor: BenchRequest[];
  /** `null`: the peer cannot express the workload. */
  peer: BenchRequest[] | null;
  /** Why the peer's request differs from the API's, or why it is n/a. */
  peerNote: string;
}

/** The inputs of the workloads. */
export interface WorkloadInputs {
  entities: string[];
  neighborhoods: string[];
  pairs: [string, string][];
  searches: string[];
}

/**
 * Picks the inputs from `graph`: entities with 5–50 relationships (so one page of 50 holds them
 * all and every system returns the same relationships), 2-hop centres with 2–10, path endpoints
 * with 2–20, and search texts taken from generated names (whole names, single words, prefixes,
 * one-letter typos, Spanish and Chinese aliases).
 */
export function chooseInputs({ graph, seed, count = 64 }: { graph: SyntheticGraph; seed: number; count?: number }): WorkloadInputs {
  const rand = prng(seed ^ 0x5eed);
  const withDegree = (lo: number, hi: number): number[] =>
    graph.entities.map((_, i) => i).filter((i) => graph.degree[i]! >= lo && graph.degree[i]! <= hi);
  const sample = (pool: number[], n: number): number[] => {
    if (pool.length === 0) throw new Error('no entity fits the workload');
    return Array.from({ length: n }, () => pool[Math.floor(rand() * pool.length)]!);
  };
  const id = (i: number): string => graph.entities[i]!.id;
  const pathPool = withDegree(2, 20);
  const named = sample(
    withDegree(1, 1_000_000).filter((i) => graph.entities[i]!.type !== 'PERSON'),
    count,
  );
  const searches = named.map((i, k) => {
    const e = graph.entities[i]!;
    const words = e.name.split(' ').filter((w) => w.length >= 5 && /^[A-Za-z]+$/.test(w));
    const w = words[0] ?? e.name;
    switch (k % 6) {
      case 0:
        return e.name;
      case 1:
        return w;
      case 2:
        return w.slice(0, 4);
      case 3:
        return w.slice(0, 2) + w.slice(3, 4) + w.slice(2, 3) + w.slice(4); // two letters swapped: one typo
      case 4:
        return e.aliases[0] ?? e.name;
      default:
        return e.aliases.find((a) => /\p{Script=Han}/u.test(a)) ?? w;
    }
  });
  return {
    entities: sample(withDegree(5, 50), count).map(id),
    neighborhoods: sample(withDegree(2, 10), count).map(id),
    pairs: Array.from({ length: count }, () => [id(sample(pathPool, 1)[0]!), id(sample(pathPool, 1)[0]!)] as [string, string]).filter(
      ([a, b]) => a !== b,
    ),
    searches,
  };
}

const gql = (query: string, variables: Record<string, unknown>): BenchRequest => ({
  method: 'POST',
  path: '/graphql',
  body: JSON.stringify({ query: query.replace(/\s+/g, ' ').trim(), variables }),
});
const get = (route: string, params: Record<string, string>): BenchRequest => ({
  method: 'GET',
  path: `${route}?${new URLSearchParams(params).toString()}`,
});

/**
 * The content version alone (`stats { dataVersion }`, issue 13), measured against the API
 * only: the floor and the peer have no such field.
 */
export const DATA_VERSION_REQUEST: BenchRequest = gql('query DataVersion { stats { dataVersion } }', {});

const API_ENTITY = `query Entity($id: ID!) {
  entity(id: $id) {
    id name type aliases description
    relationships(first: 50) {
      totalCount
      nodes {
        id type validFrom validTo status topic
        source { id name type }
        target { id name type }
        evidence { id quote article { id source url publishedAt } }
      }
    }
  }
}`;

const API_NEIGHBORHOOD = `query Neighborhood($id: ID!) {
  neighborhood(id: $id, depth: 2, first: 50) {
    truncated
    nodes { id name type }
    relationships { id type validFrom status source { id } target { id } }
  }
}`;

const API_PATH = `query Path($from: ID!, $to: ID!) {
  shortestPath(from: $from, to: $to, maxHops: 4) {
    length
    steps {
      reversed
      from { id name type }
      relationship { id type validFrom status evidence { quote article { source publishedAt } } }
      to { id name type }
    }
  }
}`;

const API_SEARCH = `query Search($text: String!) { search(text: $text, first: 20) { id name type aliases } }`;

/** The peer's query for an entity: every relation type in both directions, each with evidence. */
function peerEntityQuery(types: readonly RelationType[]): string {
  const fields = types
    .flatMap((t) => (['OUT', 'IN'] as const).map((d) => peerField(t, d)))
    .map(
      (f) => `${f}Connection(first: 50) { totalCount edges {
        properties { id validFrom validTo status topic evidence { id quote article { id source url publishedAt } } }
        node { id name type } } }`,
    )
    .join('\n');
  return `query Entity($id: ID!) { entities(where: { id: { eq: $id } }) { id name type aliases description ${fields} } }`;
}

/**
 * The peer's 2-hop query. It cannot cap a subgraph as a whole, so each relationship field is capped
 * instead (10 at the first hop, 2 at the second), which returns about as many relationships as
 * the API's `first: 50`; every relation type in both directions at both hops.
 */
function peerNeighborhoodQuery(types: readonly RelationType[]): string {
  const fields = types.flatMap((t) => (['OUT', 'IN'] as const).map((d) => peerField(t, d)));
  const hop = (first: number, inner: string): string =>
    fields
      .map((f) => `${f}Connection(first: ${first}) { edges { properties { id validFrom status } node { id name type ${inner} } } }`)
      .join('\n');
  return `query Neighborhood($id: ID!) { entities(where: { id: { eq: $id } }) { id name type ${hop(10, hop(2, ''))} } }`;
}

const PEER_SEARCH =
  `query Search($phrase: String!) { searchEntities(phrase: $phrase, first: 20) { edges { score node { id name ` + `type aliases } } } }`;

/** Builds the workloads for `inputs`; `types` are the relation types the peer's queries name. */
export function buildWorkloads({
  inputs,
  types,
  lucene,
}: {
  inputs: WorkloadInputs;
  types: readonly RelationType[];
  lucene: (text: string) => string | undefined;
}): Workload[] {
  const peerEntity = peerEntityQuery(types);
  const peerHood = peerNeighborhoodQuery(types);
  return [
    {
      id: 'entity',
      title: 'entity with its relationships, evidence and articles',
      api: inputs.entities.map((id) => gql(API_ENTITY, { id })),
      floor: inputs.entities.map((id) => get('/entity', { id })),
      peer: inputs.entities.map((id) => gql(peerEntity, { id })),
      peerNote:
        `one connection field per relation type and direction (${types.length * 2}), evidence through a @cypher field on ` +
        `the relationship properties`,
    },
    {
      id: 'neighborhood',
      title: '2-hop neighbourhood (at most 50 relationships)',
      api: inputs.neighborhoods.map((id) => gql(API_NEIGHBORHOOD, { id })),
      floor: inputs.neighborhoods.map((id) => get('/neighborhood', { id })),
      peer: inputs.neighborhoods.map((id) => gql(peerHood, { id })),
      peerNote:
        `nested connection fields, ${types.length * 2} per hop (${types.length * 2 + (types.length * 2) ** 2} in all), ` +
        `capped per field (10, then 2) because a subgraph cap is not expressible`,
    },
    {
      id: 'shortestPath',
      title: 'shortest path between two actors (≤ 4 hops), with evidence',
      api: inputs.pairs.map(([from, to]) => gql(API_PATH, { from, to })),
      floor: inputs.pairs.map(([from, to]) => get('/shortest-path', { from, to })),
      peer: null,
      peerNote: 'n/a: the generated API has no path query (only a hand-written @cypher field could do it)',
    },
    {
      id: 'search',
      title: 'full-text search (20 results)',
      api: inputs.searches.map((text) => gql(API_SEARCH, { text })),
      floor: inputs.searches.map((text) => get('/search', { text })),
      peer: inputs.searches.flatMap((text) => {
        const phrase = lucene(text);
        return phrase ? [gql(PEER_SEARCH, { phrase })] : [];
      }),
      peerNote: '@fulltext over the same index, given the Lucene query the API builds for names; no ranking by match kind',
    },
  ];
}
