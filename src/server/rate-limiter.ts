/**
 * The rate limit of /graphql and /export: one count per client address for both.
 */
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { HttpRefusal } from '../errors.js';
import type { Config } from '../config.js';
import { clientAddress, type Handler } from './graphql-endpoint.js';
import type { ErrorAnswer } from './http-error-answer.js';

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
  const addressOf = clientAddress(trustProxy);
  return rateLimit({
    windowMs: limits.windowMs,
    limit: limits.max,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (req) => ipKeyGenerator(addressOf(req)),
    handler: (req, res) => {
      answerError(new HttpRefusal('RATE_LIMITED', `Too many requests: at most ${limits.max} per ${limits.windowMs / 1000} s.`), req, res);
    },
  }) as unknown as Handler;
}
