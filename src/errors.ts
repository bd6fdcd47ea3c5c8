import { GraphQLError } from 'graphql';

/**
 * The API's error codes. Resolvers throw these; anything else is an internal error, masked in the
 * response and logged in full by `formatError`.
 */
export const ERROR_CODES = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  TOO_MANY_TOKENS: 'TOO_MANY_TOKENS',
  TOO_MANY_DIRECTIVES: 'TOO_MANY_DIRECTIVES',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  FILTER_TOO_LARGE: 'FILTER_TOO_LARGE',
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  SERVER_BUSY: 'SERVER_BUSY',
  CLIENT_CLOSED_REQUEST: 'CLIENT_CLOSED_REQUEST',
  SHUTTING_DOWN: 'SHUTTING_DOWN',
  METHOD_NOT_ALLOWED: 'METHOD_NOT_ALLOWED',
  BAD_REQUEST: 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  OPERATION_NOT_PERSISTED: 'OPERATION_NOT_PERSISTED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export class BadUserInputError extends GraphQLError {
  constructor(message: string, field?: string) {
    super(message, { extensions: { code: ERROR_CODES.BAD_USER_INPUT, ...(field && { field }) } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ERROR_CODES.NOT_FOUND } });
  }
}

export class DatabaseUnavailableError extends GraphQLError {
  constructor(cause?: unknown) {
    super('The graph database is unavailable; try again shortly.', {
      extensions: { code: ERROR_CODES.DATABASE_UNAVAILABLE },
      originalError: cause instanceof Error ? cause : undefined,
    });
  }
}

export class QueryTimeoutError extends GraphQLError {
  constructor(cause?: unknown) {
    super('The query took too long and was stopped; narrow it (filters, first).', {
      extensions: { code: ERROR_CODES.QUERY_TIMEOUT },
      originalError: cause instanceof Error ? cause : undefined,
    });
  }
}

/**
 * The abort reason of a request whose client went away before its answer: its resolvers and its
 * Neo4j transaction stop as at the deadline. No one reads the answer; the code keeps it out of the
 * error log, since a client leaving is not a fault of the server.
 */
export class ClientGoneError extends GraphQLError {
  constructor() {
    super('The client closed the connection before the answer was ready.', {
      extensions: { code: ERROR_CODES.CLIENT_CLOSED_REQUEST },
    });
  }
}

export type LimitCode =
  | typeof ERROR_CODES.QUERY_TOO_DEEP
  | typeof ERROR_CODES.TOO_MANY_ALIASES
  | typeof ERROR_CODES.TOO_MANY_TOKENS
  | typeof ERROR_CODES.TOO_MANY_DIRECTIVES
  | typeof ERROR_CODES.QUERY_TOO_COMPLEX
  | typeof ERROR_CODES.FILTER_TOO_LARGE
  | typeof ERROR_CODES.RESPONSE_TOO_LARGE;

/**
 * A request refused by one of the limits of "Limits and failure modes" (README). It carries the
 * limit and the value seen, so a client can tell how far over it was; HTTP 400, since resending
 * the same request can never succeed.
 */
export class LimitExceededError extends GraphQLError {
  constructor(
    readonly code: LimitCode,
    message: string,
    readonly limit: number,
    readonly value: number,
  ) {
    super(message, { extensions: { code, limit, value, http: { status: 400 } } });
  }
}

/** Codes whose messages are safe to show to users as they are. */
export const PUBLIC_CODES: ReadonlySet<string> = new Set([
  ERROR_CODES.BAD_USER_INPUT,
  ERROR_CODES.NOT_FOUND,
  ERROR_CODES.DATABASE_UNAVAILABLE,
  ERROR_CODES.QUERY_TIMEOUT,
  ERROR_CODES.CLIENT_CLOSED_REQUEST,
  ERROR_CODES.QUERY_TOO_DEEP,
  ERROR_CODES.TOO_MANY_ALIASES,
  ERROR_CODES.TOO_MANY_TOKENS,
  ERROR_CODES.TOO_MANY_DIRECTIVES,
  ERROR_CODES.QUERY_TOO_COMPLEX,
  ERROR_CODES.FILTER_TOO_LARGE,
  ERROR_CODES.RESPONSE_TOO_LARGE,
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  ERROR_CODES.OPERATION_NOT_PERSISTED,
  'OPERATION_RESOLUTION_FAILURE',
]);
