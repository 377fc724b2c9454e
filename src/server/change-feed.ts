/**
 * The process's change feed: one poller of the audit log, shared by every subscriber of
 * `subscription { graphChanged }` on /graphql/stream. Every `pollMs` it reads the entries recorded
 * since a little before the newest it saw and sends each new one, as a change, to every
 * subscriber. Because it reads the database, a change made through any process (another replica,
 * the CLI) reaches the subscribers of every process.
 */
import type { ChangeModel } from '../domain/change-of-audit.js';
import type { ChangeSubscriptions } from '../graphql/context.js';
import type { Logger } from '../logger.js';
import type { Reader } from '../store/reader.js';

/** The feed: subscriptions, and stop (at shutdown). */
export interface ChangeFeed extends ChangeSubscriptions {
  /** Whether the poller runs (it does while anyone subscribes). */
  readonly polling: boolean;
  /** Stops the poller and ends every subscription; later subscriptions end at once. */
  stop(): void;
}

/**
 * How far before the newest entry seen each poll reads again, in ms: an entry's time is its
 * writer's clock when it recorded it, before its commit, so an entry can become visible after a
 * newer one (a slower transaction, another machine's clock a little behind). The entries seen in
 * that window are remembered, and not sent twice.
 */
export const CHANGE_OVERLAP_MS = 10_000;

/** Entries read per statement of a poll. */
const POLL_PAGE = 500;

/** Changes queued for one subscriber that does not read them; past it, its subscription ends. */
const MAX_QUEUED = 10_000;

interface Subscriber {
  queue: ChangeModel[];
  wake: (() => void) | null;
  ended: boolean;
}

const minus = (iso: string, ms: number): string => new Date(Date.parse(iso) - ms).toISOString();

/**
 * Creates the feed. The poller starts with the first subscriber and stops with the last; it sends
 * the entries recorded (by their time) from its start on.
 * @param pollMs between two polls (CHANGE_POLL_MS, default 1000).
 * @param now the clock that dates the poller's start; default the system's.
 */
export function createChangeFeed({
  reader,
  pollMs,
  logger,
  now = () => new Date(),
}: {
  reader: Pick<Reader, 'changesSince'>;
  pollMs: number;
  logger: Pick<Logger, 'warn'>;
  now?: () => Date;
}): ChangeFeed {
  const subscribers = new Set<Subscriber>();
  let stopped = false;
  // One run of the poller: a new object each start, so a poll of a stopped run changes nothing.
  let run: { timer: NodeJS.Timeout | null; startedAt: string; newest: string; seen: Map<string, string> } | null = null;

  const publish = (change: ChangeModel): void => {
    for (const s of subscribers) {
      if (s.queue.length >= MAX_QUEUED) end(s);
      else s.queue.push(change);
      s.wake?.();
    }
  };

  const poll = async (current: NonNullable<typeof run>): Promise<void> => {
    let since = minus(current.newest, CHANGE_OVERLAP_MS);
    for (;;) {
      const page = await reader.changesSince({ since, limit: POLL_PAGE });
      if (run !== current) return;
      for (const change of page) {
        if (change.at < current.startedAt || current.seen.has(change.auditId)) continue;
        current.seen.set(change.auditId, change.at);
        if (change.at > current.newest) current.newest = change.at;
        publish(change);
      }
      const last = page.at(-1)?.at;
      if (page.length < POLL_PAGE || last === undefined || last === since) break;
      since = last;
    }
    const forget = minus(current.newest, CHANGE_OVERLAP_MS);
    for (const [id, at] of current.seen) if (at < forget) current.seen.delete(id);
  };

  const schedule = (current: NonNullable<typeof run>): void => {
    current.timer = setTimeout(() => {
      poll(current)
        .catch((err: unknown) => logger.warn({ err }, 'the change feed could not read the audit log; it tries again'))
        .finally(() => {
          if (run === current) schedule(current);
        });
    }, pollMs);
  };

  const start = (): void => {
    const startedAt = now().toISOString();
    run = { timer: null, startedAt, newest: startedAt, seen: new Map() };
    schedule(run);
  };

  const halt = (): void => {
    if (run?.timer) clearTimeout(run.timer);
    run = null;
  };

  function end(s: Subscriber): void {
    if (s.ended) return;
    s.ended = true;
    s.queue = [];
    subscribers.delete(s);
    s.wake?.();
    if (subscribers.size === 0) halt();
  }

  return {
    get polling() {
      return run !== null;
    },
    subscribe() {
      const s: Subscriber = { queue: [], wake: null, ended: stopped };
      if (!stopped) {
        subscribers.add(s);
        if (!run) start();
      }
      const iterator: AsyncIterableIterator<ChangeModel> = {
        async next() {
          while (!s.ended && s.queue.length === 0) await new Promise<void>((resolve) => (s.wake = resolve));
          s.wake = null;
          const value = s.queue.shift();
          return value === undefined ? { done: true, value: undefined } : { done: false, value };
        },
        async return() {
          end(s);
          return { done: true, value: undefined };
        },
        [Symbol.asyncIterator]() {
          return iterator;
        },
      };
      return iterator;
    },
    stop() {
      stopped = true;
      for (const s of [...subscribers]) end(s);
      halt();
    },
  };
}
