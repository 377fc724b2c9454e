/** The change feed's poller with a fake reader: one poller for every subscriber, started and stopped with them, nothing sent twice. */
import { describe, expect, it } from 'vitest';
import { createChangeFeed, CHANGE_OVERLAP_MS } from '../../src/server/change-feed.js';
import type { ChangeModel } from '../../src/domain/change-of-audit.js';

const T0 = Date.parse('2026-01-01T00:00:00.000Z');
const iso = (ms: number): string => new Date(T0 + ms).toISOString();

const change = (id: string, atMs: number): ChangeModel => ({
  auditId: id,
  action: 'INGEST',
  at: iso(atMs),
  entityIds: [],
  relationshipIds: [],
  dataVersion: null,
  entry: { id, action: 'INGEST', at: iso(atMs), keyId: 'k', articleIds: [], entityIds: [], summary: '{}', undone: false },
});

/** A log the test appends to, read as the store would (at or after `since`, oldest first), counting reads. */
function fakeLog() {
  const entries: ChangeModel[] = [];
  const reads: string[] = [];
  return {
    entries,
    reads,
    reader: {
      changesSince: async ({ since, limit }: { since: string; limit: number }) => {
        reads.push(since);
        return entries
          .filter((c) => c.at >= since)
          .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.auditId < b.auditId ? -1 : 1))
          .slice(0, limit);
      },
    },
  };
}

const quiet = { warn: () => {} };
const tick = (ms = 30): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('server: createChangeFeed', () => {
  it('polls only while someone subscribes, and sends each new entry once to every subscriber', async () => {
    const log = fakeLog();
    log.entries.push(change('audit-old', -1));
    const feed = createChangeFeed({ reader: log.reader, pollMs: 5, logger: quiet, now: () => new Date(T0) });
    expect(feed.polling).toBe(false);
    await tick();
    expect(log.reads).toEqual([]);

    const a = feed.subscribe();
    const b = feed.subscribe();
    expect(feed.polling).toBe(true);
    log.entries.push(change('audit-1', 10), change('audit-2', 10));
    expect((await a.next()).value?.auditId).toBe('audit-1');
    expect((await a.next()).value?.auditId).toBe('audit-2');
    expect((await b.next()).value?.auditId).toBe('audit-1');
    expect((await b.next()).value?.auditId).toBe('audit-2');
    // Re-read within the overlap, but not sent again; an entry visible late, dated before the newest, is sent.
    log.entries.push(change('audit-late', 5));
    expect((await a.next()).value?.auditId).toBe('audit-late');
    await tick();
    expect(log.reads.every((since) => since === iso(-CHANGE_OVERLAP_MS) || since === iso(10 - CHANGE_OVERLAP_MS))).toBe(true);

    await a.return!();
    expect(feed.polling).toBe(true);
    await b.return!();
    expect(feed.polling).toBe(false);
    const reads = log.reads.length;
    await tick();
    expect(log.reads.length).toBe(reads);
  });

  it('ends every subscription when stopped, and ends at once one made after', async () => {
    const log = fakeLog();
    const feed = createChangeFeed({ reader: log.reader, pollMs: 5, logger: quiet, now: () => new Date(T0) });
    const a = feed.subscribe();
    const pending = a.next();
    feed.stop();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(feed.polling).toBe(false);
    expect(await feed.subscribe().next()).toEqual({ done: true, value: undefined });
  });

  it('keeps polling after a failed read, and says so', async () => {
    const log = fakeLog();
    let failures = 0;
    const warned: string[] = [];
    const reader = {
      changesSince: async (args: { since: string; limit: number }) => {
        if (failures++ === 0) throw new Error('Neo4j away');
        return log.reader.changesSince(args);
      },
    };
    const feed = createChangeFeed({
      reader,
      pollMs: 5,
      logger: { warn: (...args: unknown[]) => void warned.push(String(args[1])) },
      now: () => new Date(T0),
    });
    const a = feed.subscribe();
    log.entries.push(change('audit-1', 1));
    expect((await a.next()).value?.auditId).toBe('audit-1');
    expect(warned).toEqual(['the change feed could not read the audit log; it tries again']);
    feed.stop();
  });
});
