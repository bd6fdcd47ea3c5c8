/**
 * The library of example operations preloaded in the IDE. Each answers a question a user asks in
 * plain words; the title is that question and is what the examples panel lists.
 *
 * Contract: `title` is unique (the browser tests pick examples by title), every `query` holds
 * exactly one named operation, and `variables` is what the variables editor is filled with.
 */
export interface Example {
  title: string;
  description: string;
  query: string;
  variables?: Record<string, unknown>;
  /** A career whose neighbourhood picture belongs with this example, shown as a link. */
  pictureSlug?: string;
}

export const EXAMPLES: readonly Example[] = [
  {
    title: 'Careers without licensure requirements',
    description: 'Careers you can practise without a state licence, in title order.',
    query: `query CareersWithoutLicensure($first: Int) {
  careers(
    filter: { licensure: [NOT_REQUIRED] }
    sort: [{ field: TITLE, direction: ASC }]
    first: $first
  ) {
    totalCount
    edges {
      node {
        slug
        title
        licensure
        entryEducation { name }
        medianPay { annual isLowerBound }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`,
    variables: { first: 50 },
  },
  {
    title: 'What can I start with a postsecondary certificate?',
    description:
      'Careers whose typical entry education is at most a postsecondary nondegree award, ' +
      'best paid first.',
    query: `query StartWithACertificate($first: Int) {
  careers(
    filter: { entryEducation: { atMost: POSTSECONDARY_NONDEGREE_AWARD } }
    sort: [{ field: MEDIAN_PAY, direction: DESC }]
    first: $first
  ) {
    totalCount
    edges {
      node {
        slug
        title
        entryEducation { code name }
        medianPay { annual hourly isLowerBound }
        projectedGrowthPct
      }
    }
  }
}
`,
    variables: { first: 25 },
  },
  {
    title: 'Who works in nursing care facilities?',
    description: 'Careers employed in nursing and residential care, with the share of their jobs.',
    query: `query WhoWorksInNursingCare($setting: ID!, $first: Int) {
  setting(id: $setting) {
    id
    name
    careers(first: $first) {
      sharePct
      career { slug title }
    }
  }
}
`,
    variables: { setting: 'nursing-and-residential-care-facilities', first: 25 },
  },
  {
    title: 'Where do nurse practitioners work?',
    description:
      'Each setting once, with the share of jobs summed over the OOH employer categories it ' +
      'groups; FAMILY marks shares the page gives only for its whole group of occupations.',
    query: `query WhereDoTheyWork($slug: ID!) {
  career(slug: $slug) {
    title
    settings {
      setting { id name }
      sharePct
      scope
      categories { oohCategory sharePct }
      sources
    }
  }
}
`,
    variables: { slug: 'nurse-practitioners' },
    pictureSlug: 'nurse-practitioners',
  },
  {
    title: 'Certifications for medical records specialists',
    description: 'Credentials that employers require or prefer, with who issues them.',
    query: `query CertificationsForCareer($slug: ID!) {
  career(slug: $slug) {
    title
    licensure
    credentials {
      role
      note
      credential {
        id
        name
        acronym
        kind
        issuer { id name }
      }
    }
  }
}
`,
    variables: { slug: 'medical-records-specialists' },
    pictureSlug: 'medical-records-specialists',
  },
  {
    title: 'Careers like this one',
    description:
      'Careers that share the most traits with a given one, next to the similar occupations ' +
      'the Occupational Outlook Handbook lists.',
    query: `query CareersLikeThisOne($slug: ID!, $first: Int) {
  career(slug: $slug) {
    title
    similarOccupations { slug title }
  }
  similarCareers(slug: $slug, by: SHARED_TRAITS, first: $first) {
    score
    career { slug title }
    shared { id name }
  }
}
`,
    variables: { slug: 'medical-records-specialists', first: 5 },
    pictureSlug: 'medical-records-specialists',
  },
  {
    title: 'Career path from medical records to health information management',
    description: 'The advancement steps between two careers, with the credentials each step asks.',
    query: `query CareerPath($from: ID!, $to: ID!) {
  careerPath(from: $from, to: $to) {
    steps {
      from { slug title }
      to { slug title }
      credentials { id name }
    }
  }
}
`,
    variables: {
      from: 'medical-records-specialists',
      to: 'health-information-technologists-and-medical-registrars',
    },
    pictureSlug: 'medical-records-specialists',
  },
  {
    title: 'Where can a career lead?',
    description: 'Advancement steps into and out of one career, with the education they ask.',
    query: `query WhereCanItLead($slug: ID!) {
  career(slug: $slug) {
    title
    advancesTo {
      career { slug title }
      credentials { id name }
      education { code name }
      note
    }
    advancesFrom { career { slug title } }
  }
}
`,
    variables: { slug: 'licensed-practical-and-licensed-vocational-nurses' },
    pictureSlug: 'licensed-practical-and-licensed-vocational-nurses',
  },
  {
    title: 'Compare nursing careers',
    description:
      'Pay, growth, jobs and openings of several careers side by side, with what they share.',
    query: `query CompareCareers($slugs: [ID!]!) {
  compare(slugs: $slugs) {
    careers {
      slug
      title
      entryEducation { name }
      licensure
    }
    metrics {
      metric
      highest
      lowest
      spread
      values { slug value isLowerBound differenceFromFirst }
    }
    sharedSettings { id name }
    sharedCredentials { id name }
    sharedTraits { id name }
  }
}
`,
    variables: {
      slugs: [
        'registered-nurses',
        'licensed-practical-and-licensed-vocational-nurses',
        'medical-assistants',
      ],
    },
  },
  {
    title: 'Pay rank and growth of a career',
    description:
      'Where a career ranks in pay among careers with the same entry education, and how its ' +
      'growth compares with the national average.',
    query: `query PayRankAndGrowth($slug: ID!) {
  career(slug: $slug) {
    title
    medianPay { annual }
    payRank(peerGroup: SAME_ENTRY_EDUCATION) { rank of percentile }
    growthVsNationalAverage { careerPct nationalPct differencePct }
    growthDescription
  }
}
`,
    variables: { slug: 'registered-nurses' },
    pictureSlug: 'registered-nurses',
  },
  {
    title: 'Well-paid careers growing faster than average',
    description: 'Careers paying at least $60,000 whose growth beats the national average.',
    query: `query WellPaidAndGrowing($minPay: Float, $first: Int) {
  careers(
    filter: { medianPay: { min: $minPay }, growthAboveNationalAverage: true }
    sort: [{ field: PROJECTED_GROWTH, direction: DESC }]
    first: $first
  ) {
    totalCount
    edges {
      node {
        slug
        title
        medianPay { annual }
        projectedGrowthPct
      }
    }
  }
}
`,
    variables: { minPay: 60000, first: 20 },
  },
  {
    title: 'Hospital careers without a bachelor’s degree',
    description:
      'Careers with at least a quarter of their jobs in hospitals that you can enter below a ' +
      'bachelor’s degree.',
    query: `query HospitalCareersBelowBachelors($first: Int) {
  careers(
    filter: {
      and: [
        { worksIn: { any: ["hospitals"], minSharePct: 25 } }
        { entryEducation: { atMost: ASSOCIATES_DEGREE } }
      ]
    }
    sort: [{ field: JOBS, direction: DESC }]
    first: $first
  ) {
    totalCount
    edges {
      node {
        slug
        title
        jobs2024
        entryEducation { name }
        settings { sharePct setting { id name } }
      }
    }
  }
}
`,
    variables: { first: 20 },
  },
  {
    title: 'Search careers and credentials',
    description: 'Full-text search across careers, credentials, settings and traits.',
    query: `query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    type
    score
    id
    title
  }
}
`,
    variables: { text: 'records', first: 10 },
  },
  {
    title: 'The graph at a glance',
    description:
      'How many careers there are, pay by entry education, and careers per setting and ' +
      'per licensure requirement.',
    query: `query Stats {
  stats {
    careerCount
    medianPayByEntryEducation {
      level { code name }
      min
      median
      max
    }
    careersPerSetting {
      setting { id name }
      count
    }
    careersPerLicensure {
      licensure
      count
    }
  }
}
`,
  },
];
