/**
 * The project's error codes, and the one normaliser of errors sent to clients. Domain code throws
 * AppError; the HTTP edge refuses a request with HttpRefusal; normalizeError maps anything thrown
 * to the status, code, message and details of the answer, for GraphQL answers
 * (src/graphql/format-error.ts) and plain HTTP ones (src/server/http-error-answer.ts) alike.
 * Anything unexpected is masked as INTERNAL_SERVER_ERROR.
 */

/**
 * Every code the service itself sends, with the HTTP status a plain answer carries for it. Apollo
 * adds its own (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, PERSISTED_QUERY_NOT_FOUND, …),
 * which pass through unchanged.
 */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  NOT_ACCEPTABLE: 406,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;
/** A code the service sends (a key of ERROR_STATUS). */
export type SentErrorCode = keyof typeof ERROR_STATUS;

/** The codes domain code throws (AppError). */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'SERVICE_UNAVAILABLE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'INTERNAL_SERVER_ERROR',
  'CONFLICT',
] as const satisfies readonly SentErrorCode[];
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The codes only the HTTP edge sends: refusals of a request before any operation runs. */
export const HTTP_ERROR_CODES = [
  'BAD_REQUEST',
  'NOT_ACCEPTABLE',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
] as const satisfies readonly SentErrorCode[];
export type HttpErrorCode = (typeof HTTP_ERROR_CODES)[number];

/**
 * The code of a query refused by validation: the one Apollo gives graphql-js's own rules'
 * refusals (ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED), which the project's validation
 * rules (src/graphql/limits.ts) give theirs too, so a client sees one code for any refused query.
 */
export const GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED';

/**
 * The code of an operation refused before it runs because its requested cost is over
 * QUERY_MAX_COST (src/graphql/cost-limits.ts), with HTTP status 400 as a refused query. An
 * operation the client's budget cannot pay for yet is RATE_LIMITED (429) instead.
 */
export const QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY';

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

/** A refusal of a request by the HTTP edge (the rate limit, say), answered with its code's status. */
export class HttpRefusal extends Error {
  readonly status: number;
  constructor(
    readonly code: HttpErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HttpRefusal';
    this.status = ERROR_STATUS[code];
  }
}

/** Formats problems one per line, `file: path: message`. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => [p.file, p.path || undefined].filter(Boolean).join(': ') + `: ${p.message}`).join('\n');
}

/** What a client is told about an error. */
export interface NormalizedError {
  /** The HTTP status of a plain answer (Apollo sets a GraphQL answer's own). */
  readonly status: number;
  readonly code: string;
  readonly message: string;
  /** What the answer carries beside the code: an AppError's argument and problems, a coded error's other extensions. */
  readonly details: Readonly<Record<string, unknown>>;
  /** True when the error was unexpected: masked as INTERNAL_SERVER_ERROR, with no detail; the caller logs it. */
  readonly unexpected: boolean;
}

const MASKED: NormalizedError = Object.freeze({
  status: ERROR_STATUS.INTERNAL_SERVER_ERROR,
  code: 'INTERNAL_SERVER_ERROR',
  message: 'Internal server error',
  details: Object.freeze({}),
  unexpected: true,
});

/** How normalizeError words an answer. Without options it words it as GraphQL answers do. */
export interface NormalizeOptions {
  /** The configured body limit, as the too-large message names it (default `the limit`). */
  bodyLimit?: string;
  /**
   * The argument name an answer gives the request body (/export: `body`), which makes
   * body-parser's refusal of malformed JSON 400 BAD_USER_INPUT `<bodyArgument>: is not valid JSON`
   * and of an oversized body 413 PAYLOAD_TOO_LARGE `<bodyArgument>: larger than <bodyLimit>`, each
   * with `argument` as detail. Default none: `Bad request: <its message>` and `Request body larger
   * than <bodyLimit>`, with no detail. Its other refusals are worded alike either way.
   */
  bodyArgument?: string;
  /**
   * Mask an AppError coded INTERNAL_SERVER_ERROR as an unexpected error, its message kept from the
   * client (/export does). Default false: its message is sent (GraphQL answers do).
   */
  maskInternal?: boolean;
}

