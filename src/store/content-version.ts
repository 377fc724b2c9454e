/**
 * Keeps the graph's content version (Query.stats.dataVersion) current without reading the whole
 * graph: each write transaction hashes the items it touched and adds the difference to the sums
 * one of the `DataVersion` nodes holds (src/domain/content-hash.ts). Reading the version is one
 * statement that sums the nodes'.
 */
import type { CallOptions, Store, Tx } from './gateway.js';
import {
  EMPTY_SUMS,
  addSums,
  articleHash,
  entityHash,
  hashWords,
  relationshipHash,
  versionHex,
  type ArticleContent,
  type EntityContent,
  type RelationshipContent,
  type VersionSums,
} from '../domain/content-hash.js';
import * as q from './cypher/content-version.js';

/** The items a write touched. */
export interface TouchedItems extends q.ItemIds {
  /**
   * Their hashes before the write, by `entity:<id>`, `article:<id>` or `relationship:<id>`, for
   * the items whose stored hash no longer tells (deleted, or their properties replaced wholesale);
   * for the others the stored hash is the one before. `fromScratch` treats every item as new (the
   * version node did not count them).
   */
  before?: ReadonlyMap<string, string | null>;
  fromScratch?: boolean;
}

/** Items hashed per statement. */
const BATCH = 2000;

const chunk = <T>(list: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

type Row = Record<string, unknown>;

function hashOf(kind: string, content: Row): string | null {
  switch (kind) {
    case 'entity':
      return entityHash(content as unknown as EntityContent);
    case 'article':
      return articleHash(content as unknown as ArticleContent);
    case 'relationship': {
      const quantities =
        typeof content.quantities === 'string' ? (JSON.parse(content.quantities) as RelationshipContent['quantities']) : [];
      return relationshipHash({ ...(content as unknown as RelationshipContent), quantities });
    }
    default:
      throw new Error(`unknown kind of item ${kind}`);
  }
}

/**
 * Hashes the touched items as the transaction leaves them and adds the difference to the version:
 * two statements for a few thousand items (one when nothing changed, so a write that changes
 * nothing does not wait on a version node). Run it last in the transaction: the version node it
 * adds to (one of VERSION_SHARDS, at random) stays locked until the commit.
 */
export async function refreshContentHashes(tx: Tx, touched: TouchedItems): Promise<void> {
  const ids: q.ItemIds = {
    entityIds: [...new Set(touched.entityIds)],
    articleIds: [...new Set(touched.articleIds)],
    relationships: [...new Map(touched.relationships.map((r) => [r.id, r])).values()],
  };
  const batches = Math.max(1, ...[ids.entityIds.length, ids.articleIds.length, ids.relationships.length].map((n) => Math.ceil(n / BATCH)));
  for (let b = 0; b < batches; b++) {
    const part: q.ItemIds = {
      entityIds: chunk(ids.entityIds, BATCH)[b] ?? [],
      articleIds: chunk(ids.articleIds, BATCH)[b] ?? [],
      relationships: chunk(ids.relationships, BATCH)[b] ?? [],
    };
    const found = new Map((await tx.run(q.contentOf(part))).map((r) => [`${r.kind as string}:${r.id as string}`, r]));
    let delta: VersionSums = EMPTY_SUMS;
    const writes = {
      entities: [] as { id: string; hash: string | null }[],
      articles: [] as { id: string; hash: string | null }[],
      relationships: [] as (q.RelationshipRef & { hash: string | null })[],
    };
    const visit = (kind: 'entity' | 'article' | 'relationship', id: string, rel?: q.RelationshipRef): void => {
      const key = `${kind}:${id}`;
      const row = found.get(key);
      const now = row ? hashOf(kind, row.content as Row) : null;
      const stored = (row?.stored as string | null | undefined) ?? null;
      const before = touched.fromScratch ? null : touched.before?.has(key) ? touched.before.get(key)! : stored;
      if (now !== before) delta = addSums(addSums(delta, hashWords(now)), hashWords(before), -1);
      if (!row || now === stored) return;
      if (kind === 'relationship') writes.relationships.push({ ...rel!, hash: now });
      else (kind === 'entity' ? writes.entities : writes.articles).push({ id, hash: now });
    };
    for (const id of part.entityIds) visit('entity', id);
    for (const id of part.articleIds) visit('article', id);
    for (const r of part.relationships) visit('relationship', r.id, r);
    const changed = delta.some((w) => w !== 0) || writes.entities.length + writes.articles.length + writes.relationships.length > 0;
    if (changed || touched.fromScratch)
      await tx.run(q.writeContentHashes({ ...writes, delta, shard: Math.floor(Math.random() * q.VERSION_SHARDS) }));
  }
}

/**
 * The content hashes these items hold now (null for an item the graph lacks or that holds none),
 * by `entity:<id>`, `article:<id>`, `relationship:<id>`: the `before` of a write that replaces
 * items' properties wholesale or deletes them.
 */
export async function storedContentHashes(tx: Tx, items: q.ItemIds): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>([
    ...items.entityIds.map((id) => [`entity:${id}`, null] as const),
    ...items.articleIds.map((id) => [`article:${id}`, null] as const),
    ...items.relationships.map((r) => [`relationship:${r.id}`, null] as const),
  ]);
  for (const r of await tx.run(q.contentOf(items))) out.set(`${r.kind as string}:${r.id as string}`, (r.stored as string | null) ?? null);
  return out;
}

/** The version (hex) of the version nodes' rows: their sum; that of an empty graph for none. */
const versionOfRows = (rows: readonly Row[]): string =>
  versionHex(rows.reduce<VersionSums>((sum, row) => addSums(sum, (row.sums as number[] | null) ?? EMPTY_SUMS), EMPTY_SUMS));

/** The content version (hex): the sum of the version nodes'; that of an empty graph when no write has counted anything yet. */
export async function readContentVersion(store: Store, opts?: CallOptions): Promise<string> {
  return versionOfRows(await store.read(q.readVersion(), opts));
}

/**
 * The content version (hex) as a transaction sees it, its own writes included: after its content
 * version step, the version it commits (or, rolled back, would have committed).
 */
export async function contentVersionIn(tx: Tx): Promise<string> {
  return versionOfRows(await tx.run(q.readVersion()));
}

/**
 * Counts the whole graph into the version when there is no version node (a database an older
 * version wrote), in one transaction. Returns whether it did.
 */
export async function ensureContentVersion(store: Store): Promise<boolean> {
  if ((await store.read(q.readVersion())).length) return false;
  await store.writeTx(async (tx) => {
    const [all] = await tx.run(q.allItemIds());
    await refreshContentHashes(tx, { ...(all as unknown as q.ItemIds), fromScratch: true });
  });
  return true;
}

/** Sets the version to that of an empty graph: a restore does, after deleting the content. */
export async function resetContentVersion(store: Store): Promise<void> {
  await store.writeTx(async (tx) => {
    await tx.run(q.resetVersion());
  });
}
