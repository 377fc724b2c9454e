import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { openExport, parseExportBody, parseExportQuery, type ExportItem, type ExportSubject } from '../../src/export/index.js';
import { readContentVersion } from '../../src/store/content-version.js';
import { openTransactions } from '../helpers/locks.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';
import { waitUntil } from '../helpers/wait-until.js';

const sorted = (ids: readonly string[]): string[] => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('export: openExport on the seeded graph', () => {
  const graph = useSeededGraph();
  const exporting = () => graph.store.maintenance('Exporting for a test');

  async function readAll(subject: ExportSubject): Promise<{ dataVersion: string; truncated: boolean; items: ExportItem[] }> {
    const opened = await openExport({ store: exporting(), subject });
    const items: ExportItem[] = [];
    for await (const item of opened.items) items.push(item);
    return { dataVersion: opened.dataVersion, truncated: opened.truncated, items };
  }

  it('streams entities, then the articles the relationships cite, then relationships, each by id, with the version read', async () => {
    const { dataVersion, truncated, items } = await readAll(parseExportQuery({ view: 'all' }));
    expect(dataVersion).toBe(await readContentVersion(graph.store));
    expect(truncated).toBe(false);
    const kinds = items.map((i) => i.kind);
    expect(kinds).toEqual(
      [...kinds].sort((a, b) => ['entity', 'article', 'relationship'].indexOf(a) - ['entity', 'article', 'relationship'].indexOf(b)),
    );
    const ids = (kind: ExportItem['kind']) =>
      items
        .filter((i) => i.kind === kind)
        .map((i) => (i.kind === 'entity' ? i.entity.id : i.kind === 'article' ? i.article.id : i.relationship.id));
    const [row] = await graph.store.read({
      cypher: `CALL () { MATCH (e:Entity) RETURN collect(e.id) AS entities }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN collect(r.id) AS relationships }
CALL () { MATCH (:Entity)-[r]->(:Entity) MATCH (:Evidence {relationshipId: r.id})-[:FROM]->(a:Article) RETURN collect(DISTINCT a.id) AS articles }
RETURN entities, relationships, articles`,
      params: {},
    });
    expect(ids('entity')).toEqual(sorted(row!.entities as string[]));
    expect(ids('article')).toEqual(sorted(row!.articles as string[]));
    expect(ids('relationship')).toEqual(sorted(row!.relationships as string[]));
    for (const item of items) {
      if (item.kind === 'entity') expect(item.entity.identifiers).toEqual(expect.any(Array));
      if (item.kind === 'article') expect(item.article.ingest).toBeNull();
      if (item.kind === 'relationship') {
        expect(item.relationship.evidence.length).toBeGreaterThan(0);
        expect(item.relationship.evidence.map((ev) => ev.id)).toEqual(sorted(item.relationship.evidence.map((ev) => ev.id)));
      }
    }
  });

  it('gives each article the latest ingest that names it and was not undone', async () => {
    const [cited] = await graph.store.read({
      cypher: 'MATCH (:Evidence)-[:FROM]->(a:Article) RETURN a.id AS id ORDER BY id LIMIT 1',
      params: {},
    });
    const articleId = cited!.id as string;
    const audit = (id: string, at: string, undone: boolean, action = 'INGEST') => ({
      id,
      action,
      at,
      keyId: `key-${id}`,
      articleIds: ['another-article', articleId],
      undone,
    });
    await graph.store.writeTx((tx) =>
      tx.run({
        cypher: 'UNWIND $entries AS entry CREATE (x:Audit) SET x = entry',
        params: {
          entries: [
            audit('audit-1', '2024-01-01T00:00:00.000Z', false),
            audit('audit-2', '2024-03-01T00:00:00.000Z', false),
            audit('audit-3', '2024-05-01T00:00:00.000Z', true),
            audit('audit-4', '2024-06-01T00:00:00.000Z', false, 'RETRACT'),
          ],
        },
      }),
    );
    try {
      const { items } = await readAll(parseExportQuery({ view: 'all' }));
      const article = items.find((i) => i.kind === 'article' && i.article.id === articleId);
      expect(article?.kind === 'article' && article.article.ingest).toEqual({
        auditId: 'audit-2',
        at: '2024-03-01T00:00:00.000Z',
        keyId: 'key-audit-2',
      });
      expect(items.filter((i) => i.kind === 'article' && i.article.ingest !== null)).toHaveLength(1);
    } finally {
      await graph.store.writeTx((tx) => tx.run({ cypher: "MATCH (x:Audit) WHERE x.id STARTS WITH 'audit-' DELETE x", params: {} }));
    }
  });

  it('answers NOT_FOUND for unknown ids before any record, and leaves no transaction open', async () => {
    const before = await openTransactions(graph.store);
    const refusal = (subject: ExportSubject) =>
      openExport({ store: exporting(), subject }).then(
        () => 'opened',
        (err: unknown) => (err instanceof AppError ? [err.code, err.message] : String(err)),
      );
    expect(await refusal(parseExportQuery({ id: 'nobody' }))).toEqual(['NOT_FOUND', 'id: no entity "nobody"']);
    expect(await refusal(parseExportQuery({ view: 'connections', ids: 'peru,nobody' }))).toEqual(['NOT_FOUND', 'ids: no entity "nobody"']);
    expect(await refusal(parseExportBody({ entityIds: ['peru', 'nobody'] }))).toEqual(['NOT_FOUND', 'entityIds: no entity "nobody"']);
    expect(await refusal(parseExportBody({ relationshipIds: ['signed-nothing'] }))).toEqual([
      'NOT_FOUND',
      'relationshipIds: no relationship "signed-nothing"',
    ]);
    expect(await waitUntil(async () => (await openTransactions(graph.store)).join() === before.join(), 10_000)).toBe(true);
  });

  it('ends the transaction when closed before or while reading', async () => {
    const before = await openTransactions(graph.store);
    const unread = await openExport({ store: exporting(), subject: parseExportQuery({ view: 'all' }) });
    expect((await openTransactions(graph.store)).length).toBe(before.length + 1);
    await unread.close();
    const partly = await openExport({ store: exporting(), subject: parseExportQuery({ view: 'all' }) });
    for await (const item of partly.items) if (item.kind === 'entity') break;
    await partly.close();
    expect(await waitUntil(async () => (await openTransactions(graph.store)).join() === before.join(), 10_000)).toBe(true);
  });

  it('exports a neighbourhood cut by first as the view selects it, with truncated set', async () => {
    const { truncated, items } = await readAll(parseExportQuery({ id: 'peru', depth: '2', first: '3' }));
    expect(truncated).toBe(true);
    expect(items.filter((i) => i.kind === 'relationship')).toHaveLength(3);
  });
});
