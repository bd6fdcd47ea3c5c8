import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getIntrospectionQuery, Lexer, parse, Source, TokenKind } from 'graphql';
import { defaultLimits, type RequestLimits } from '../../src/config';
import { createSchema } from '../../src/api/schema';
import { FULL_INTROSPECTION, queryCost } from '../../src/api/limits/query-cost';
import { REPO_ROOT } from '../../src/paths';
import { startServer, type RunningServer } from '../../src/server';
import { EXAMPLES } from '../../web/examples';
import { createTestRunner, type TestDb } from '../helpers/test-db';
import { errorCodes, postGraphQL, useSeededServer } from '../helpers/http-graphql';
import { seeds } from '../helpers/seed-oracle';

const LIMITS = defaultLimits();

/** `career { advancesTo { career { … slug } } }`: exactly `depth` levels, and cheap. */
function deepQuery(depth: number): string {
  let inner = 'slug';
  for (let level = depth - 1; level >= 2; level--) {
    inner = level % 2 === 0 ? `advancesTo { ${inner} }` : `career { ${inner} }`;
  }
  return `{ career(slug: "medical-records-specialists") { ${inner} } }`;
}

function similarNested(levels: number): string {
  let inner = 'slug';
  for (let i = 0; i < levels; i++) inner = `similarOccupations { slug ${inner} }`;
  return `{ career(slug: "registered-nurses") { ${inner} } }`;
}

