import type { EducationCode } from '../seed/seed.schema';

/**
 * Facts that the OOH states only in prose and that are read by a person, not a pattern: which
 * credential a page names and how firmly, which career a worker can move on to, the entry
 * education of sub-occupations whose quick facts say "See How to Become One".
 *
 * Each entry carries `evidence`: words that must appear (case-insensitive, ASCII punctuation) in
 * the How to Become One tab of the page it cites. The importer checks them on every run, so a fact
 * whose wording disappears from the page stops the import instead of lingering in the seeds.
 */

export type CredentialRole = 'REQUIRED' | 'REQUIRED_IN_SOME_STATES' | 'PREFERRED' | 'OPTIONAL';
export type CredentialKind = 'LICENSE' | 'CERTIFICATION' | 'LICENSING_EXAM' | 'REGISTRATION';

/** Issuing bodies by acronym (as certifications.tsv and the pages write them). */
export const ORGANIZATIONS: Readonly<Record<string, { id: string; name: string }>> = {
  AAMA: { id: 'aama', name: 'American Association of Medical Assistants' },
  AAPC: { id: 'aapc', name: 'AAPC (American Academy of Professional Coders)' },
  AHIMA: { id: 'ahima', name: 'American Health Information Management Association' },
  AMT: { id: 'amt', name: 'American Medical Technologists' },
  ARDMS: { id: 'ardms', name: 'American Registry for Diagnostic Medical Sonography' },
  ARRT: { id: 'arrt', name: 'American Registry of Radiologic Technologists' },
  ASCP: { id: 'ascp', name: 'American Society for Clinical Pathology' },
  NBSTSA: { id: 'nbstsa', name: 'National Board of Surgical Technology and Surgical Assisting' },
  NCCT: { id: 'ncct', name: 'National Center for Competency Testing' },
  NCRA: { id: 'ncra', name: 'National Cancer Registrars Association' },
  NCSBN: { id: 'ncsbn', name: 'National Council of State Boards of Nursing' },
  NHA: { id: 'nha', name: 'National Healthcareer Association' },
  NMTCB: { id: 'nmtcb', name: 'Nuclear Medicine Technology Certification Board' },
  NREMT: { id: 'nremt', name: 'National Registry of Emergency Medical Technicians' },
  PTCB: { id: 'ptcb', name: 'Pharmacy Technician Certification Board' },
};

/** certifications.tsv writes some issuers by full name; this maps them to the acronym above. */
export const ISSUER_ALIASES: Readonly<Record<string, string>> = {
  'National Registry of Emergency Medical Technicians': 'NREMT',
};

/**
 * Secondary sources named in certifications.tsv. The tsv gives only URLs; titles and publishers
 * are descriptive labels for those pages.
 */
export const SECONDARY_SOURCES: Readonly<
  Record<string, { title: string; publisher: string; kind: 'WEB_PAGE' | 'CERTIFICATION_LIST' }>