/**
 * Maps anything thrown to what a client is told, first rule that applies:
 * - an AppError: its code's status, code, message, and its argument and problems, if any (with
 *   `maskInternal`, one coded INTERNAL_SERVER_ERROR is masked as below);
 * - an HttpRefusal: its status, code and message;
 * - a refusal by body-parser (anything with a 4xx `status`): 413 PAYLOAD_TOO_LARGE `Request body
 *   larger than <bodyLimit>` for an oversized body, else that status, BAD_REQUEST and
 *   `Bad request: <its message>` (see `bodyArgument` for the plain answers' wording);
 * - anything with a string `extensions.code` other than INTERNAL_SERVER_ERROR (a GraphQLError, or
 *   Apollo's formatted error): its code and message, its other extensions but `http` as details,
 *   and the status `extensions.http.status`, else its code's, else 400;
 * - anything else: 500 INTERNAL_SERVER_ERROR `Internal server error`, `unexpected`.
 */
export function normalizeError(
  thrown: unknown,
  { bodyLimit = 'the limit', bodyArgument, maskInternal = false }: NormalizeOptions = {},
): NormalizedError {
  if (thrown instanceof AppError) {
    if (maskInternal && thrown.code === 'INTERNAL_SERVER_ERROR') return MASKED;
    const { problems, argument } = thrown.details;
    return {
      status: ERROR_STATUS[thrown.code],
      code: thrown.code,
      message: thrown.message,
      details: { ...(argument ? { argument } : {}), ...(problems ? { problems } : {}) },
      unexpected: false,
    };
  }
  if (thrown instanceof HttpRefusal)
    return { status: thrown.status, code: thrown.code, message: thrown.message, details: {}, unexpected: false };
  if (typeof thrown !== 'object' || thrown === null) return MASKED;
  const { status, type, message, extensions } = thrown as {
    status?: unknown;
    type?: unknown;
    message?: unknown;
    extensions?: Record<string, unknown>;
  };
  if (typeof status === 'number' && status >= 400 && status < 500) {
    if (bodyArgument !== undefined && (type === 'entity.parse.failed' || type === 'entity.too.large')) {
      const [code, message] =
        type === 'entity.too.large'
          ? (['PAYLOAD_TOO_LARGE', `larger than ${bodyLimit}`] as const)
          : (['BAD_USER_INPUT', 'is not valid JSON'] as const);
      return {
        status: ERROR_STATUS[code],
        code,
        message: `${bodyArgument}: ${message}`,
        details: { argument: bodyArgument },
        unexpected: false,
      };
    }
    if (type === 'entity.too.large')
      return { status, code: 'PAYLOAD_TOO_LARGE', message: `Request body larger than ${bodyLimit}`, details: {}, unexpected: false };
    return { status, code: 'BAD_REQUEST', message: `Bad request: ${String(message ?? 'unreadable body')}`, details: {}, unexpected: false };
  }
  const code = extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    const { code: _code, http, ...details } = extensions!;
    const httpStatus = (http as { status?: unknown } | undefined)?.status;
    const status =
      typeof httpStatus === 'number' ? httpStatus : Object.hasOwn(ERROR_STATUS, code) ? ERROR_STATUS[code as SentErrorCode] : 400;
    return { status, code, message: String(message), details, unexpected: false };
  }
  return MASKED;
}

/** The body of an error answer in GraphQL's shape, `{ errors: [{ message, extensions: { code, ...details } }] }`. */
export function graphqlErrorBody({ code, message, details }: NormalizedError): {
  errors: [{ message: string; extensions: Record<string, unknown> }];
} {
  return { errors: [{ message, extensions: { code, ...details } }] };
}

/** The body of a plain error answer (/export), `{ error: { code, message, ...details } }`. */
export function plainErrorBody({ code, message, details }: NormalizedError): { error: Record<string, unknown> } {
  return { error: { code, message, ...details } };
}
