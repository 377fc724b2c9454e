/**
 * The per-client cost budget: an in-memory token bucket per client (an API key id, else an
 * address) of `maximum` points that refills at `restoreRate` points per second, as Shopify's
 * GraphQL budget does. A request takes its requested cost before it runs and is given back the
 * difference with its actual cost once it has run. The map of buckets is bounded: a full bucket is
 * the same as none, so full ones are dropped first, then the least recently made.
 */

/** What a client has, as `extensions.cost.throttleStatus` tells it. */
export interface ThrottleStatus {
  readonly maximumAvailable: number;
  readonly currentlyAvailable: number;
  readonly restoreRate: number;
}

/** The outcome of taking points: granted, or not, with the whole seconds until enough points are back. */
export type Take =
  | { readonly granted: true; readonly status: ThrottleStatus }
  | { readonly granted: false; readonly status: ThrottleStatus; readonly retryAfter: number };

/** The budget of every client. */
export interface CostBudget {
  /** Takes `cost` points from `client` when it has them; else takes none. */
  take(client: string, cost: number): Take;
  /** Gives `points` back to `client` (at most up to the maximum) and tells what it has then. */
  refund(client: string, points: number): ThrottleStatus;
  /** What `client` has now. */
  status(client: string): ThrottleStatus;
  /** How many clients have a bucket (full ones may be dropped at any time). */
  readonly size: number;
}

interface Bucket {
  points: number;
  at: number;
}

/**
 * A budget of `maximum` points per client refilling at `restoreRate` per second; at most
 * `maxClients` buckets are kept (default 10,000: about 1 MB). `now` gives the time in ms (default `Date.now`).
 */
export function costBudget({
  maximum,
  restoreRate,
  maxClients = 10_000,
  now = Date.now,
}: {
  maximum: number;
  restoreRate: number;
  maxClients?: number;
  now?: () => number;
}): CostBudget {
  const buckets = new Map<string, Bucket>();
  const statusOf = (points: number): ThrottleStatus => ({
    maximumAvailable: maximum,
    // Whole points: a client compares them with whole costs.
    currentlyAvailable: Math.floor(points),
    restoreRate,
  });
  /** The client's bucket refilled to now; a new one is full. */
  const bucketOf = (client: string): Bucket => {
    const t = now();
    const found = buckets.get(client);
    if (found) {
      found.points = Math.min(maximum, found.points + ((t - found.at) / 1000) * restoreRate);
      found.at = t;
      return found;
    }
    if (buckets.size >= maxClients) evict(t);
    const made = { points: maximum, at: t };
    buckets.set(client, made);
    return made;
  };
  const evict = (t: number): void => {
    for (const [client, b] of buckets) if (b.points + ((t - b.at) / 1000) * restoreRate >= maximum) buckets.delete(client);
    // Still full of spending clients (a flood of addresses): drop the oldest made.
    for (const client of buckets.keys()) {
      if (buckets.size < maxClients) break;
      buckets.delete(client);
    }
  };
  return {
    take(client, cost) {
      const b = bucketOf(client);
      if (b.points >= cost) {
        b.points -= cost;
        return { granted: true, status: statusOf(b.points) };
      }
      return { granted: false, status: statusOf(b.points), retryAfter: Math.max(1, Math.ceil((cost - b.points) / restoreRate)) };
    },
    refund(client, points) {
      const b = bucketOf(client);
      b.points = Math.min(maximum, b.points + Math.max(0, points));
      return statusOf(b.points);
    },
    status: (client) => statusOf(bucketOf(client).points),
    get size() {
      return buckets.size;
    },
  };
}