> = {
  'https://medicalbillingcodingworld.com/?p=1855': {
    title: 'Medical billing and coding certifications (RHIT, RHIA, CCA, CCS)',
    publisher: 'Medical Billing Coding World',
    kind: 'CERTIFICATION_LIST',
  },
  'https://www.cool.army.mil/search/CERT_CPC567.htm': {
    title: 'Certified Professional Coder (CPC)',
    publisher: 'U.S. Army Credentialing Opportunities On-Line (COOL)',
    kind: 'WEB_PAGE',
  },
  'https://seer.cancer.gov/registrars/howto.html': {
    title: 'How to become a cancer registrar',
    publisher: 'National Cancer Institute, SEER Program',
    kind: 'WEB_PAGE',
  },
  'https://www.ardms.org/discover-ardms/examinations-and-credentials/': {
    title: 'ARDMS examinations and credentials',
    publisher: 'American Registry for Diagnostic Medical Sonography',
    kind: 'CERTIFICATION_LIST',
  },
  'https://en.wikipedia.org/wiki/National_Registry_of_Emergency_Medical_Technicians': {
    title: 'National Registry of Emergency Medical Technicians',
    publisher: 'Wikipedia',
    kind: 'WEB_PAGE',
  },
  'https://nursing-science.com/knowledgebase/what-are-the-licensure-requirements': {
    title: 'What are the licensure requirements (NCLEX-RN, NCLEX-PN)',
    publisher: 'nursing-science.com',
    kind: 'WEB_PAGE',
  },
  'https://www.medicalassistantdegrees.net/careers/certification-information/': {
    title: 'Medical assistant certification information',
    publisher: 'MedicalAssistantDegrees.net',
    kind: 'CERTIFICATION_LIST',
  },
  'https://www.elearners.com/online-degrees/health-medicine/medical-assisting/medical-assistant-certification/':
    {
      title: 'Medical assistant certification',
      publisher: 'eLearners.com',
      kind: 'CERTIFICATION_LIST',
    },
  'https://www.arrt.org/pages/resources/state-licensing': {
    title: 'State licensing',
    publisher: 'American Registry of Radiologic Technologists',
    kind: 'WEB_PAGE',
  },
  'https://www.prnewswire.com/news-releases/record-number-of-pharmacy-technicians-seek-certification-through-ptcb-114577894.html':
    {
      title: 'Record number of pharmacy technicians seek certification through PTCB',
      publisher: 'PR Newswire',
      kind: 'WEB_PAGE',
    },
  'https://www.rphonthego.com/blog/california-now-recognizes-the-nha-pharmacy-technician-exam/': {
    title: 'California now recognizes the NHA pharmacy technician exam',
    publisher: 'RPh on the Go',
    kind: 'WEB_PAGE',
  },
  'https://nationalphlebotomycertification.com/': {
    title: 'National phlebotomy certification',
    publisher: 'nationalphlebotomycertification.com',
    kind: 'CERTIFICATION_LIST',
  },
  'http://nbstsa.org/cst-certification': {
    title: 'CST certification',
    publisher: 'National Board of Surgical Technology and Surgical Assisting',
    kind: 'WEB_PAGE',
  },
  'https://www.nbstsa.org/history': {
    title: 'NBSTSA history',
    publisher: 'National Board of Surgical Technology and Surgical Assisting',
    kind: 'WEB_PAGE',
  },
};

/**
 * certifications.tsv links a credential to an OOH page; where that page is split into several
 * careers, this says which career (by tsv acronym) the credential belongs to.
 */
export const TSV_CAREER_BY_ACRONYM: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'emts-and-paramedics': {
    NREMT: 'emergency-medical-technicians',
    NRAEMT: 'emergency-medical-technicians',
    NRP: 'paramedics',
  },
  'radiologic-technologists': { 'ARRT(R)': 'radiologic-technologists-and-technicians' },
  'surgical-technologists': { CST: 'surgical-technologists', CSFA: 'surgical-assistants' },
};

interface RoleReading {
  role: CredentialRole;
  note: string | null;
  /** Words of the career's OOH page that support the role. */
  evidence: string;
}

/**
 * How firmly each career's OOH page asks for the certifications that certifications.tsv lists for
 * it (the tsv names the credential; the page says whether employers or states want one). Keyed by
 * career slug, then credential id. Medical records specialists are not here: their roles come from
 * the career review (see career-review.ts).
 */
