/**
 * The project's error codes. Domain code throws AppError; the GraphQL edge turns it into a
 * GraphQLError with `extensions.code`; anything else is masked as INTERNAL_SERVER_ERROR.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'SERVICE_UNAVAILABLE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem of a rejected input, with where it is (file and/or path) and a code. */
export interface Problem {
  readonly path: string;
  readonly message: string;
  readonly code?: string;
  readonly file?: string;
}

/** An error with a code clients can branch on, and optional details. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { problems?: readonly Problem[]; argument?: string } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Formats problems one per line, `file: path: message`. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems
    .map((p) => [p.file, p.path || undefined].filter(Boolean).join(': ') + `: ${p.message}`)
    .join('\n');
}
