import type { EducationCode, Licensure, TraitKindValue } from './format';

/** The shapes the career page, moves and compare queries answer (career-queries.ts). */

export interface CareerRef {
  slug: string;
  title: string;
}

export interface Level {
  code: EducationCode;
  name: string;
  rank: number;
}

export type EvidencedFact =
  | 'MEDIAN_PAY'
  | 'JOBS_2024'
  | 'PROJECTED_GROWTH'
  | 'ANNUAL_OPENINGS'
  | 'ENTRY_EDUCATION'
  | 'LICENSURE';

export interface FactEvidence {
  fact: EvidencedFact;
  phrase: string;
  source: string;
}

export interface Pay {
  annual: number | null;
  hourly?: number | null;
  isLowerBound: boolean;
}

export interface CredentialRef {
  id: string;
  name: string;
  acronym: string | null;
  kind?: string;
}

export interface CareerDetail extends CareerRef {
  summary: string;
  oohUrl: string;
  family: { title: string; source: string } | null;
  medianPay: Pay | null;
  noPayReason: string | null;
  payPercentiles: { p10: number | null; p90: number | null; p90IsLowerBound: boolean } | null;
  jobs2024: number | null;
  projectedGrowthPct: number | null;
  growthDescription: string | null;
  growthVsNationalAverage: {
    careerPct: number;
    nationalPct: number;
    differencePct: number;
    isAboveAverage: boolean;
  } | null;
  annualOpenings: number | null;
  entryEducation: Level | null;
  workExperience: string | null;
  onTheJobTraining: string | null;
  licensure: Licensure;
  licensureScope: string | null;
  evidence: FactEvidence[];
  settings: {
    sharePct: number | null;
    scope: 'OCCUPATION' | 'FAMILY';
    sources: string[];
    setting: { id: string; name: string };
  }[];
  noSettingsReason: string | null;
  educationOptions: { note: string | null; source: string; level: Level }[];
  credentials: {
    role: string;
    note: string | null;
    source: string;
    credential: CredentialRef & {
      kind: string;
      issuer: { name: string; acronym: string | null } | null;
    };
  }[];
  traits: { id: string; name: string; kind: TraitKindValue }[];
  similarOccupations: CareerRef[];
  advancesTo: { note: string | null; source: string; career: CareerRef }[];
  payRank: {
    rank: number;
    of: number;
    peerMedianPay: number | null;
    percentile: number;
    peerGroup: string;
  } | null;
  sources: { title: string; url: string; publisher: string }[];
}

export interface SimilarHit {
  score: number;
  career: CareerRef;
  shared: { id: string; name: string }[];
}

export interface SimilarAnswer {
  byTraits: SimilarHit[];
  bySettings: SimilarHit[];
  byCredentials: SimilarHit[];
}

export interface PeersAnswer {
  careers: {
    totalCount: number;
    edges: { node: CareerRef & { medianPay: Pay | null } }[];
  };
}

export type MoveKind = 'ADVANCEMENT' | 'LATERAL_MOVE' | 'SIMILAR_CAREER';

export interface StepAdds {
  education: { code: EducationCode; name: string } | null;
  credentials: CredentialRef[];
  license: boolean;
  derived: boolean;
  derivedFrom: { fact: string; value: string; source: string }[];
}

export interface MoveStep {
  kind: MoveKind;
  note: string | null;
  source: string | null;
  from: CareerRef;
  to: CareerRef;
  adds: StepAdds;
}

export interface CareerMove {
  kind: MoveKind;
  payGain: number | null;
  career: CareerRef & { medianPay: Pay | null; entryEducation: { name: string } | null };
  adds: StepAdds;
  steps: MoveStep[];
}

export type ComparedMetric =
  | 'MEDIAN_PAY'
  | 'MEDIAN_HOURLY_PAY'
  | 'JOBS_2024'
  | 'PROJECTED_GROWTH'
  | 'ANNUAL_OPENINGS'
  | 'ENTRY_EDUCATION_RANK';

export interface Comparison {
  careers: (CareerRef & {
    oohUrl: string;
    licensure: Licensure;
    entryEducation: { code: EducationCode; name: string } | null;
    medianPay: Pay | null;
  })[];
  metrics: {
    metric: ComparedMetric;
    highest: string | null;
    lowest: string | null;
    values: {
      slug: string;
      value: number | null;
      isLowerBound: boolean;
      differenceFromFirst: number | null;
    }[];
  }[];
  gaps: {
    career: CareerRef;
    comparedWith: CareerRef;
    education: { code: EducationCode; name: string } | null;
    license: boolean;
    credentials: CredentialRef[];
    traits: { id: string; name: string; kind: TraitKindValue }[];
  }[];
  sharedTraits: { id: string; name: string }[];
  sharedSettings: { id: string; name: string }[];
  sharedCredentials: { id: string; name: string }[];
}
