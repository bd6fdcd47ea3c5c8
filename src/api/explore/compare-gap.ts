import { CredentialKind, CredentialRole, LicensureRequirement } from '../../common/enums';
import type { CareerRecord } from '../graph-model/career.type';
import type { CareerCredential } from '../graph-model/credential.type';
import type { EducationLevel } from '../graph-model/education-level.type';
import type { Trait } from '../graph-model/trait.type';
import type { CareerGapRecord } from './compare-gap.type';

/** What compare() has read of one career, which is all a gap needs. */
export interface GapSide {
  career: CareerRecord;
  entryEducation: EducationLevel | null;
  credentials: readonly CareerCredential[];
  traits: readonly Trait[];
}

/**
 * Roles in which a career asks for a credential. OPTIONAL is left out: a credential that is only
 * available is not something the career asks of anyone.
 */
const ASKED: ReadonlySet<string> = new Set<string>([
  CredentialRole.REQUIRED,
  CredentialRole.REQUIRED_IN_SOME_STATES,
  CredentialRole.PREFERRED,
]);

/**
 * The license credentials a career requires everywhere: the licences it cannot be worked without.
 * Only REQUIRED counts, as for licensure: a licence some states ask is not one the career needs.
 */
function requiredLicences(side: GapSide): Set<string> {
  return new Set(
    side.credentials
      .filter(
        (cc) =>
          cc.role === CredentialRole.REQUIRED && cc.credential.kind === CredentialKind.LICENSE,
      )
      .map((cc) => cc.credential.id),
  );
}

/**
 * What `a` asks that `b` does not:
 * - education: a's typical entry level when its rank is above b's (null when not, or unknown);
 * - license: a needs a licence b does not: a's licensure is REQUIRED and b's is not, or a requires
 *   a license credential b does not require (a registered nurse's licence is not a practical
 *   nurse's, though both careers need one);
 * - credentials: those a requires (in all or some states) or prefers that b does not list in any
 *   role, in a's order (required first);
 * - traits: a's traits b does not have, in a's order.
 * Pure: a and b are what compare() already read.
 */
export function careerGap(a: GapSide, b: GapSide): CareerGapRecord {
  const aRank = a.entryEducation?.rank ?? null;
  const bRank = b.entryEducation?.rank ?? null;
  const education = aRank !== null && bRank !== null && aRank > bRank ? a.entryEducation : null;

  const bLicences = requiredLicences(b);
  const licensure =
    a.career.licensure === LicensureRequirement.REQUIRED &&
    b.career.licensure !== LicensureRequirement.REQUIRED;
  const license = licensure || [...requiredLicences(a)].some((id) => !bLicences.has(id));

  const bListed = new Set(b.credentials.map((cc) => cc.credential.id));
  const credentials = unique(
    a.credentials
      .filter((cc) => ASKED.has(cc.role) && !bListed.has(cc.credential.id))
      .map((cc) => cc.credential),
  );

  const bTraits = new Set(b.traits.map((t) => t.id));
  const traits = unique(a.traits.filter((t) => !bTraits.has(t.id)));

  return { career: a.career, comparedWith: b.career, education, license, credentials, traits };
}

/** One gap per ordered pair (a, b) of different careers, a then b in the order asked. */
export function careerGaps(sides: readonly GapSide[]): CareerGapRecord[] {
  return sides.flatMap((a, i) => sides.filter((_, j) => j !== i).map((b) => careerGap(a, b)));
}

/** First of each id: a credential linked twice (two roles, two sources) is asked once. */
function unique<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && (seen.add(item.id), true));
}
