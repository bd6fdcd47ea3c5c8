import { registerEnumType } from 'type-graphql';

/** Stored on Career.licensure; the same strings as the seeds. */
export enum LicensureRequirement {
  REQUIRED = 'REQUIRED',
  VARIES_BY_STATE = 'VARIES_BY_STATE',
  NOT_REQUIRED = 'NOT_REQUIRED',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(LicensureRequirement, {
  name: 'LicensureRequirement',
  description: 'Whether working in a career needs a state license.',
  valuesConfig: {
    REQUIRED: { description: 'All or nearly all states require a license.' },
    VARIES_BY_STATE: { description: 'Some states require a license; others do not.' },
    NOT_REQUIRED: { description: 'No state license is needed to work.' },
    UNKNOWN: { description: 'The sources do not say.' },
  },
});

export enum EducationLevelCode {
  NO_FORMAL_CREDENTIAL = 'NO_FORMAL_CREDENTIAL',
  HIGH_SCHOOL_DIPLOMA = 'HIGH_SCHOOL_DIPLOMA',
  POSTSECONDARY_NONDEGREE_AWARD = 'POSTSECONDARY_NONDEGREE_AWARD',
  SOME_COLLEGE = 'SOME_COLLEGE',
  ASSOCIATES_DEGREE = 'ASSOCIATES_DEGREE',
  BACHELORS_DEGREE = 'BACHELORS_DEGREE',
  MASTERS_DEGREE = 'MASTERS_DEGREE',
  DOCTORAL_OR_PROFESSIONAL_DEGREE = 'DOCTORAL_OR_PROFESSIONAL_DEGREE',
}
registerEnumType(EducationLevelCode, {
  name: 'EducationLevelCode',
  description: "BLS's education levels, from lowest to highest.",
  valuesConfig: {
    NO_FORMAL_CREDENTIAL: { description: 'No formal educational credential.' },
    HIGH_SCHOOL_DIPLOMA: { description: 'High school diploma or equivalent.' },
    POSTSECONDARY_NONDEGREE_AWARD: {
      description: 'Postsecondary nondegree award, such as a certificate.',
    },
    SOME_COLLEGE: { description: 'Some college, no degree.' },
    ASSOCIATES_DEGREE: { description: "Associate's degree." },
    BACHELORS_DEGREE: { description: "Bachelor's degree." },
    MASTERS_DEGREE: { description: "Master's degree." },
    DOCTORAL_OR_PROFESSIONAL_DEGREE: { description: 'Doctoral or professional degree.' },
  },
});

export enum CredentialKind {
  LICENSE = 'LICENSE',
  CERTIFICATION = 'CERTIFICATION',
  LICENSING_EXAM = 'LICENSING_EXAM',
  REGISTRATION = 'REGISTRATION',
}
registerEnumType(CredentialKind, {
  name: 'CredentialKind',
  description: 'What kind of credential this is.',
  valuesConfig: {
    LICENSE: { description: 'A state license to practise.' },
    CERTIFICATION: { description: 'A certification from a professional body.' },
    LICENSING_EXAM: { description: 'An exam that is part of getting a license.' },
    REGISTRATION: { description: 'Registration with a registry or board.' },
  },
});

export enum CredentialRole {
  REQUIRED = 'REQUIRED',
  REQUIRED_IN_SOME_STATES = 'REQUIRED_IN_SOME_STATES',
  PREFERRED = 'PREFERRED',
  OPTIONAL = 'OPTIONAL',
}
registerEnumType(CredentialRole, {
  name: 'CredentialRole',
  description: 'How much a career asks for a credential.',
  valuesConfig: {
    REQUIRED: { description: 'Needed to work in the career.' },
    REQUIRED_IN_SOME_STATES: { description: 'Needed in some states.' },
    PREFERRED: { description: 'Not needed, but employers prefer it.' },
    OPTIONAL: { description: 'Available; neither needed nor reported as preferred.' },
  },
});

export enum TraitKind {
  QUALITY = 'QUALITY',
  WORK_CONDITION = 'WORK_CONDITION',
  SCHEDULE = 'SCHEDULE',
}
registerEnumType(TraitKind, {
  name: 'TraitKind',
  description: 'What a trait describes.',
  valuesConfig: {
    QUALITY: { description: 'An important quality of the worker (e.g. detail oriented).' },
    WORK_CONDITION: { description: 'A condition of the work (e.g. mostly seated).' },
    SCHEDULE: { description: 'Working hours (e.g. evening or weekend hours).' },
  },
});