function aliases(n: number, field = 'career(slug: "registered-nurses") { slug }'): string {
  return `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
}

/** A filter of `1 + 3k` conditions and list items (see filterSize), plus `extra` empty `not`s. */
function orFilter(k: number, extra = 0): Record<string, unknown> {
  let filter: Record<string, unknown> = {
    or: Array.from({ length: k }, () => ({ licensure: ['NOT_REQUIRED'] })),
  };
  for (let i = 0; i < extra; i++) filter = { ...filter, not: {} };
  return filter;
}

function countTokens(source: string): number {
  const lexer = new Lexer(new Source(source));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n++;
  return n;
}

/**
 * A cheap query of exactly `n` tokens: `slug` repeated under ten aliases of one career. (Hundreds
 * of repeats under one parent would trip graphql-js's own budget for comparing same-named fields.)
 */
function documentOfTokens(n: number): string {
  const parents = Array.from(
    { length: 10 },
    (_, i) => `c${i}: career(slug: "registered-nurses") {`,
  );
  const fixed = countTokens(`{ ${parents.map((p) => `${p} }`).join(' ')} }`);
  const fill = n - fixed;
  const per = Math.floor(fill / parents.length);
  const body = parents.map((p, i) => {
    const count = per + (i < fill - per * parents.length ? 1 : 0);
    return `${p} ${'slug '.repeat(count)}}`;
  });
  return `{ ${body.join(' ')} }`;
}

const FILTERED = 'query F($f: CareerFilter) { careers(filter: $f) { totalCount } }';

/** Every ```graphql block of the README and of the worked examples in docs/examples.md. */
function readmeQueries(): string[] {
  return ['README.md', 'docs/examples.md'].flatMap((file) => {
    const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
    return [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  });
}

describe('request limits (defaults), over HTTP against the seeded graph', () => {
  const server = useSeededServer();

  const refusedFast = async (
    query: string,
    code: string | string[],
    variables?: Record<string, unknown>,
  ): Promise<string> => {
    const answer = await postGraphQL(server.url, query, variables);
    expect(answer.ms).toBeLessThan(1000);
    expect(answer.status).toBe(400);
    const [first] = errorCodes(answer.json);
    expect([code].flat()).toContain(first);
    expect(answer.json.data ?? null).toBeNull();
    return answer.json.errors?.[0]?.message ?? '';
  };
  const passes = async (query: string, variables?: Record<string, unknown>): Promise<void> => {
    const answer = await postGraphQL(server.url, query, variables);
    expect(answer.json.errors).toBeUndefined();
    expect(answer.status).toBe(200);
  };

  it('when a query is exactly MAX_QUERY_DEPTH deep it runs, and one level more is QUERY_TOO_DEEP naming the limit', async () => {
    await passes(deepQuery(LIMITS.maxDepth));
    const message = await refusedFast(deepQuery(LIMITS.maxDepth + 1), 'QUERY_TOO_DEEP');
    expect(message).toContain(`${LIMITS.maxDepth + 1} levels`);
    expect(message).toContain(`MAX_QUERY_DEPTH) is ${LIMITS.maxDepth}`);
  });

  it('when a query has MAX_ALIASES aliases it runs, and one more is TOO_MANY_ALIASES', async () => {
    await passes(aliases(LIMITS.maxAliases));
    const message = await refusedFast(aliases(LIMITS.maxAliases + 1), 'TOO_MANY_ALIASES');
    expect(message).toContain(`${LIMITS.maxAliases + 1} aliases`);
  });

  it('when a query has MAX_DIRECTIVES directives it runs, and one more is TOO_MANY_DIRECTIVES', async () => {
    const withDirectives = (n: number): string =>
      `{ ${'__typename @include(if: true) '.repeat(n)}}`;
    await passes(withDirectives(LIMITS.maxDirectives));
    await refusedFast(withDirectives(LIMITS.maxDirectives + 1), 'TOO_MANY_DIRECTIVES');
  });

  it('when a document has MAX_TOKENS tokens it runs, and one more is TOO_MANY_TOKENS', async () => {
    const tokens = (n: number): string => {
      const query = documentOfTokens(n);
      expect(countTokens(query)).toBe(n);
      return query;
    };
    await passes(tokens(LIMITS.maxTokens));
    const message = await refusedFast(tokens(LIMITS.maxTokens + 1), 'TOO_MANY_TOKENS');
    expect(message).toContain(`MAX_TOKENS) is ${LIMITS.maxTokens}`);
  });

  it('when a filter has MAX_FILTER_NODES conditions it runs, and one more is FILTER_TOO_LARGE', async () => {
    const k = (LIMITS.maxFilterNodes - 1) / 3;
    expect(Number.isInteger(k)).toBe(true);
    await passes(FILTERED, { f: orFilter(k) });
    const message = await refusedFast(FILTERED, 'FILTER_TOO_LARGE', { f: orFilter(k, 1) });
    expect(message).toContain(`${LIMITS.maxFilterNodes + 1} conditions`);
  });

  it('when one document has passed the checks, then the same document with other variables is checked again, and a refusal is never remembered', async () => {
    const k = (LIMITS.maxFilterNodes - 1) / 3;
    for (let round = 0; round < 2; round++) {
      await passes(FILTERED, { f: orFilter(k) });
      await refusedFast(FILTERED, 'FILTER_TOO_LARGE', { f: orFilter(k, 1) });
    }
  });

  it('when a string argument has MAX_STRING_LENGTH characters it runs, and one more is BAD_USER_INPUT', async () => {
    const search = 'query S($t: String!) { search(text: $t) { id } }';
    await passes(search, { t: 'n'.repeat(LIMITS.maxStringLength) });
    const message = await refusedFast(search, 'BAD_USER_INPUT', {
      t: 'n'.repeat(LIMITS.maxStringLength + 1),
    });
    expect(message).toContain('MAX_STRING_LENGTH');
  });

  it('when filter.text holds a 1,001-character word, then it is BAD_USER_INPUT, not a server error', async () => {
    await refusedFast(FILTERED, 'BAD_USER_INPUT', { f: { text: 'a'.repeat(1001) } });
  });

  describe("the issue's probes are refused within a second", () => {
    it('similarOccupations nested ten levels deep', async () => {
      await refusedFast(similarNested(10), ['QUERY_TOO_DEEP', 'QUERY_TOO_COMPLEX']);
    });

    it('similarOccupations nested five levels deep (within the depth limit) is too costly', async () => {
      await refusedFast(similarNested(5), 'QUERY_TOO_COMPLEX');
    });

    it.each([1000, 10000])('a filter of %i conditions reusing one variable', async (n) => {
      // `or` lists of 10 nested until n conditions, all one variable: ~3 bytes per condition.
      let level = '$c';
      let count = 1;
      while (count < n) {
        level = `{ or: [${Array.from({ length: 10 }, () => level).join(', ')}] }`;
        count *= 10;
      }
      const query = `query Q($c: CareerFilter!) { careers(filter: ${level}) { totalCount } }`;
      await refusedFast(query, ['TOO_MANY_TOKENS', 'FILTER_TOO_LARGE'], {
        c: { licensure: ['NOT_REQUIRED'] },
      });
    });

    it('the same filter tree sent as one variable', async () => {
      let filter: Record<string, unknown> = { licensure: ['NOT_REQUIRED'] };
      for (let i = 0; i < 3; i++) filter = { or: Array.from({ length: 10 }, () => filter) };
      await refusedFast(FILTERED, 'FILTER_TOO_LARGE', { f: filter });
    });

    it.each([300, 500])('%i aliases of careers(first: 100)', async (n) => {
      const page = 'careers(first: 100) { edges { node { slug title settings { sharePct } } } }';
      await refusedFast(aliases(n, page), ['TOO_MANY_TOKENS', 'TOO_MANY_ALIASES']);
    });

    it('fifteen aliases of a full careers(first: 100) page', async () => {
      const page =
        'careers(first: 100) { edges { node { slug settings { setting { name } } credentials { credential { name } } traits { name } similarOccupations { slug } } } }';
      await refusedFast(aliases(LIMITS.maxAliases, page), 'QUERY_TOO_COMPLEX');
    });

    it('fragments spreading the next one 100 times, twice (20,000 fields once expanded)', async () => {
      const spread = (next: string): string =>
        Array.from({ length: 100 }, () => `...${next}`).join(' ');
      const query = `{ career(slug: "registered-nurses") { ...A } }
        fragment A on Career { ${spread('B')} } fragment B on Career { ${spread('C')} }
        fragment C on Career { slug title }`;
      const message = await refusedFast(query, 'QUERY_TOO_COMPLEX');
      expect(message).toContain('too many fields');
      expect(message).toContain(`MAX_QUERY_COST) is ${LIMITS.maxCost}`);
    });
  });

  it('when every GraphQL example of the README and docs/examples.md runs under the default limits, then none has an error', async () => {
    const queries = readmeQueries();
    expect(queries.length).toBeGreaterThanOrEqual(15);
    for (const query of queries) {
      const answer = await postGraphQL(server.url, query);
      expect({ query, errors: answer.json.errors }).toEqual({ query, errors: undefined });
    }
  });

  it("when the IDE introspects the schema (graphql-js's full introspection query), then it is answered", async () => {
    const answer = await postGraphQL(server.url, getIntrospectionQuery(FULL_INTROSPECTION));
    expect(answer.json.errors).toBeUndefined();
    expect(answer.status).toBe(200);
  });

  it("when introspection nests fields inside field types six deep, then graphql-js's introspection depth rule refuses it within a second", async () => {
    let selection = 'name';
    for (let i = 0; i < 6; i++) selection = `fields { type { ${selection} } }`;
    const answer = await postGraphQL(server.url, `{ __schema { types { ${selection} } } }`);
    expect(errorCodes(answer.json)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(answer.json.errors?.[0]?.message).toMatch(/introspection depth/);
    expect(answer.ms).toBeLessThan(1000);
  });

  it('when every example of the IDE runs with its variables under the default limits, then none has an error', async () => {
    expect(EXAMPLES.length).toBeGreaterThan(0);
    for (const example of EXAMPLES) {
      const answer = await postGraphQL(server.url, example.query, example.variables);
      expect({ title: example.title, errors: answer.json.errors }).toEqual({
        title: example.title,
        errors: undefined,
      });
    }
  });
});

describe('the cost and response budgets, set from the environment', () => {
  let db: TestDb;
  let server: RunningServer;
  // careers(1) + 5 × (edges item → node(1) + slug(1)) + edges(1): 12 fields resolved, and a cost
  // of 1 + 5 × (1 + (1 + 1)) = 16.
  const PAGE_OF_5 = '{ careers(first: 5) { edges { node { slug } } } }';
  const limits: RequestLimits = { ...LIMITS, maxCost: 16, maxResponseFields: 12 };
  beforeAll(async () => {
    db = await createTestRunner();
    server = await startServer({ port: 0, runner: db.runner, limits });
  });
  afterAll(async () => {
    await server.stop();
    await db.close();
  });

  it('when a query costs exactly MAX_QUERY_COST it runs, and one unit more is QUERY_TOO_COMPLEX', async () => {
    const schema = await createSchema();
    expect(queryCost(schema, parse(PAGE_OF_5), {}, undefined)).toBe(16);
    const whole = await postGraphQL(server.url, PAGE_OF_5);
    expect(whole.json.errors).toBeUndefined();
    const over = await postGraphQL(server.url, `${PAGE_OF_5.slice(0, -1)} __typename }`);
    expect(over.ms).toBeLessThan(1000);
    expect(over.status).toBe(400);
    expect(errorCodes(over.json)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(over.json.errors?.[0]?.message).toContain('17 fields');
    expect(over.json.errors?.[0]?.message).toContain('MAX_QUERY_COST) is 16');
  });

  it('when an answer resolves exactly MAX_RESPONSE_FIELDS fields it is sent whole, and one that outgrows the cost estimate is cut with one RESPONSE_TOO_LARGE error', async () => {
    const whole = await postGraphQL(server.url, PAGE_OF_5);
    expect(whole.json.errors).toBeUndefined();
    // The cost counts ~10 similar occupations per career; this one has more, so the estimate
    // (11) passes and the 2 + n fields resolved run past the budget of 12.
    const mostSimilar = [...seeds().careers].sort(
      (x, y) => y.similarTo.length - x.similarTo.length,
    )[0];
    expect(mostSimilar?.similarTo.length).toBeGreaterThan(10);
    const cut = await postGraphQL(
      server.url,
      `{ career(slug: "${mostSimilar?.slug}") { similarOccupations { slug } } }`,
    );
    expect(cut.ms).toBeLessThan(1000);
    expect(cut.json.data).toBeNull();
    expect(cut.json.errors).toHaveLength(1);
    expect(errorCodes(cut.json)).toEqual(['RESPONSE_TOO_LARGE']);
    expect(cut.json.errors?.[0]?.message).toContain('MAX_RESPONSE_FIELDS');
  });
});
