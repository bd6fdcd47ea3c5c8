import Cypher from '@neo4j/cypher-builder';
import { SHAPE_LIMITS } from '../../../config';
import { BadUserInputError } from '../../../errors';
import { EducationLevelCode, LicensureRequirement } from '../../../common/enums';
import { educationRank } from '../../../shared/vocabulary';
import { toLuceneQuery } from '../../shared/lucene';
import { NATIONAL_GROWTH_PCT } from '../national-average';
import type { CareerFilter, FloatRange, WorksInFilter } from '../career.inputs';

/**
 * Compiles a CareerFilter into one predicate tree over the career node: each filter kind below
 * builds its own Cypher with its own parameters, and `and`/`or`/`not` nest those trees. Only the
 * fixed fragments written here enter the query text; every value the user sent becomes a
 * parameter, and enum values are checked against their whitelists again (GraphQL already did).
 * Each condition adds a bounded piece of Cypher, so the query grows linearly with the filter.
 */

const { maxFilterDepth: MAX_FILTER_DEPTH, maxFilterList: MAX_LIST } = SHAPE_LIMITS;
const CAREER_TEXT_INDEX = 'career_text';

/** A full-text look-up the filter needs, run once per query rather than once per career. */
export interface TextLookup {
  matches: Cypher.Variable;
  collect: Cypher.Collect;
}

export class CareerFilterCompiler {
  readonly textLookups: TextLookup[] = [];

  constructor(private readonly career: Cypher.Node) {}

  compile(f: CareerFilter, depth = 0): Cypher.Predicate {
    if (depth > MAX_FILTER_DEPTH) {
      throw new BadUserInputError(`filters nest at most ${MAX_FILTER_DEPTH} deep`, 'filter');
    }
    const n = this.career;
    const parts: Cypher.Predicate[] = [];
    if (f.licensure !== undefined && f.licensure !== null) {
      const values = whitelist(f.licensure, LicensureRequirement, 'licensure');
      parts.push(Cypher.in(n.property('licensure'), new Cypher.Param(values)));
    }
    if (f.entryEducation?.atMost) {
      whitelist([f.entryEducation.atMost], EducationLevelCode, 'entryEducation.atMost');
      parts.push(entryEducationAtMost(n, f.entryEducation.atMost));
    }
    if (f.entryEducation?.atLeast) {
      whitelist([f.entryEducation.atLeast], EducationLevelCode, 'entryEducation.atLeast');
      parts.push(entryEducationAtLeast(n, f.entryEducation.atLeast));
    }
    if (f.worksIn) parts.push(...worksIn(n, f.worksIn));
    if (f.traits?.all) parts.push(hasEveryTrait(n, ids(f.traits.all, 'traits.all')));
    if (f.traits?.none) {
      parts.push(
        Cypher.not(hasAnyLinked(n, 'HAS_TRAIT', 'Trait', ids(f.traits.none, 'traits.none'))),
      );
    }
    if (f.credentials?.any) {
      const any = ids(f.credentials.any, 'credentials.any');
      parts.push(hasAnyLinked(n, 'HAS_CREDENTIAL', 'Credential', any));
    }
    if (f.credentials?.none) {
      const none = ids(f.credentials.none, 'credentials.none');
      parts.push(Cypher.not(hasAnyLinked(n, 'HAS_CREDENTIAL', 'Credential', none)));
    }
    if (f.hasCertification !== undefined && f.hasCertification !== null) {
      const certified = hasCertification(n);
      parts.push(f.hasCertification ? certified : Cypher.not(certified));
    }
    if (f.medianPay) {
      parts.push(...range(n, 'medianPayAnnual', f.medianPay, 'medianPay', 'medianPayIsLowerBound'));
    }
    if (f.projectedGrowthPct) {
      parts.push(...range(n, 'projectedGrowthPct', f.projectedGrowthPct, 'projectedGrowthPct'));
    }
    if (f.growthAboveNationalAverage !== undefined && f.growthAboveNationalAverage !== null) {
      const growth = n.property('projectedGrowthPct');
      const national = new Cypher.Param(NATIONAL_GROWTH_PCT);
      parts.push(
        f.growthAboveNationalAverage ? Cypher.gt(growth, national) : Cypher.lte(growth, national),
      );
    }
    if (f.text !== undefined && f.text !== null) parts.push(this.textMatch(f.text));
    if (f.and) {
      for (const sub of list(f.and, 'and')) parts.push(this.compile(sub, depth + 1));
    }
    if (f.or) {
      const alternatives = list(f.or, 'or').map((sub) => this.compile(sub, depth + 1));
      parts.push(Cypher.or(...alternatives) ?? Cypher.false);
    }
    if (f.not) parts.push(Cypher.not(this.compile(f.not, depth + 1)));
    return Cypher.and(...parts) ?? Cypher.true;
  }

