import { execute, parse, validate, type GraphQLSchema } from 'graphql';
import type { QueryRunner } from '../db/query-runner';
import type { Logger } from '../logger';
import { createContext } from './context';

/**
 * Start-up warm-up: Neo4j plans a statement the first time it sees its text (1–3 s for the larger
 * ones on a busy 2-core machine) and V8 compiles the resolvers on their first calls, so the first
 * user of each question used to pay both. Before the server takes requests it answers these
 * operations once through the real schema: every API statement runs once with values from the
 * graph itself, and every careers-page shape the IDE examples and the benchmark use is compiled
 * and planned. test/integration/warm-up.test.ts checks that each IDE example then sends only
 * statements the warm-up already sent.
 */

/** First reads: they warm the list statements and give the ids the later operations use. */
const DISCOVER = /* GraphQL */ `
  query WarmUpDiscover {
    careers(first: 3) {
      edges {
        node {
          slug
        }
      }
    }
    settings {
      id
      careerCount
    }
    traits {
      id
      careerCount
    }
    credentials {
      id
    }
    educationLevels {
      code
    }
    stats {
      careerCount
      medianPayByEntryEducation {
        level {
          code
          name
        }
        median
      }
      careersPerSetting {
        setting {
          id
        }
        count
      }
      careersPerLicensure {
        licensure
        count
      }
    }
  }
`;

const CAREER_FIELDS = /* GraphQL */ `
  fragment WarmUpCareer on Career {
    slug
    title
    medianPay {
      annual
    }
    payPercentiles {
      p10
    }
    projectedGrowthPct
    entryEducation {
      code
      name
    }
    educationOptions {
      level {
        code
      }
    }
    settings {
      sharePct
      setting {
        id
        name
      }
    }
    credentials {
      role
      note
      credential {
        id
        name
        acronym
        kind
        issuer {
          id
          name
        }
      }
    }
    traits {
      id
      name
      kind
    }
    sources {
      url
    }
    family {
      slug
    }
    similarOccupations {
      slug
      title
    }
    advancesTo {
      career {
        slug
      }
      credentials {
        id
        name
      }
      education {
        code
        name
      }
      note
    }
    advancesFrom {
      career {
        slug
      }
    }
    payByIndustry {
      industry
    }
    growthVsNationalAverage {
      differencePct
    }
    sameEducation: payRank(peerGroup: SAME_ENTRY_EDUCATION) {
      rank
      of
      percentile
    }
    allCareers: payRank(peerGroup: ALL) {
      rank
    }
  }
`;

/** Every per-career, per-setting, per-trait and per-credential statement, and the bundles. */
const EVERYTHING = /* GraphQL */ `
  query WarmUpEverything($slug: ID!, $other: ID!, $setting: ID!, $trait: ID!, $credential: ID!) {
    plain: career(slug: $slug) {
      title
    }
    full: career(slug: $slug) {
      ...WarmUpCareer
    }
    onlyCredentials: career(slug: $other) {
      credentials {
        role
        note
        credential {
          id
          name
          acronym
          kind
          issuer {
            id
            name
          }
        }
      }
    }
    deep: career(slug: $other) {
      similarOccupations {
        slug
        similarOccupations {
          slug
          traits {
            id
          }
        }
      }
    }
    page: careers(first: 50) {
      totalCount
      edges {
        node {
          ...WarmUpCareer
        }
      }
    }
    setting(id: $setting) {
      name
      careerCount
      careers(first: 25) {
        sharePct
        career {
          slug
          title
        }
      }
    }
    trait(id: $trait) {
      name
      careerCount
      careers {
        slug
      }
    }
    credential(id: $credential) {
      name
      issuer {
        name
      }
      careers {
        role
        career {
          slug
        }
      }
    }
    bySettings: similarCareers(slug: $slug, by: SHARED_SETTINGS, first: 10) {
      score
      career {
        slug
      }
    }
    byTraits: similarCareers(slug: $slug, by: SHARED_TRAITS, first: 5) {
      score
      career {
        slug
        title
      }
      shared {
        id
        name
      }
    }
    byCredentials: similarCareers(slug: $slug, by: SHARED_CREDENTIALS, first: 5) {
      score
      career {
        slug
      }
    }
    byOoh: similarCareers(slug: $slug, by: OOH, first: 5) {
      score
      career {
        slug
      }
    }
    careerPath(from: $slug, to: $other) {
      length
      steps {
        from {
          slug
        }
        to {
          slug
        }
        credentials {
          id
          name
        }
      }
    }
    compare(slugs: [$slug, $other]) {
      careers {
        slug
        entryEducation {
          name
        }
      }
      metrics {
        metric
        values {
          slug
          value
        }
      }
      sharedSettings {
        id
      }
      sharedCredentials {
        id
      }
      sharedTraits {
        id
      }
    }
    search(text: "medical records", first: 10) {
      type
      id
      score
      title
    }
  }
  ${CAREER_FIELDS}
`;

