// The warm-up's per-career, per-setting, per-trait and per-credential operations.

import { careerLists } from '../career/career-lists';

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
    ${careerLists()
      .map((l) => l.warmUp)
      .join('\n')}
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
export const EVERYTHING = /* GraphQL */ `
  query WarmUpEverything($slug: ID!, $other: ID!, $setting: ID!, $trait: ID!, $credential: ID!) {
    plain: career(slug: $slug) {
      title
    }
    full: career(slug: $slug) {
      ...WarmUpCareer
    }
    # Careers reached by another root than career or careers have no look-ahead: their lists
    # come from each list's own loader (the look-ahead statement, asked for one list).
    alike: similarCareers(slug: $other, by: SHARED_TRAITS, first: 2) {
      career {
        similarOccupations {
          slug
        }
        sources {
          url
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
    careerMoves(from: $slug, maxSteps: 2, first: 5, constraints: { noNewLicense: true }) {
      kind
      payGain
      career {
        slug
      }
      steps {
        kind
        adds {
          education {
            code
          }
          credentials {
            id
          }
          derived
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