  /** The career is among the full-text index's hits for the words, all of which must match. */
  private textMatch(text: string): Cypher.Predicate {
    const query = toLuceneQuery(text, 'ALL');
    if (query === null) throw new BadUserInputError('filter.text has no searchable words', 'text');
    const node = new Cypher.Variable();
    const search = Cypher.db.index.fulltext
      .queryNodes(CAREER_TEXT_INDEX, new Cypher.Param(query))
      .yield(['node', node])
      .return(node);
    const matches = new Cypher.Variable();
    this.textLookups.push({ matches, collect: new Cypher.Collect(search) });
    return Cypher.in(this.career, matches);
  }
}

/**
 * A link every matching career must have, to one of a few named nodes: the page's MATCH starts
 * from those nodes and walks back to their careers, instead of scanning every career and testing
 * the link on each. At 3,000 careers the benchmark's filter on "works in hospitals" (1,716
 * edges) took 15 k database hits this way against 40 k for the scan, and half the database time
 * (PROFILE; README, Performance).
 */
export interface FilterAnchor {
  type: 'HAS_CREDENTIAL' | 'WORKS_IN';
  label: 'Credential' | 'Setting';
  ids: string[];
}

/**
 * Takes the anchor out of a filter's top level: `credentials.any` first (a credential is linked
 * to few careers), else `worksIn.any` without a share (a share needs the per-setting sums).
 * Returns the anchor and the filter left to test on each career; only the top level qualifies,
 * since a link under `or` or `not` is not required of every match.
 */
export function takeAnchor(f: CareerFilter): { anchor: FilterAnchor | null; rest: CareerFilter } {
  if (f.credentials?.any) {
    const anchor = {
      type: 'HAS_CREDENTIAL',
      label: 'Credential',
      ids: ids(f.credentials.any, 'credentials.any'),
    } as const;
    return { anchor, rest: { ...f, credentials: { ...f.credentials, any: undefined } } };
  }
  if (f.worksIn?.any && (f.worksIn.minSharePct ?? null) === null) {
    const anchor = {
      type: 'WORKS_IN',
      label: 'Setting',
      ids: ids(f.worksIn.any, 'worksIn.any'),
    } as const;
    // `all` alone is still a worksIn filter; with nothing left, worksIn goes (it needs one).
    const left = f.worksIn.all ? { ...f.worksIn, any: undefined } : undefined;
    return { anchor, rest: { ...f, worksIn: left } };
  }
  return { anchor: null, rest: f };
}

/**
 * Entry level at or below `code`, by rank: one hop from the career, where walking the NEXT_LEVEL
 * chain from every career's level was most of this filter's database hits at 3,000 careers. The
 * rank is the code's place in the vocabulary, which the seed validator holds the graph to.
 */
function entryEducationAtMost(n: Cypher.Node, code: EducationLevelCode): Cypher.Predicate {
  return entryEducationRank(n, (rank) => Cypher.lte(rank, new Cypher.Param(educationRank(code))));
}

/** Entry level at or above `code`. */
function entryEducationAtLeast(n: Cypher.Node, code: EducationLevelCode): Cypher.Predicate {
  return entryEducationRank(n, (rank) => Cypher.gte(rank, new Cypher.Param(educationRank(code))));
}

function entryEducationRank(
  n: Cypher.Node,
  compare: (rank: Cypher.Property) => Cypher.Predicate,
): Cypher.Predicate {
  const level = new Cypher.Node();
  return new Cypher.Exists(
    new Cypher.Match(
      new Cypher.Pattern(n).related({ type: 'ENTRY_EDUCATION' }).to(level, {
        labels: ['EducationLevel'],
      }),
    ).where(compare(level.property('rank'))),
  );
}

function worksIn(n: Cypher.Node, w: WorksInFilter): Cypher.Predicate[] {
  if (!w.any && !w.all) {
    throw new BadUserInputError('worksIn needs `any` or `all` setting ids', 'worksIn');
  }
  const min = w.minSharePct ?? null;
  if (min !== null && (min < 0 || min > 100)) {
    throw new BadUserInputError(
      'worksIn.minSharePct must be between 0 and 100',
      'worksIn.minSharePct',
    );
  }
  const minParam = min === null ? null : new Cypher.Param(min);
  const holds = (id: Cypher.Variable): Cypher.Predicate =>
    minParam === null ? worksInSetting(n, id) : worksInSettingAtLeast(n, id, minParam);
  const out: Cypher.Predicate[] = [];
  if (w.any && minParam === null) {
    // One walk over the career's settings, where any(id IN … WHERE EXISTS …) walked them once
    // per id; the shares need the per-id form below.
    const setting = new Cypher.Node();
    out.push(
      new Cypher.Exists(
        new Cypher.Match(
          new Cypher.Pattern(n).related({ type: 'WORKS_IN' }).to(setting, { labels: ['Setting'] }),
        ).where(Cypher.in(setting.property('id'), new Cypher.Param(ids(w.any, 'worksIn.any')))),
      ),
    );
  } else if (w.any) {
    const id = new Cypher.Variable();
    out.push(Cypher.any(id, new Cypher.Param(ids(w.any, 'worksIn.any')), holds(id)));
  }
  if (w.all) {
    const id = new Cypher.Variable();
    out.push(Cypher.all(id, new Cypher.Param(ids(w.all, 'worksIn.all')), holds(id)));
  }
  return out;
}