export const TSV_CREDENTIAL_ROLES: Readonly<Record<string, Readonly<Record<string, RoleReading>>>> =
  {
    'health-information-technologists-and-medical-registrars': {
      rhia: {
        role: 'PREFERRED',
        note: 'Employers may prefer certified workers or expect certification after hiring.',
        evidence: 'employers may prefer to hire health information technologists',
      },
      ods: {
        role: 'PREFERRED',
        note: 'The registrar credential; employers may prefer certified workers.',
        evidence: 'employers may prefer to hire health information technologists',
      },
    },
    'cardiovascular-technologists-and-technicians': {
      rdcs: {
        role: 'PREFERRED',
        note: 'Employers may require or prefer certification.',
        evidence:
          'employers may require or prefer that these workers earn professional certification',
      },
      rvt: {
        role: 'PREFERRED',
        note: 'Employers may require or prefer certification.',
        evidence:
          'employers may require or prefer that these workers earn professional certification',
      },
    },
    'diagnostic-medical-sonographers': {
      rdms: {
        role: 'PREFERRED',
        note: 'Employers may require or prefer certification.',
        evidence:
          'employers may require or prefer that these workers earn professional certification',
      },
    },
    'emergency-medical-technicians': {
      nremt: {
        role: 'REQUIRED_IN_SOME_STATES',
        note: 'Most states require certification for the state licence; others use a state exam.',
        evidence: 'most states require candidates to be certified',
      },
      nraemt: {
        role: 'REQUIRED_IN_SOME_STATES',
        note: 'Advanced EMT level; most states require certification for the state licence.',
        evidence: 'most states require candidates to be certified',
      },
    },
    paramedics: {
      nrp: {
        role: 'REQUIRED_IN_SOME_STATES',
        note: 'Most states require certification for the state licence; others use a state exam.',
        evidence: 'most states require candidates to be certified',
      },
    },
    'licensed-practical-and-licensed-vocational-nurses': {
      'nclex-pn': {
        role: 'REQUIRED',
        note: 'The licensing exam: passing it is part of every state LPN/LVN licence.',
        evidence: 'must pass an exam to become licensed',
      },
    },
    'registered-nurses': {
      'nclex-rn': {
        role: 'REQUIRED',
        note: 'The qualifying exam for the state RN licence.',
        evidence: 'graduate from an approved nursing program and pass a qualifying exam',
      },
    },
    'medical-assistants': {
      cma: {
        role: 'PREFERRED',
        note: 'Most states do not require it, but employers may prefer or require certification.',
        evidence: 'employers may prefer or require that medical assistants be certified',
      },
      rma: {
        role: 'PREFERRED',
        note: 'Most states do not require it, but employers may prefer or require certification.',
        evidence: 'employers may prefer or require that medical assistants be certified',
      },
      ccma: {
        role: 'PREFERRED',
        note: 'Most states do not require it, but employers may prefer or require certification.',
        evidence: 'employers may prefer or require that medical assistants be certified',
      },
    },
    'nuclear-medicine-technologists': {
      'arrt-n': {
        role: 'PREFERRED',
        note: 'Most technologists become certified; some employers require it.',
        evidence: 'some employers require certification, regardless of state regulations',
      },
    },
    'radiation-therapists': {
      'arrt-t': {
        role: 'REQUIRED_IN_SOME_STATES',
        note: 'Most states require a licence or certification.',
        evidence: 'in most states, radiation therapists must be licensed or certified',
      },
    },
    'radiologic-technologists-and-technicians': {
      'arrt-r': {
        role: 'REQUIRED_IN_SOME_STATES',
        note: 'Most states require a licence or certification; employers often want it anyway.',
        evidence: 'most states require radiologic technologists to be licensed or certified',
      },
    },
    'pharmacy-technicians': {
      cpht: {
        role: 'REQUIRED_IN_SOME_STATES',
        note: 'Some states and employers require certification.',
        evidence: 'some states and employers require pharmacy technicians to be certified',
      },
      excpt: {
        role: 'REQUIRED_IN_SOME_STATES',
        note: 'Some states and employers require certification.',
        evidence: 'some states and employers require pharmacy technicians to be certified',
      },
    },
    phlebotomists: {
      pbt: {
        role: 'PREFERRED',
        note: 'Some employers prefer certified phlebotomists.',
        evidence:
          'some employers prefer to hire phlebotomists who have earned professional certification',
      },
      cpt: {
        role: 'PREFERRED',
        note: 'Some employers prefer certified phlebotomists.',
        evidence:
          'some employers prefer to hire phlebotomists who have earned professional certification',
      },
      rpt: {
        role: 'PREFERRED',
        note: 'Some employers prefer certified phlebotomists.',
        evidence:
          'some employers prefer to hire phlebotomists who have earned professional certification',
      },
      ncpt: {
        role: 'PREFERRED',
        note: 'Some employers prefer certified phlebotomists.',
        evidence:
          'some employers prefer to hire phlebotomists who have earned professional certification',
      },
    },
    'surgical-technologists': {
      cst: {
        role: 'PREFERRED',
        note: 'Certification helps in finding a job and some employers require it.',
        evidence:
          'certification may be beneficial for finding a job, and some employers may require it',
      },
    },
    'surgical-assistants': {
      csfa: {
        role: 'PREFERRED',
        note: 'Certification helps in finding a job and some employers require it.',
        evidence:
          'certification may be beneficial for finding a job, and some employers may require it',
      },
    },
  };

