/**
 * The rate limit of /graphql and /export: one count per client address for both.
 */
import type { IncomingMessage } from 'node:http';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { HttpRefusal } from '../errors.js';
import type { Config } from '../config.js';
import { clientAddress, type Handler } from './graphql-endpoint.js';
import type { ErrorAnswer } from './http-error-answer.js';

/**
 * The client of a request as the rate limit (and the cost budget of a caller without a key) counts
 * it: its address (Express's `req.ip`), an IPv6 one by its /56 subnet (express-rate-limit's `ipKeyGenerator`).
 */
export function clientKey(trustProxy: Config['http']['trustProxy']): (req: IncomingMessage) => string {
  const addressOf = clientAddress(trustProxy);
  return (req) => ipKeyGenerator(addressOf(req));
}

/**
 * The limiter of `rateLimit` (none when its `max` is 0), counting per client address (Express's
 * `req.ip`: the peer, or what a trusted proxy forwarded) in windows of `windowMs`, with draft-7
 * RateLimit headers. Past the limit it answers 429 RATE_LIMITED through `answerError`.
 */
export function rateLimiter({
  rateLimit: limits,
  trustProxy,
  answerError,
}: {
  rateLimit: Config['http']['rateLimit'];
  trustProxy: Config['http']['trustProxy'];
  answerError: ErrorAnswer;
}): Handler | undefined {
  if (limits.max <= 0) return undefined;
  const keyOf = clientKey(trustProxy);
  return rateLimit({
    windowMs: limits.windowMs,
    limit: limits.max,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: keyOf,
    handler: (req, res) => {
      answerError(new HttpRefusal('RATE_LIMITED', `Too many requests: at most ${limits.max} per ${limits.windowMs / 1000} s.`), req, res);
    },
  }) as unknown as Handler;
}