function worksInSetting(n: Cypher.Node, id: Cypher.Variable): Cypher.Predicate {
  return new Cypher.Exists(
    new Cypher.Pattern(n)
      .related({ type: 'WORKS_IN' })
      .to({ labels: ['Setting'], properties: { id } }),
  );
}

/**
 * The career's share of jobs in the setting is at least `min`. A setting's share is the sum over
 * the OOH categories it groups; a setting with no known share never matches.
 */
function worksInSettingAtLeast(
  n: Cypher.Node,
  id: Cypher.Variable,
  min: Cypher.Param,
): Cypher.Predicate {
  const sharesIn = (w: Cypher.Relationship) =>
    new Cypher.Pattern(n)
      .related(w, { type: 'WORKS_IN' })
      .to({ labels: ['Setting'], properties: { id } });
  const w = new Cypher.Relationship();
  const share = w.property('sharePct');
  const shares = new Cypher.PatternComprehension(sharesIn(w))
    .where(Cypher.isNotNull(share))
    .map(share);
  const total = new Cypher.Variable();
  const each = new Cypher.Variable();
  const sum = Cypher.reduce(total, new Cypher.Literal(0), each, shares, Cypher.plus(total, each));
  const known = new Cypher.Relationship();
  const anyKnown = new Cypher.Exists(
    new Cypher.Match(sharesIn(known)).where(Cypher.isNotNull(known.property('sharePct'))),
  );
  return Cypher.and(Cypher.gte(sum, min), anyKnown);
}

function hasEveryTrait(n: Cypher.Node, traitIds: string[]): Cypher.Predicate {
  const id = new Cypher.Variable();
  return Cypher.all(
    id,
    new Cypher.Param(traitIds),
    new Cypher.Exists(
      new Cypher.Pattern(n)
        .related({ type: 'HAS_TRAIT' })
        .to({ labels: ['Trait'], properties: { id } }),
    ),
  );
}

/** The career links, through `type`, to at least one `label` node with one of these ids. */
function hasAnyLinked(
  n: Cypher.Node,
  type: 'HAS_TRAIT' | 'HAS_CREDENTIAL',
  label: 'Trait' | 'Credential',
  linkedIds: string[],
): Cypher.Predicate {
  const linked = new Cypher.Node();
  return new Cypher.Exists(
    new Cypher.Match(new Cypher.Pattern(n).related({ type }).to(linked, { labels: [label] })).where(
      Cypher.in(linked.property('id'), new Cypher.Param(linkedIds)),
    ),
  );
}

function hasCertification(n: Cypher.Node): Cypher.Predicate {
  return new Cypher.Exists(
    new Cypher.Pattern(n)
      .related({ type: 'HAS_CREDENTIAL' })
      .to({ labels: ['Credential'], properties: { kind: new Cypher.Literal('CERTIFICATION') } }),
  );
}

/** Inclusive bounds; unknown figures (null) never match either end. */
function range(
  n: Cypher.Node,
  property: string,
  r: FloatRange,
  field: string,
  lowerBoundFlag?: string,
): Cypher.Predicate[] {
  const min = r.min ?? null;
  const max = r.max ?? null;
  if (min !== null && max !== null && min > max) {
    throw new BadUserInputError(`${field}: min (${min}) is above max (${max})`, field);
  }
  const value = n.property(property);
  const out: Cypher.Predicate[] = [];
  if (min !== null) out.push(Cypher.gte(value, new Cypher.Param(min)));
  if (max !== null) {
    const atMost = Cypher.lte(value, new Cypher.Param(max));
    // A floor says nothing about how high the real value is, so it cannot satisfy a maximum.
    out.push(
      lowerBoundFlag
        ? Cypher.and(
            atMost,
            Cypher.eq(Cypher.coalesce(n.property(lowerBoundFlag), Cypher.false), Cypher.false),
          )
        : atMost,
    );
  }
  return out;
}

function list<T>(items: T[], field: string): T[] {
  if (items.length > MAX_LIST) {
    throw new BadUserInputError(`${field}: at most ${MAX_LIST} entries`, field);
  }
  return items;
}

function ids(values: string[], field: string): string[] {
  list(values, field);
  if (values.length === 0) throw new BadUserInputError(`${field}: give at least one id`, field);
  return values;
}

function whitelist<T extends string>(
  values: T[],
  allowed: Record<string, string>,
  field: string,
): T[] {
  const known = new Set(Object.values(allowed));
  for (const v of list(values, field)) {
    if (!known.has(v)) throw new BadUserInputError(`${field}: unknown value "${v}"`, field);
  }
  return values;
}