export interface NamedCredential {
  id: string;
  name: string;
  acronym: string | null;
  kind: CredentialKind;
  issuer: string | null;
  note: string | null;
  careers: readonly { slug: string; role: CredentialRole; note: string | null; evidence: string }[];
}

/**
 * Credentials the OOH pages name themselves. Where the page does not name the issuing body the
 * issuer stays null: the seeds only state what a cited source states.
 */
export const PAGE_CREDENTIALS: readonly NamedCredential[] = [
  {
    id: 'rdn',
    name: 'Registered Dietitian Nutritionist',
    acronym: 'RDN',
    kind: 'CERTIFICATION',
    issuer: null,
    note: 'Also styled Registered Dietitian (RD). The OOH page does not name the issuer.',
    careers: [
      {
        slug: 'dietitians-and-nutritionists',
        role: 'PREFERRED',
        note: 'Employers may prefer it; it is not always required.',
        evidence: 'registered dietitian nutritionist (rdn)',
      },
    ],
  },
  {
    id: 'cns',
    name: 'Certified Nutrition Specialist',
    acronym: 'CNS',
    kind: 'CERTIFICATION',
    issuer: null,
    note: 'Many states accept it for licensure. The OOH page does not name the issuer.',
    careers: [
      {
        slug: 'dietitians-and-nutritionists',
        role: 'PREFERRED',
        note: 'Employers may prefer it; it is not always required.',
        evidence: 'certified nutrition specialist (cns)',
      },
    ],
  },
  {
    id: 'cmd',
    name: 'Certified Medical Dosimetrist',
    acronym: 'CMD',
    kind: 'CERTIFICATION',
    issuer: null,
    note: "Requires a bachelor's degree, an accredited dosimetry program and an exam. The OOH page does not name the issuer.",
    careers: [
      {
        slug: 'medical-dosimetrists',
        role: 'PREFERRED',
        note: 'Employers usually prefer dosimetrists who hold it.',
        evidence:
          'employers usually prefer to hire medical dosimetrists who have earned the certified medical dosimetrist (cmd) credential',
      },
    ],
  },
  {
    id: 'cna',
    name: 'Certified Nursing Assistant',
    acronym: 'CNA',
    kind: 'CERTIFICATION',
    issuer: null,
    note: 'State title after the competency exam; the state keeps the registry and titles vary by state.',
    careers: [
      {
        slug: 'nursing-assistants',
        role: 'REQUIRED_IN_SOME_STATES',
        note: 'Passing the competency exam puts a nursing assistant on the state registry, needed to work in a nursing home.',
        evidence:
          'in some states, a nursing assistant is called a certified nursing assistant (cna)',
      },
    ],
  },
  {
    id: 'certified-medication-assistant',
    name: 'Certified Medication Assistant',
    acronym: 'CMA',
    kind: 'CERTIFICATION',
    issuer: null,
    note: 'Offered in some states; lets nursing assistants give medications.',
    careers: [
      {
        slug: 'nursing-assistants',
        role: 'OPTIONAL',
        note: null,
        evidence:
          'nursing assistants may earn additional credentials, such as certified medication assistant (cma)',
      },
    ],
  },
  {
    id: 'otr',
    name: 'Occupational Therapist Registered',
    acronym: 'OTR',
    kind: 'CERTIFICATION',
    issuer: null,
    note: 'Title earned by passing the qualifying exam. The OOH page does not name the issuer.',
    careers: [
      {
        slug: 'occupational-therapists',
        role: 'REQUIRED',
        note: 'Passing the exam behind the title is part of every state licence.',
        evidence:
          'therapists must pass the qualifying exam to use the title "occupational therapist registered" (otr)',
      },
    ],
  },
  {
    id: 'cota',
    name: 'Certified Occupational Therapy Assistant',
    acronym: 'COTA',
    kind: 'CERTIFICATION',
    issuer: null,
    note: 'Title earned by passing the exam that licensure requires. The OOH page does not name the issuer.',
    careers: [
      {
        slug: 'occupational-therapy-assistants',
        role: 'REQUIRED_IN_SOME_STATES',
        note: 'Where assistants are licensed, the licence requires the exam behind this title.',
        evidence:
          'occupational therapy assistants must pass the exam to use the title "certified occupational therapy assistant" (cota)',
      },
    ],
  },
  {
    id: 'pa-c',
    name: 'Physician Assistant-Certified',
    acronym: 'PA-C',
    kind: 'CERTIFICATION',
    issuer: null,
    note: 'Earned by passing the licensing exam; kept by continuing education and recertification. The OOH page does not name the issuer.',
    careers: [
      {
        slug: 'physician-assistants',
        role: 'REQUIRED',
        note: 'The licensing exam gives the PA-C credential.',
        evidence: 'may use the credential "physician assistant-certified (pa-c)."',
      },
    ],
  },
  {
    id: 'crt',
    name: 'Certified Respiratory Therapist',
    acronym: 'CRT',
    kind: 'CERTIFICATION',
    issuer: null,
    note: 'The entry-level respiratory therapy certification. The OOH page does not name the issuer.',
    careers: [
      {
        slug: 'respiratory-therapists',
        role: 'REQUIRED_IN_SOME_STATES',
        note: 'Licensure usually includes a state or professional certification exam; candidates typically take the CRT exam.',
        evidence: 'candidates typically sit for the crt exam',
      },
    ],
  },
  {
    id: 'rrt',
    name: 'Registered Respiratory Therapist',
    acronym: 'RRT',
    kind: 'CERTIFICATION',
    issuer: null,
    note: 'The advanced level, taken after the CRT. The OOH page does not name the issuer.',
    careers: [
      {
        slug: 'respiratory-therapists',
        role: 'PREFERRED',
        note: 'Some employers require it at hiring or within a set time.',
        evidence: 'some employers require that candidates earn rrt certification',
      },
    ],
  },
  {
    id: 'nmtcb-pet',
    name: 'Positron Emission Tomography (PET) specialty certification',
    acronym: 'PET',
    kind: 'CERTIFICATION',
    issuer: 'NMTCB',
    note: null,
    careers: [
      {
        slug: 'nuclear-medicine-technologists',
        role: 'OPTIONAL',
        note: 'A specialty certification beyond the general one.',
        evidence:
          'pass an exam offered by the nmtcb to earn certification in positron emission tomography (pet)',
      },
    ],
  },
  {
    id: 'nmtcb-nct',
    name: 'Nuclear Cardiology Technology (NCT) specialty certification',
    acronym: 'NCT',
    kind: 'CERTIFICATION',
    issuer: 'NMTCB',
    note: null,
    careers: [
      {
        slug: 'nuclear-medicine-technologists',
        role: 'OPTIONAL',
        note: 'A specialty certification beyond the general one.',
        evidence: 'nuclear cardiology (nct)',
      },
    ],
  },
  {
    id: 'nmtcb-ct',
    name: 'Computed Tomography (CT) specialty certification',
    acronym: 'CT',
    kind: 'CERTIFICATION',
    issuer: 'NMTCB',
    note: null,
    careers: [
      {
        slug: 'nuclear-medicine-technologists',
        role: 'OPTIONAL',
        note: 'A specialty certification beyond the general one.',
        evidence: 'or computed tomography (ct)',
      },
    ],
  },
];

