/**
 * The canonical work settings and the OOH "largest employers" categories that belong to each.
 *
 * The OOH names industries at whatever detail suits each page ("Hospitals; state, local, and
 * private", "General medical and surgical hospitals; private", "Psychiatric and substance abuse
 * hospitals; state"). Users ask "who works in hospitals?", so categories are folded into a short
 * list of settings; the OOH's own wording stays on every WORKS_IN edge. An unmapped category stops
 * the import: a new page must be looked at, not silently dropped.
 */

export interface CanonicalSetting {
  id: string;
  name: string;
  description: string;
  oohCategories: readonly string[];
}

export const CANONICAL_SETTINGS: readonly CanonicalSetting[] = [
  {
    id: 'hospitals',
    name: 'Hospitals',
    description: 'General, specialty and psychiatric hospitals, whether public or private.',
    oohCategories: [
      'Hospitals; state, local, and private',
      'General medical and surgical hospitals; private',
      'General medical and surgical hospitals; local',
      'Psychiatric and substance abuse hospitals; private',
      'Psychiatric and substance abuse hospitals; state',
    ],
  },
  {
    id: 'physicians-offices-and-private-practices',
    name: "Physicians' offices and private practices",
    description: 'Offices and group practices of physicians (MDs and DOs).',
    oohCategories: ['Offices of physicians'],
  },
  {
    id: 'dentists-offices',
    name: "Dentists' offices",
    description: 'Offices and practices of dentists and dental specialists.',
    oohCategories: ['Offices of dentists'],
  },
  {
    id: 'other-healthcare-practitioners-offices',
    name: "Other healthcare practitioners' offices",
    description:
      'Offices of therapists, audiologists, chiropractors, optometrists, mental health and other practitioners.',
    oohCategories: [
      'Offices of physical, occupational and speech therapists, and audiologists',
      'Offices of chiropractors',
      'Offices of optometrists',
      'Offices of mental health practitioners (except physicians)',
      'Offices of other health practitioners',
      'Offices of all other health practitioners',
    ],
  },
  {
    id: 'nursing-and-residential-care-facilities',
    name: 'Nursing and residential care facilities',
    description:
      'Skilled nursing homes, assisted living and residential facilities for people who need ongoing care.',
    oohCategories: [
      'Nursing and residential care facilities',
      'Nursing care facilities (skilled nursing facilities)',
      'Continuing care retirement communities and assisted living facilities for the elderly',
      'Residential intellectual and developmental disability facilities',
      'Residential mental health and substance abuse facilities',
    ],
  },
  {
    id: 'outpatient-care-centers',
    name: 'Outpatient care centers',
    description: 'Clinics and centers that treat patients without an overnight stay.',
    oohCategories: [
      'Outpatient care centers',
      'Outpatient mental health and substance abuse centers',
    ],
  },
  {
    id: 'ambulatory-healthcare-services',
    name: 'Ambulatory healthcare services',
    description: 'Ambulatory care as a whole, and other ambulatory services such as blood banks.',
    oohCategories: [
      'Ambulatory healthcare services',
      'Other ambulatory healthcare services',
      'All other ambulatory healthcare services',
    ],
  },
  {
    id: 'ambulance-services',
    name: 'Ambulance services',
    description: 'Private and non-profit ambulance and emergency transport services.',
    oohCategories: ['Ambulance services'],
  },
  {
    id: 'home-health-care-services',
    name: 'Home health care services',
    description: "Agencies that provide medical care and therapy in patients' homes.",
    oohCategories: ['Home healthcare services'],
  },
  {
    id: 'medical-and-diagnostic-laboratories',
    name: 'Medical and diagnostic laboratories',
    description: 'Independent clinical laboratories and diagnostic imaging centers.',
    oohCategories: ['Medical and diagnostic laboratories'],
  },
  {
    id: 'pharmacies-and-drug-retailers',
    name: 'Pharmacies and drug retailers',
    description: 'Retail pharmacies and drug stores.',
    oohCategories: ['Pharmacies and drug retailers'],
  },
  {
    id: 'retail-stores',
    name: 'Retail stores',
    description:
      'General merchandise, grocery and health and personal care stores, such as in-store pharmacies and optical shops.',
    oohCategories: [
      'General merchandise retailers',
      'Grocery and specialty food retailers',
      'Health and personal care retailers',
    ],
  },
  {
    id: 'government',
    name: 'Government',
    description:
      'Federal, state and local government agencies, outside public schools and hospitals.',
    oohCategories: [
      'Government, excluding state and local education and hospitals',
      'Local government, excluding education and hospitals',
      'State government, excluding education and hospitals',
      'Federal government, excluding postal service',
    ],
  },
  {
    id: 'educational-services',
    name: 'Educational services',
    description: 'Schools, colleges and universities, public and private.',
    oohCategories: [
      'Educational services; state, local, and private',
      'Colleges, universities, and professional schools; private',
    ],
  },
  {
    id: 'self-employed',
    name: 'Self-employed',
    description: 'Workers who run their own practice or business.',
    oohCategories: ['Self-employed workers'],
  },
  {
    id: 'business-and-administrative-services',
    name: 'Business and administrative services',
    description:
      'Corporate head offices and administrative and support firms, such as billing and staffing services.',
    oohCategories: [
      'Management of companies and enterprises',
      'Administrative and support services',
    ],
  },
  {
    id: 'professional-scientific-and-technical-services',
    name: 'Professional, scientific and technical services',
    description: 'Consulting, research and development and other professional service firms.',
    oohCategories: [
      'Professional, scientific, and technical services',
      'Management, scientific, and technical consulting services',
      'Scientific research and development services',
    ],
  },
  {
    id: 'social-assistance',
    name: 'Social assistance and advocacy organizations',
    description:
      'Individual and family services, community services and advocacy groups such as animal welfare organizations.',
    oohCategories: [
      'Individual and family services',
      'Social assistance',
      'Social advocacy organizations',
    ],
  },
  {
    id: 'veterinary-services',
    name: 'Veterinary services',
    description: 'Animal hospitals and veterinary clinics.',
    oohCategories: ['Veterinary services'],
  },
  {
    id: 'personal-services',
    name: 'Personal services',
    description: 'Spas, salons and other personal services, including pet care.',
    oohCategories: ['Personal care services', 'Other personal services'],
  },
  {
    id: 'arts-entertainment-and-recreation',
    name: 'Arts, entertainment and recreation',
    description: 'Sports teams, fitness and recreation centers and entertainment venues.',
    oohCategories: ['Arts, entertainment, and recreation'],
  },
  {
    id: 'accommodation',
    name: 'Accommodation',
    description: 'Hotels and resorts.',
    oohCategories: ['Accommodation'],
  },
  {
    id: 'manufacturing',
    name: 'Manufacturing',
    description: 'Factories, including makers of medical equipment and supplies.',
    oohCategories: ['Manufacturing', 'Medical equipment and supplies manufacturing'],
  },
  {
    id: 'construction',
    name: 'Construction',
    description: 'Building and civil engineering contractors.',
    oohCategories: ['Construction'],
  },
  {
    id: 'wholesale-trade',
    name: 'Wholesale trade',
    description: 'Merchant wholesalers, such as suppliers of medical equipment.',
    oohCategories: ['Professional and commercial equipment and supplies merchant wholesalers'],
  },
];

const BY_CATEGORY = new Map<string, string>(
  CANONICAL_SETTINGS.flatMap((s) => s.oohCategories.map((c): [string, string] => [c, s.id])),
);

/** The setting id an OOH category belongs to, or undefined when it is not mapped. */
export function settingIdFor(oohCategory: string): string | undefined {
  return BY_CATEGORY.get(oohCategory);
}
