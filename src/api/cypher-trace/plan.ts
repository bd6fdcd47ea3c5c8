import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Request, Response } from 'express';
import { getVariableValues, GraphQLError, parse, type GraphQLSchema } from 'graphql';
import type { RequestLimits } from '../../config';
import { cypher, type CypherQuery } from '../../db/cypher';
import type { Params, QueryRunner } from '../../db/query-runner';
import type { PlanAnswer, PlanOperator } from '../../db/statement-trace';
import { ERROR_CODES } from '../../errors';
import { CYPHER_DIR } from '../../paths';
import { buildCareersPage, type CareersPageArgs } from '../career/careers-page/careers-page';
import type { CareerFilter } from '../career/career.inputs';
import { FACETS } from '../facets/facet-filters';
import { buildFacetsQuery } from '../facets/facets-query';
import { budgetOf } from '../limits/admission';
import { checkArguments } from '../limits/argument-checks';
import { sendJsonError } from '../limits/http-errors';
import { toDriverParams } from '../../db/driver-params';
import { LOOK_AHEAD } from '../career/career-bundle';
import { MOVES } from '../explore/career-moves.repository';
import { PATH } from '../explore/explore.repository';
import { STEP_FACTS } from '../explore/step-facts.loaders';

/**
 * POST /cypher/plan: Neo4j's PROFILE of one of the API's own statements, by the name a trace gave
 * it, with the parameters the trace showed. It never takes Cypher text: a name outside the API's
 * statements is refused. The careers page is built, not a file: it is built again from the
 * arguments its trace entry carries, checked as GraphQL would check them.
 */
export const CAREERS_PAGE = 'api/careers-page';

/**
 * Every statement of cypher/api/, by the name the runner and the trace give it; the files with
 * slots are templates, and their statements are the ones built from them at start-up.
 */
function apiStatements(): ReadonlyMap<string, CypherQuery> {
  const files = readdirSync(path.join(CYPHER_DIR, 'api')).filter((f) => f.endsWith('.cypher'));
  const statements = new Map(
    files.map((f) => {
      const name = `api/${f.slice(0, -'.cypher'.length)}`;
      return [name, cypher(name)];
    }),
  );
  for (const built of [LOOK_AHEAD, PATH, MOVES, STEP_FACTS]) statements.set(built.name, built);
  return statements;
}

class PlanRequestError extends Error {}

/** The facet counts are built from their filter too, as the careers page is. */
export const CAREER_FACETS = 'api/career-facets';

/** The operation whose variables are a built statement's arguments, checked as a request's are. */
function argumentsOperation(schema: GraphQLSchema, name: 'careers' | 'careerFacets') {
  const field = schema.getQueryType()?.getFields()[name];
  if (!field) throw new Error(`the schema has no Query.${name}`);
  const defs = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const uses = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const document = parse(`query Plan(${defs}) { ${name}(${uses}) { __typename } }`);
  const operation = document.definitions[0];
  if (operation?.kind !== 'OperationDefinition') throw new Error('unreachable');
  return { document, operation };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Totals over the whole plan: what the IDE shows beside the tree. */
function totals(plan: PlanOperator): PlanAnswer['total'] {
  const sum = {
    dbHits: plan.dbHits,
    pageCacheHits: plan.pageCacheHits,
    pageCacheMisses: plan.pageCacheMisses,
  };
  for (const child of plan.children) {
    const t = totals(child);
    sum.dbHits += t.dbHits;
    sum.pageCacheHits += t.pageCacheHits;
    sum.pageCacheMisses += t.pageCacheMisses;
  }
  return sum;
}

export function planRoute(schema: GraphQLSchema, runner: QueryRunner, limits: RequestLimits) {
  const statements = apiStatements();
  const careers = argumentsOperation(schema, 'careers');
  const facets = argumentsOperation(schema, 'careerFacets');

  /** The statement and parameters to profile, or the reason the request is refused. */
  const resolve = (body: unknown): { query: CypherQuery; params: Params } => {
    if (!isPlainObject(body))
      throw new PlanRequestError('send a JSON object: {"name", "parameters"}');
    const { name } = body;
    if (typeof name !== 'string')
      throw new PlanRequestError('"name" must be a statement name from a trace');
    if (name === CAREERS_PAGE || name === CAREER_FACETS) {
      const args = body.arguments ?? {};
      if (!isPlainObject(args)) throw new PlanRequestError('"arguments" must be an object');
      const op = name === CAREERS_PAGE ? careers : facets;
      const coerced = getVariableValues(schema, op.operation.variableDefinitions ?? [], args);
      if (coerced.errors) {
        throw new PlanRequestError(`arguments: ${coerced.errors.map((e) => e.message).join('; ')}`);
      }
      checkArguments(schema, op.document, op.operation, args, limits);
      const built =
        name === CAREERS_PAGE
          ? buildCareersPage(coerced.coerced as CareersPageArgs)
          : buildFacetsQuery(coerced.coerced.filter as CareerFilter | null, new Set(FACETS));
      return { query: built.query, params: built.params };
    }
    const query = statements.get(name);
    if (!query) {
      throw new PlanRequestError(
        `no statement named ${JSON.stringify(name.slice(0, 100))}: only the API's own statements (cypher/api/, and ${CAREERS_PAGE}) have a plan`,
      );
    }
    const parameters = body.parameters ?? {};
    if (!isPlainObject(parameters)) throw new PlanRequestError('"parameters" must be an object');
    return { query, params: toDriverParams(parameters) };
  };

  return async (req: Request, res: Response): Promise<void> => {
    let statement: { query: CypherQuery; params: Params };
    try {
      statement = resolve(req.body);
    } catch (err) {
      if (err instanceof PlanRequestError || err instanceof GraphQLError) {
        const code =
          err instanceof GraphQLError
            ? String(err.extensions.code ?? ERROR_CODES.BAD_USER_INPUT)
            : ERROR_CODES.BAD_USER_INPUT;
        sendJsonError(res, 400, code, err.message);
        return;
      }
      throw err;
    }
    const budget = budgetOf(res);
    const bound = budget ? runner.withBudget(budget) : runner;
    try {
      const plan = await bound.profile(statement.query, statement.params);
      if (!plan) throw new Error('Neo4j returned no profile');
      res.setHeader('Cache-Control', 'no-store');
      const answer: PlanAnswer = {
        name: statement.query.name,
        query: statement.query.text,
        total: totals(plan),
        plan,
      };
      res.json(answer);
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      // Parameters of the wrong type or missing: Neo4j says which; that is the caller's mistake.
      if (typeof code === 'string' && code.startsWith('Neo.ClientError.Statement.')) {
        const first = String((err as Error).message).split('\n')[0];
        sendJsonError(
          res,
          400,
          ERROR_CODES.BAD_USER_INPUT,
          `Neo4j refused these parameters: ${first}`,
        );
        return;
      }
      if (err instanceof GraphQLError && typeof err.extensions.code === 'string') {
        const known = err.extensions.code;
        sendJsonError(res, known === ERROR_CODES.QUERY_TIMEOUT ? 504 : 503, known, err.message);
        return;
      }
      throw err;
    }
  };
}