/**
 * Life-support certifications many pages mention ("may need CPR or BLS certification"). They are
 * found by pattern in the licensing and education text; several organisations teach them, so no
 * issuer is recorded.
 */
export const LIFE_SUPPORT_CREDENTIALS: readonly {
  id: string;
  name: string;
  acronym: string;
  pattern: RegExp;
}[] = [
  {
    id: 'acls',
    name: 'Advanced Cardiovascular Life Support',
    acronym: 'ACLS',
    pattern: /\badvanced cardi(ac|ovascular) life support\b|\bacls\b/,
  },
  {
    id: 'bls',
    name: 'Basic Life Support',
    acronym: 'BLS',
    pattern: /\bbasic life support\b|\(bls\)/,
  },
  {
    id: 'cpr',
    name: 'Cardiopulmonary Resuscitation',
    acronym: 'CPR',
    pattern: /\bcardiopulmonary resuscitation\b|\bcpr\b/,
  },
];

/**
 * The state licence as a credential, for every career whose licensure comes out REQUIRED. The
 * importer stops if a REQUIRED career has no entry, or an entry's career is not REQUIRED.
 */
export const STATE_LICENSES: readonly {
  id: string;
  name: string;
  careers: readonly string[];
  /** Careers that need this licence on top of their own, with the page's words saying so. */
  alsoRequiredBy?: { careers: readonly string[]; note: string; evidence: string };
}[] = [
  {
    id: 'aprn-license',
    name: 'Advanced practice registered nurse (APRN) license',
    careers: ['nurse-anesthetists', 'nurse-midwives', 'nurse-practitioners'],
  },
  {
    id: 'athletic-trainer-license',
    name: 'Athletic trainer license',
    careers: ['athletic-trainers'],
  },
  { id: 'audiologist-license', name: 'Audiologist license', careers: ['audiologists'] },
  { id: 'chiropractor-license', name: 'Chiropractor license', careers: ['chiropractors'] },
  {
    id: 'dental-hygienist-license',
    name: 'Dental hygienist license',
    careers: ['dental-hygienists'],
  },
  { id: 'dentist-license', name: 'Dentist license', careers: ['dentists'] },
  {
    id: 'emt-license',
    name: 'Emergency medical technician (EMT) license',
    careers: ['emergency-medical-technicians'],
  },
  {
    id: 'lpn-lvn-license',
    name: 'Licensed practical or vocational nurse (LPN/LVN) license',
    careers: ['licensed-practical-and-licensed-vocational-nurses'],
  },
  {
    id: 'medical-license',
    name: 'Physician and surgeon medical license',
    careers: ['physicians-and-surgeons'],
  },
  {
    id: 'occupational-therapist-license',
    name: 'Occupational therapist license',
    careers: ['occupational-therapists'],
  },
  { id: 'optometrist-license', name: 'Optometrist license', careers: ['optometrists'] },
  { id: 'paramedic-license', name: 'Paramedic license', careers: ['paramedics'] },
  { id: 'pharmacist-license', name: 'Pharmacist license', careers: ['pharmacists'] },
  {
    id: 'physical-therapist-assistant-license',
    name: 'Physical therapist assistant license',
    careers: ['physical-therapist-assistants'],
  },
  {
    id: 'physical-therapist-license',
    name: 'Physical therapist license',
    careers: ['physical-therapists'],
  },
  {
    id: 'physician-assistant-license',
    name: 'Physician assistant license',
    careers: ['physician-assistants'],
  },
  { id: 'podiatrist-license', name: 'Podiatrist license', careers: ['podiatrists'] },
  {
    id: 'registered-nurse-license',
    name: 'Registered nurse (RN) license',
    careers: ['registered-nurses'],
    alsoRequiredBy: {
      careers: ['nurse-anesthetists', 'nurse-midwives', 'nurse-practitioners'],
      note: 'APRNs must also be licensed registered nurses in their state.',
      evidence: 'aprns also must be licensed registered nurses in their state',
    },
  },
  {
    id: 'respiratory-therapist-license',
    name: 'Respiratory therapist license',
    careers: ['respiratory-therapists'],
  },
  {
    id: 'speech-language-pathologist-license',
    name: 'Speech-language pathologist license',
    careers: ['speech-language-pathologists'],
  },
  { id: 'veterinarian-license', name: 'Veterinarian license', careers: ['veterinarians'] },
];

