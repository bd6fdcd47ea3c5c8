import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
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
 * Turns a graphql-armor refusal into our error: its own code, the limit and the value found. The
 * libraries report "… limit of N exceeded, found M."; M is read back from that text.
 */
function armorReject(code: LimitCode, what: string, variable: string, limit: number) {
  return (ctx: ValidationContext | null, error: GraphQLError): void => {
    const found = Number(/found (\d+)/.exec(error.message)?.[1] ?? Number.NaN);
    ctx?.reportError(
      new LimitExceededError(
        code,
        `The query has ${Number.isNaN(found) ? 'too many' : found} ${what}; the limit (${variable}) is ${limit}.`,
        limit,
        found,
      ),
    );
  };
}

/** Depth, aliases and directives: graphql-armor's rules, run with graphql-js's own validation. */
export function limitValidationRules(limits: RequestLimits): ValidationRule[] {
  return [
    maxDepthRule({
      n: limits.maxDepth,
      propagateOnRejection: false,
      onReject: [
        armorReject(
          ERROR_CODES.QUERY_TOO_DEEP,
          'levels of nesting',
          'MAX_QUERY_DEPTH',
          limits.maxDepth,
        ),
      ],
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [
        armorReject(ERROR_CODES.TOO_MANY_ALIASES, 'aliases', 'MAX_ALIASES', limits.maxAliases),
      ],
    }),
    maxDirectivesRule({
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [
        armorReject(
          ERROR_CODES.TOO_MANY_DIRECTIVES,
          'directives',
          'MAX_DIRECTIVES',
          limits.maxDirectives,
        ),
      ],
    }),
  ];
}

/** graphql-js stops parsing at the token limit, before validation can take quadratic time. */
export function limitParseOptions(limits: RequestLimits): ParseOptions {
  return { maxTokens: limits.maxTokens };
}

// graphql-js 16 spells it "more that N tokens"; later versions may fix the typo.
const TOKENS_REFUSAL = /contains more tha[nt] (\d+) tokens/;

/**
 * Finds a limit refusal behind an error Apollo wrapped (validation errors all get the code
 * GRAPHQL_VALIDATION_FAILED, parse errors GRAPHQL_PARSE_FAILED), so `formatError` can show the
 * limit's own code.
 */
export function limitRefusal(error: unknown): LimitExceededError | null {
  let current: unknown = error;
  for (let i = 0; i < 5 && current instanceof Error; i++) {
    if (current instanceof LimitExceededError) return current;
    const tokens = current instanceof GraphQLError ? TOKENS_REFUSAL.exec(current.message) : null;
    if (tokens) {
      const limit = Number(tokens[1]);
      return new LimitExceededError(
        ERROR_CODES.TOO_MANY_TOKENS,
        `The query has more than ${limit} tokens; the limit (MAX_TOKENS) is ${limit}.`,
        limit,
        limit + 1,
      );
    }
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
          let cost: number;
          try {
            cost = queryCost(
              schema,
              document,
              request.variables ?? {},
              request.operationName ?? undefined,
            );
          } catch (err) {
            // graphql-query-complexity refuses documents with over 10,000 selections outright.
            if (
              err instanceof GraphQLError &&
              /maximum allowed number of nodes/.test(err.message)
            ) {
              cost = Number.POSITIVE_INFINITY;
            } else throw err;
          }
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