/**
 * The careers-page shapes in use: each filter and sort shape compiles to its own statement text,
 * and so to its own plan. These are the IDE examples' and the benchmark's.
 */
const PAGES = /* GraphQL */ `
  query WarmUpPages {
    noLicensure: careers(
      filter: { licensure: [NOT_REQUIRED] }
      sort: [{ field: TITLE, direction: ASC }]
      first: 50
    ) {
      totalCount
      edges {
        node {
          slug
          title
          licensure
          entryEducation {
            name
          }
          medianPay {
            annual
            isLowerBound
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    certificate: careers(
      filter: { entryEducation: { atMost: POSTSECONDARY_NONDEGREE_AWARD } }
      sort: [{ field: MEDIAN_PAY, direction: DESC }]
      first: 25
    ) {
      totalCount
      edges {
        node {
          slug
          entryEducation {
            code
            name
          }
          medianPay {
            annual
          }
          projectedGrowthPct
        }
      }
    }
    growing: careers(
      filter: { medianPay: { min: 60000 }, growthAboveNationalAverage: true }
      sort: [{ field: PROJECTED_GROWTH, direction: DESC }]
      first: 20
    ) {
      totalCount
      edges {
        node {
          slug
          medianPay {
            annual
          }
          projectedGrowthPct
        }
      }
    }
    hospitals: careers(
      filter: {
        and: [
          { worksIn: { any: ["hospitals"], minSharePct: 25 } }
          { entryEducation: { atMost: ASSOCIATES_DEGREE } }
        ]
      }
      sort: [{ field: JOBS, direction: DESC }]
      first: 20
    ) {
      totalCount
      edges {
        node {
          slug
          jobs2024
          entryEducation {
            name
          }
          settings {
            sharePct
            setting {
              id
              name
            }
          }
        }
      }
    }
    bench: careers(
      filter: {
        entryEducation: { atMost: ASSOCIATES_DEGREE }
        worksIn: { any: ["hospitals"] }
        growthAboveNationalAverage: true
      }
      sort: [{ field: MEDIAN_PAY, direction: DESC }]
      first: 20
    ) {
      totalCount
      edges {
        node {
          title
          medianPay {
            annual
          }
        }
      }
    }
    titled: careers(first: 50) {
      totalCount
      edges {
        node {
          slug
          settings {
            sharePct
            setting {
              id
            }
          }
          credentials {
            credential {
              id
              issuer {
                id
              }
            }
          }
          traits {
            id
          }
          similarOccupations {
            slug
          }
        }
      }
    }
  }
`;

interface Discovered {
  careers?: { edges: Array<{ node: { slug: string } }> };
  settings?: Array<{ id: string }>;
  traits?: Array<{ id: string }>;
  credentials?: Array<{ id: string }>;
}

/**
 * Answers the warm-up operations once, in order, and reports how long it took. Never fails
 * start-up: an empty graph or a failing statement is logged and the server starts anyway (the
 * first request then pays the planning, as before).
 */
export async function warmUp(
  schema: GraphQLSchema,
  runner: QueryRunner,
  log: Logger,
): Promise<{ durationMs: number; errors: number }> {
  const started = performance.now();
  let errors = 0;
  const run = async (source: string, variables?: Record<string, unknown>): Promise<unknown> => {
    const document = parse(source);
    const invalid = validate(schema, document);
    if (invalid.length > 0) {
      errors += invalid.length;
      log.warn({ errors: invalid.map((e) => e.message) }, 'warm-up: an operation is invalid');
      return undefined;
    }
    const result = await execute({
      schema,
      document,
      contextValue: createContext(runner),
      ...(variables && { variableValues: variables }),
    });
    if (result.errors?.length) {
      errors += result.errors.length;
      log.warn({ errors: result.errors.map((e) => e.message) }, 'warm-up: an operation failed');
    }
    return result.data;
  };
  const found = ((await run(DISCOVER)) ?? {}) as Discovered;
  const slugs = found.careers?.edges.map((e) => e.node.slug) ?? [];
  const [slug, other = slug] = slugs;
  const setting = found.settings?.[0]?.id;
  const trait = found.traits?.[0]?.id;
  const credential = found.credentials?.[0]?.id;
  if (slug && other && setting && trait && credential) {
    await run(EVERYTHING, { slug, other, setting, trait, credential });
  } else {
    log.warn('warm-up: the graph is empty, only the list statements were planned');
  }
  await run(PAGES);
  const durationMs = Math.round(performance.now() - started);
  log.info({ durationMs, errors }, 'warm-up: statements planned');
  return { durationMs, errors };
}
