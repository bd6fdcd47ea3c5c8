import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  Lexer,
  Source,
  TokenKind,
  type DocumentNode,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { RequestLimits } from '../../config';
import { ERROR_CODES, LimitExceededError, type LimitCode } from '../../errors';
import type { QueryBudget } from '../../db/query-runner';
import { badInput, checkArguments, nestingDepth } from './argument-checks';
import { queryCost } from './query-cost';

/**
 * One graphql-armor count checked against our limit. The rule itself is given no limit of its own
 * (n = ∞), so it always accepts and reports the figure it counted (`{ n }`): the refusal is ours,
 * with our code and that figure, and nothing depends on the wording of the library's messages.
 */
function armorCount(code: LimitCode, what: string, variable: string, limit: number) {
  return {
    n: Number.POSITIVE_INFINITY,
    propagateOnRejection: false,
    onAccept: [
      (ctx: ValidationContext | null, details: { n: number }): void => {
        const found = details.n;
        if (found <= limit) return;
        ctx?.reportError(
          new LimitExceededError(
            code,
            `The query has ${found} ${what}; the limit (${variable}) is ${limit}.`,
            limit,
            found,
          ),
        );
      },
    ],
  };
}

/** Depth, aliases and directives: graphql-armor's rules, run with graphql-js's own validation. */
export function limitValidationRules(limits: RequestLimits): ValidationRule[] {
  return [
    maxDepthRule(
      armorCount(
        ERROR_CODES.QUERY_TOO_DEEP,
        'levels of nesting',
        'MAX_QUERY_DEPTH',
        limits.maxDepth,
      ),
    ),
    maxAliasesRule(
      armorCount(ERROR_CODES.TOO_MANY_ALIASES, 'aliases', 'MAX_ALIASES', limits.maxAliases),
    ),
    maxDirectivesRule(
      armorCount(
        ERROR_CODES.TOO_MANY_DIRECTIVES,
        'directives',
        'MAX_DIRECTIVES',
        limits.maxDirectives,
      ),
    ),
  ];
}

/** graphql-js stops parsing at the token limit, before validation can take quadratic time. */
export function limitParseOptions(limits: RequestLimits): ParseOptions {
  return { maxTokens: limits.maxTokens };
}

/**
 * Counts a document's tokens as graphql-js's parser does for `maxTokens` (comments and the end
 * left out), stopping at `upTo`: never more work than the parser was allowed.
 */
