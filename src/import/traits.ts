import type { TraitSeed } from '../seed/seed.schema';
import { kebab, plainPunctuation } from './text';

/**
 * Normalises the OOH's "Important qualities" labels so that one quality is one Trait across all
 * careers: pages write "Detail oriented" and "Detail-oriented", "Communication skills" and
 * "Communication", "Critical thinking" and "Critical-thinking skills". Only the spelling is
 * normalised, never the words.
 */

export interface TraitName {
  id: string;
  name: string;
}

/**
 * Two spellings of the same words: the page's name stays, only the form is made one. Different
 * words are different traits even when they sound alike ("Emotional skills" is not "Emotional
 * stability", "Manual dexterity" is not "Dexterity"): a trait is named as its pages name it.
 * Keys and values are in the cleaned form (see `clean`).
 */
const SAME_QUALITY: Record<string, string> = {
  communication: 'communication skills',
  'critical thinking': 'critical thinking skills',
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

/** The traits found so far, by id; one id with two names or kinds is a problem. */
export class TraitCatalogue {
  readonly traits = new Map<string, TraitSeed>();

  constructor(private readonly problems: string[]) {}

  add(trait: TraitSeed, where: string): void {
    const known = this.traits.get(trait.id);
    if (known && (known.kind !== trait.kind || known.name !== trait.name)) {
      this.problems.push(
        `${where}: trait ${trait.id} is both ${known.kind} "${known.name}" and ${trait.kind} "${trait.name}"`,
      );
    }
    this.traits.set(trait.id, known ?? trait);
  }
}
