import { kebab, plainPunctuation } from './text';

/**
 * Normalises the OOH's "Important qualities" labels so that one quality is one Trait across all
 * careers: pages write "Detail oriented" and "Detail-oriented", "Communication skills" and
 * "Communication", "Critical thinking" and "Critical-thinking skills".
 */

export interface TraitName {
  id: string;
  name: string;
}

/** Different wording, same quality. Keys and values are in the cleaned form (see `clean`). */
const SAME_QUALITY: Record<string, string> = {
  communication: 'communication skills',
  compassionate: 'compassion',
  'critical thinking': 'critical thinking skills',
  'manual dexterity': 'dexterity',
  'ability to use technology': 'technology skills',
  // "Emotional skills" (psychiatric aides) and "Emotional stability" describe the same demand:
  // staying steady with distressed patients.
  'emotional skills': 'emotional stability',
};

/** Labels that name two qualities at once. */
const SEVERAL_QUALITIES: Record<string, string[]> = {
  'physical strength and dexterity': ['physical strength', 'dexterity'],
};

/** Display names where the compound needs its hyphen back. */
const DISPLAY: Record<string, string> = {
  'critical thinking skills': 'Critical-thinking skills',
  'customer service skills': 'Customer-service skills',
  'decision making skills': 'Decision-making skills',
  'detail oriented': 'Detail oriented',
  'hand eye coordination': 'Hand-eye coordination',
  'problem solving skills': 'Problem-solving skills',
  'stress management skills': 'Stress-management skills',
  'time management skills': 'Time-management skills',
};

function clean(label: string): string {
  return plainPunctuation(label)
    .toLowerCase()
    .replace(/[.:;]+\s*$/, '')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function toTrait(canonical: string): TraitName {
  const name = DISPLAY[canonical] ?? canonical.charAt(0).toUpperCase() + canonical.slice(1);
  return { id: kebab(canonical), name };
}

/** One label ("Detail-oriented.") → the trait(s) it names. */
export function normaliseQuality(label: string): TraitName[] {
  const cleaned = clean(label);
  const parts = SEVERAL_QUALITIES[cleaned] ?? [cleaned];
  return parts.map((part) => toTrait(SAME_QUALITY[part] ?? part));
}
