/**
 * The GraphQL operations of the career page, "Where can I go from here?" and compare. Each is a
 * named operation of its own, so the trusted-documents manifest (scripts/persisted-manifest.ts)
 * can list them as it lists the neighbourhood picture's, and the server log names what ran.
 */

/** Everything the career page shows of the career itself, in one request. */
export const CAREER_PAGE_QUERY = `query ExplorerCareer($slug: ID!) {
  career(slug: $slug) {
    slug
    title
    summary
    oohUrl
    family { title source }
    medianPay { annual hourly isLowerBound }
    noPayReason
    payPercentiles { p10 p90 p90IsLowerBound }
    jobs2024
    projectedGrowthPct
    growthDescription
    growthVsNationalAverage { careerPct nationalPct differencePct isAboveAverage }
    annualOpenings
    entryEducation { code name rank }
    workExperience
    onTheJobTraining
    licensure
    licensureScope
    evidence { fact phrase source }
    settings { sharePct scope sources setting { id name } }
    noSettingsReason
    educationOptions { note source level { code name rank } }
    credentials {
      role
      note
      source
      credential { id name acronym kind issuer { name acronym } }
    }
    traits { id name kind }
    similarOccupations { slug title }
    advancesTo { note source career { slug title } }
    payRank { rank of peerMedianPay percentile peerGroup }
    sources { title url publisher }
  }
}`;

/**
 * What each career has in common with this one, by the three measures that name shared items;
 * `first: 100` covers the whole graph, so an OOH similar occupation is always among them.
 */
export const CAREER_SIMILAR_QUERY = `query ExplorerCareerSimilar($slug: ID!) {
  byTraits: similarCareers(slug: $slug, by: SHARED_TRAITS, first: 100) {
    score
    career { slug title }
    shared { id name }
  }
  bySettings: similarCareers(slug: $slug, by: SHARED_SETTINGS, first: 100) {
    score
    career { slug title }
    shared { id name }
  }
  byCredentials: similarCareers(slug: $slug, by: SHARED_CREDENTIALS, first: 100) {
    score
    career { slug title }
    shared { id name }
  }
}`;

/**
 * The careers with one entry education: the peers `payRank` ranks against by default
 * (SAME_ENTRY_EDUCATION), so the plot shows the very pays the rank is computed from.
 */
export const CAREER_PEERS_QUERY = `query ExplorerCareerPeers($level: EducationLevelCode!) {
  careers(
    filter: { entryEducation: { atLeast: $level, atMost: $level } }
    first: 100
    sort: [{ field: MEDIAN_PAY, direction: DESC }]
  ) {
    totalCount
    edges { node { slug title medianPay { annual isLowerBound } } }
  }
}`;

/** Every career by title, for the "compare with" picker. */
export const CAREER_TITLES_QUERY = `query ExplorerCareerTitles {
  careers(first: 100, sort: [{ field: TITLE, direction: ASC }]) {
    edges { node { slug title } }
  }
}`;

const STEP_ADDS = `{
      education { code name }
      credentials { id name acronym kind }
      license
      derived
      derivedFrom { fact value source }
    }`;

/** "Where can I go from here?": the moves, each with its steps and what they add. */
export const CAREER_MOVES_QUERY = `query ExplorerCareerMoves(
  $from: ID!
  $maxSteps: Int
  $constraints: MoveConstraints
  $first: Int
) {
  careerMoves(from: $from, maxSteps: $maxSteps, constraints: $constraints, first: $first) {
    kind
    payGain
    career { slug title medianPay { annual isLowerBound } entryEducation { name } }
    adds ${STEP_ADDS}
    steps {
      kind
      note
      source
      from { slug title }
      to { slug title }
      adds ${STEP_ADDS}
    }
  }
}`;

/** Two or three careers side by side, with what each asks that another does not. */
export const COMPARE_QUERY = `query ExplorerCompare($slugs: [ID!]!) {
  compare(slugs: $slugs) {
    careers {
      slug
      title
      oohUrl
      licensure
      entryEducation { code name }
      medianPay { annual isLowerBound }
    }
    metrics {
      metric
      highest
      lowest
      values { slug value isLowerBound differenceFromFirst }
    }
    gaps {
      career { slug title }
      comparedWith { slug title }
      education { code name }
      license
      credentials { id name acronym }
      traits { id name kind }
    }
    sharedTraits { id name }
    sharedSettings { id name }
    sharedCredentials { id name }
  }
}`;

/** The compare page's search box. */
export const CAREER_SEARCH_QUERY = `query ExplorerCareerSearch($text: String!) {
  search(text: $text, first: 20) { id title type }
}`;

/** The page's operations, for the trusted-documents manifest. */
export const CAREER_PAGE_OPERATIONS: readonly string[] = [
  CAREER_PAGE_QUERY,
  CAREER_SIMILAR_QUERY,
  CAREER_PEERS_QUERY,
  CAREER_TITLES_QUERY,
  CAREER_MOVES_QUERY,
  COMPARE_QUERY,
  CAREER_SEARCH_QUERY,
];
