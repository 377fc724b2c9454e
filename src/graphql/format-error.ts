/**
 * Shapes every error sent to clients: project errors keep their code and details; GraphQL
 * validation errors keep Apollo's codes; anything else is masked as INTERNAL_SERVER_ERROR, with the
 * stack only outside production.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { AppError } from '../errors.js';

export function formatError({ production, onInternal }: { production: boolean; onInternal: (err: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      const { problems, argument } = original.details;
      return {
        message: original.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: original.code, ...(argument ? { argument } : {}), ...(problems ? { problems } : {}) },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: production ? extensions : formatted.extensions };
    }
    onInternal(original);
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: production ? { code: 'INTERNAL_SERVER_ERROR' } : { code: 'INTERNAL_SERVER_ERROR', detail: (original as Error)?.message },
    };
  };
}
