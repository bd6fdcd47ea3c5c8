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

/** Codes whose messages are safe to show to users as they are. */
export const PUBLIC_CODES: ReadonlySet<string> = new Set([
  ERROR_CODES.BAD_USER_INPUT,
  ERROR_CODES.NOT_FOUND,
  ERROR_CODES.DATABASE_UNAVAILABLE,
  ERROR_CODES.QUERY_TIMEOUT,
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);