/**
 * Entry education of sub-occupations on pages whose quick facts say "See How to Become One"
 * (the page states it per sub-occupation in its Education section).
 */
export const SUB_OCCUPATION_EDUCATION: Readonly<
  Record<string, { code: EducationCode; evidence: string }>
> = {
  'nursing-assistants': {
    code: 'POSTSECONDARY_NONDEGREE_AWARD',
    evidence: 'nursing assistants often need to complete a state-approved education program',
  },
  orderlies: {
    code: 'HIGH_SCHOOL_DIPLOMA',
    evidence: 'orderlies typically have at least a high school diploma or equivalent',
  },
  'occupational-health-and-safety-specialists': {
    code: 'BACHELORS_DEGREE',
    evidence: "occupational health and safety specialists typically need a bachelor's degree",
  },
  'occupational-health-and-safety-technicians': {
    code: 'HIGH_SCHOOL_DIPLOMA',
    evidence:
      'occupational health and safety technicians typically need at least a high school diploma',
  },
  'occupational-therapy-assistants': {
    code: 'ASSOCIATES_DEGREE',
    evidence: "occupational therapy assistants typically need an associate's degree",
  },
  'occupational-therapy-aides': {
    code: 'HIGH_SCHOOL_DIPLOMA',
    evidence: 'occupational therapy aides typically need a high school diploma or equivalent',
  },
  'physical-therapist-assistants': {
    code: 'ASSOCIATES_DEGREE',
    evidence: "all states require physical therapist assistants to have an associate's degree",
  },
  'physical-therapist-aides': {
    code: 'HIGH_SCHOOL_DIPLOMA',
    evidence: 'physical therapist aides typically need a high school diploma or equivalent',
  },
  'psychiatric-technicians': {
    code: 'POSTSECONDARY_NONDEGREE_AWARD',
    evidence: 'psychiatric technicians typically need a postsecondary certificate',
  },
  'psychiatric-aides': {
    code: 'HIGH_SCHOOL_DIPLOMA',
    evidence: 'psychiatric aides typically need a high school diploma or equivalent',
  },
};

