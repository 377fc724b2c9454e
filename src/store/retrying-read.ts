/**
 * The retry of a one-statement read or schema statement: the gateway runs it in an auto-commit
 * transaction, which the driver does not retry, so it is retried here as the driver retries managed
 * transactions.
 */
import neo4j from 'neo4j-driver';

/** How the driver spaces the tries of a managed transaction (neo4j-driver-core's TransactionExecutor): 1 s, doubling, ±20 %. */
const RETRY_SCHEDULE = { initialMs: 1000, multiplier: 2, jitter: 0.2 } as const;

/**
 * Runs `work` again while it fails with an error the driver calls retryable (a transient error, a
 * connection lost or expired), on the driver's schedule for managed transactions, until `maxRetryMs`
 * have passed since the first try; then, or on any other error, the last error stands. Only for work
 * that is safe to repeat: a read, or a schema statement (`IF NOT EXISTS`, deleting what is left).
 */
export async function retryingRead<T>(
  work: () => Promise<T>,
  maxRetryMs: number,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<T> {
  const started = Date.now();
  let delay: number = RETRY_SCHEDULE.initialMs;
  for (;;) {
    try {
      return await work();
    } catch (err) {
      if (!neo4j.isRetryableError(err) || Date.now() - started >= maxRetryMs) throw err;
      await wait(delay * (1 + RETRY_SCHEDULE.jitter * (2 * Math.random() - 1)));
      delay *= RETRY_SCHEDULE.multiplier;
    }
  }
}
