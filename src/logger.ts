/** Structured JSON logs (pino). Secrets are redacted by path. */
import { pino, type Logger } from 'pino';

export type { Logger };

/** Creates the service logger at `level`. */
export function createLogger({ level }: { level: string }): Logger {
  return pino({
    level,
    base: { service: 'china-peru-kg' },
    redact: { paths: ['password', '*.password', 'req.headers.authorization', 'headers.authorization'], censor: '[redacted]' },
  });
}