/**
 * Words that pick out a sub-occupation in a sentence, where the head noun of its title is not
 * enough ("EMTs"; radiologic vs MRI technologists share "technologists").
 */
export const SUB_OCCUPATION_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  'emergency-medical-technicians': ['emt', 'emergency medical technician'],
  'radiologic-technologists-and-technicians': ['radiologic'],
  'magnetic-resonance-imaging-technologists': ['mri', 'magnetic resonance'],
};

export interface Advancement {
  from: string;
  to: string;
  /** File name (without .html) of the page that states the step. */
  page: string;
  evidence: string;
  credentialIds: readonly string[];
  educationCode: EducationCode | null;
  note: string | null;
}

/** Career steps the pages state, with what the step needs when the page says so. */
export const ADVANCEMENTS: readonly Advancement[] = [
  {
    from: 'medical-records-specialists',
    to: 'health-information-technologists-and-medical-registrars',
    page: 'medical-records-and-health-information-technicians',
    evidence: 'may advance to become health information technologists or medical registrars',
    credentialIds: [],
    educationCode: null,
    note: 'After a higher certification program or a degree in health information technology.',
  },
  {
    from: 'medical-records-specialists',
    to: 'medical-and-health-services-managers',
    page: 'medical-records-and-health-information-technicians',
    evidence:
      'or medical or health services managers after completing a higher certification program',
    credentialIds: [],
    educationCode: null,
    note: 'After a higher certification program or a degree in health information technology.',
  },
  {
    from: 'health-information-technologists-and-medical-registrars',
    to: 'medical-and-health-services-managers',
    page: 'health-information-technologists-and-medical-registrars',
    evidence: 'sometimes advance to become medical and health services managers',
    credentialIds: ['rhia'],
    educationCode: 'BACHELORS_DEGREE',
    note: "Employers may ask for a higher-level certification (such as AHIMA's bachelor-level RHIA) or a bachelor's or master's degree in health information management.",
  },
  {
    from: 'emergency-medical-technicians',
    to: 'paramedics',
    page: 'emts-and-paramedics',
    evidence:
      'paramedics typically need work experience as an emt prior to entering a paramedic education program',
    credentialIds: [],
    educationCode: null,
    note: 'Through a paramedic education program, which expects EMT experience.',
  },
  {
    from: 'paramedics',
    to: 'registered-nurses',
    page: 'emts-and-paramedics',
    evidence:
      'paramedic-to-rn programs offer an accelerated pathway to becoming a registered nurse',
    credentialIds: [],
    educationCode: null,
    note: 'Through a paramedic-to-RN bridge program.',
  },
  {
    from: 'licensed-practical-and-licensed-vocational-nurses',
    to: 'registered-nurses',
    page: 'licensed-practical-and-licensed-vocational-nurses',
    evidence: 'an lpn may complete an lpn-to-rn education program to become a registered nurse',
    credentialIds: [],
    educationCode: null,
    note: 'Through an LPN-to-RN education program.',
  },
  ...(['nurse-anesthetists', 'nurse-midwives', 'nurse-practitioners'] as const).map(
    (to): Advancement => ({
      from: 'registered-nurses',
      to,
      page: 'registered-nurses',
      evidence: 'some rns may become nurse anesthetists, nurse midwives, or nurse practitioners',
      credentialIds: [],
      educationCode: 'MASTERS_DEGREE',
      note: "Advanced practice roles need a master's degree; many hold a doctorate.",
    }),
  ),
  {
    from: 'registered-nurses',
    to: 'medical-and-health-services-managers',
    page: 'medical-and-health-services-managers',
    evidence:
      'nursing home administrators may have years of experience working as a registered nurse',
    credentialIds: [],
    educationCode: null,
    note: 'Clinical experience as an RN is one route into management, e.g. nursing home administration.',
  },
  {
    from: 'occupational-therapy-aides',
    to: 'occupational-therapy-assistants',
    page: 'occupational-therapy-assistants-and-aides',
    evidence:
      'with additional education and licensure, occupational therapy aides may advance to become occupational therapy assistants',
    credentialIds: [],
    educationCode: null,
    note: 'With additional education and licensure.',
  },
  {
    from: 'occupational-therapy-aides',
    to: 'occupational-therapists',
    page: 'occupational-therapy-assistants-and-aides',
    evidence:
      'occupational therapy aides may advance to become occupational therapy assistants or occupational therapists',
    credentialIds: ['occupational-therapist-license'],
    educationCode: null,
    note: 'With additional education and licensure.',
  },
  {
    from: 'occupational-therapy-assistants',
    to: 'occupational-therapists',
    page: 'occupational-therapy-assistants-and-aides',
    evidence:
      'occupational therapy assistants may advance by gaining additional education and becoming occupational therapists',
    credentialIds: [],
    educationCode: null,
    note: 'With additional education.',
  },
  {
    from: 'radiation-therapists',
    to: 'medical-dosimetrists',
    page: 'radiation-therapists',
    evidence:
      'with additional education and certification, therapists may become medical dosimetrists',
    credentialIds: ['cmd'],
    educationCode: null,
    note: 'With additional education and certification; dosimetry employers usually prefer the CMD credential.',
  },
  {
    from: 'radiologic-technologists-and-technicians',
    to: 'magnetic-resonance-imaging-technologists',
    page: 'radiologic-technologists',
    evidence: 'most often from working as a radiologic technologist',
    credentialIds: [],
    educationCode: null,
    note: 'MRI technologists usually bring some years of experience as radiologic technologists.',
  },
  {
    from: 'surgical-technologists',
    to: 'surgical-assistants',
    page: 'surgical-technologists',
    evidence:
      'others may work as surgical technologists and receive additional on-the-job training to become first assistants',
    credentialIds: [],
    educationCode: null,
    note: 'With additional on-the-job training as a first assistant.',
  },
  ...(['surgical-assistants', 'surgical-technologists'] as const).map((from): Advancement => ({
    from,
    to: 'registered-nurses',
    page: 'surgical-technologists',
    evidence: 'may choose to advance to other healthcare occupations, such as registered nurse',
    credentialIds: ['registered-nurse-license'],
    educationCode: null,
    note: 'Usually needs more education and training and a nursing licence.',
  })),
];