export function countTokens(text: string, upTo: number): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  try {
    while (count < upTo && lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch {
    // A lexing error ends the count: the document is refused for that, not for its length.
  }
  return count;
}

/**
 * Parse errors that were the token limit, by identity: the plugin counts the tokens itself when
 * parsing fails and marks the parser's error here, so nothing reads the parser's wording.
 */
const tokenRefusals = new WeakMap<object, LimitExceededError>();

/**
 * Finds a limit refusal behind an error Apollo wrapped (validation errors all get the code
 * GRAPHQL_VALIDATION_FAILED, parse errors GRAPHQL_PARSE_FAILED), so `formatError` can show the
 * limit's own code.
 */
export function limitRefusal(error: unknown): LimitExceededError | null {
  let current: unknown = error;
  for (let i = 0; i < 5 && current instanceof Error; i++) {
    if (current instanceof LimitExceededError) return current;
    const tokens = tokenRefusals.get(current);
    if (tokens) return tokens;
    current = current instanceof GraphQLError ? current.originalError : undefined;
  }
  return null;
}

const MAX_REMEMBERED_VARIABLES = 64;

/**
 * Documents whose checks passed, with the variables they passed with (a few per document: a
 * client re-sends one operation with new variables). Weak, so a document Apollo's own cache drops
 * goes from here too. A refusal is never remembered: it throws before `remember`. One per plugin,
 * as each server has its own limits.
 */
function passedChecks() {
  const passed = new WeakMap<DocumentNode, Set<string>>();
  return {
    has: (document: DocumentNode, key: string): boolean => passed.get(document)?.has(key) ?? false,
    remember(document: DocumentNode, key: string): void {
      let keys = passed.get(document);
      if (!keys) {
        keys = new Set();
        passed.set(document, keys);
      }
      if (keys.size >= MAX_REMEMBERED_VARIABLES) keys.clear();
      keys.add(key);
    },
  };
}

/**
 * The per-request limits that need the operation and its variables, checked once the operation
 * is resolved and before anything executes: nesting of variables, string lengths and filter
 * sizes (argument-checks.ts), then the cost (query-cost.ts). During execution it spends the
 * response budget and stops resolvers once the request is abandoned (deadline, outage); an
 * abandoned request answers one error, not a partial page.
 */
export function requestLimitsPlugin<TContext extends { budget?: QueryBudget }>(
  limits: RequestLimits,
): ApolloServerPlugin<TContext> {
  const checked = passedChecks();
  return {
    async requestDidStart({ contextValue }) {
      const budget = contextValue.budget;
      let fields = 0;
      let overBudget: LimitExceededError | null = null;
      return {
        async parsingDidStart({ source }) {
          return async (error?: Error) => {
            if (!error) return;
            const limit = limits.maxTokens;
            // One past the limit is all it takes to know; the parser stopped there too.
            if (countTokens(source, limit + 1) <= limit) return;
            tokenRefusals.set(
              error,
              new LimitExceededError(
                ERROR_CODES.TOO_MANY_TOKENS,
                `The query has more than ${limit} tokens; the limit (MAX_TOKENS) is ${limit}.`,
                limit,
                limit + 1,
              ),
            );
          };
        },
        async didResolveOperation(ctx: GraphQLRequestContext<TContext>) {
          const { schema, document, operation, request } = ctx;
          if (!document || !operation) return;
          // First, before anything recursive walks them (the cache key's JSON.stringify,
          // graphql-js's coercion): over HTTP the body's depth was checked on arrival, but
          // executeOperation and other callers come here directly.
          const depth = nestingDepth(request.variables ?? {});
          if (depth > limits.maxJsonDepth) {
            throw badInput(
              `The variables nest ${depth} levels deep; the limit (MAX_JSON_DEPTH) is ${limits.maxJsonDepth}.`,
            );
          }
          // Apollo hands every request with the same text the same parsed document; the
          // checks and the cost depend only on it, the variables and the operation name.
          const key = `${request.operationName ?? ''}\n${JSON.stringify(request.variables ?? {})}`;
          if (checked.has(document, key)) return;
          checkArguments(schema, document, operation, request.variables, limits);
          const cost = queryCost(
            schema,
            document,
            request.variables ?? {},
            request.operationName ?? undefined,
          );
          if (cost > limits.maxCost) {
            throw new LimitExceededError(
              ERROR_CODES.QUERY_TOO_COMPLEX,
              `The query could return about ${Number.isFinite(cost) ? cost : 'too many'} fields (each list counted at its \`first\` or usual size); the limit (MAX_QUERY_COST) is ${limits.maxCost}.`,
              limits.maxCost,
              cost,
            );
          }
          checked.remember(document, key);
        },
        async executionDidStart() {
          return {
            willResolveField() {
              if (budget?.signal.aborted) throw budget.signal.reason;
              fields += 1;
              if (fields > limits.maxResponseFields && !overBudget) {
                overBudget = new LimitExceededError(
                  ERROR_CODES.RESPONSE_TOO_LARGE,
                  `The answer grew past ${limits.maxResponseFields} fields (MAX_RESPONSE_FIELDS) and was stopped; ask for fewer items or fields.`,
                  limits.maxResponseFields,
                  fields,
                );
              }
              if (overBudget) throw overBudget;
            },
          };
        },
        async willSendResponse(ctx: GraphQLRequestContext<TContext>) {
          const body = ctx.response.body;
          if (body?.kind !== 'single') return;
          // Only a request something was actually stopped in: one that finished just as its
          // deadline passed keeps its complete answer.
          const interrupted = (body.singleResult.errors?.length ?? 0) > 0;
          const stopped =
            overBudget ?? (interrupted && budget?.signal.aborted ? budget.signal.reason : null);
          if (!stopped) return;
          const error = stopped instanceof GraphQLError ? stopped : null;
          if (!error) return;
          body.singleResult = {
            data: null,
            errors: [{ message: error.message, extensions: withoutHttp(error.extensions) }],
          };
        },
      };
    },
  };
}

function withoutHttp(extensions: GraphQLError['extensions']): Record<string, unknown> {
  return Object.fromEntries(Object.entries(extensions).filter(([key]) => key !== 'http'));
}
