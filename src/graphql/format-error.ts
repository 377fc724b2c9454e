/**
 * Shapes every error sent to clients, as src/errors.ts's normalizeError classes it: project errors
 * keep their code and details; errors Apollo or graphql-js coded (validation, parsing, persisted
 * queries) keep Apollo's answer; anything else is masked as INTERNAL_SERVER_ERROR, its message
 * given as `detail` only outside production. Stack traces go only outside production.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { AppError, normalizeError } from '../errors.js';

/**
 * Apollo's `formatError` hook.
 * @param production drop stack traces and the detail of masked errors.
 * @param onInternal called with each masked error (to log it).
 */
export function formatError({ production, onInternal }: { production: boolean; onInternal: (err: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    // A project error is read from what the resolver threw; any other from Apollo's formatted error,
    // which carries the code Apollo gave it (its `http` extension already taken off).
    const { code, message, details, unexpected } = normalizeError(original instanceof AppError ? original : formatted);
    if (unexpected) {
      onInternal(original);
      return {
        message,
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: production ? { code } : { code, detail: (original as Error)?.message },
      };
    }
    if (original instanceof AppError) {
      return {
        message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code, ...details },
      };
    }
    // Apollo's own extensions, in Apollo's order (the code is not always first).
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: production ? extensions : formatted.extensions };
  };
}
