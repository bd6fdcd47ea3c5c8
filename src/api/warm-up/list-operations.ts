// The warm-up's list operations: first reads (they give the ids the others use) and the
// careers-page shapes of the IDE examples and the benchmark.

/** First reads: they warm the list statements and give the ids the later operations use. */
export const DISCOVER = /* GraphQL */ `
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
      careers {
        slug
      }
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
    careerFacets {
      total
      licensure {
        value
        label
        count
      }
      entryEducation {
        value
        label
        count
      }
      settings {
        value
        label
        count
      }
      traits {
        value
        label
        count
      }
      credentials {
        value
        label
        count
      }
    }
  }
`;

/**
 * The careers-page shapes in use: each filter and sort shape compiles to its own statement text,
 * and so to its own plan. These are the IDE examples' and the benchmark's.
 */
export const PAGES = /* GraphQL */ `
  query WarmUpPages {
    # The explorer's facets for the link its README gives (/explore?licensure=NOT_REQUIRED).
    noLicensureFacets: careerFacets(filter: { licensure: [NOT_REQUIRED] }) {
      total
      licensure {
        count
      }
      entryEducation {
        count
      }
      settings {
        count
      }
      traits {
        count
      }
      credentials {
        count
      }
    }
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
