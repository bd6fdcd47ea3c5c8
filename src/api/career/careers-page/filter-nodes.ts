import Cypher from '@neo4j/cypher-builder';
import { NATIONAL_GROWTH_PCT } from '../national-average';

/**
 * The second pass of the filter compiler: a checked, normalised filter (career-filter.ts) is a
 * tree of these nodes, and each prints its own predicate over the career node `n`, with its own
 * parameters, as neo4j/graphql's Filter classes do. No node checks input: by the time one exists,
 * its values were checked. Only the fixed fragments written here enter the query text; every
 * value the user sent becomes a parameter. Each node adds a bounded piece of Cypher, so the query
 * grows linearly with the filter.
 */
export interface FilterNode {
  predicate(n: Cypher.Node): Cypher.Predicate;
  /** The nodes directly below this one (for and/or/not): what the walks below go through. */
  readonly children: readonly FilterNode[];
}

const LEAF: readonly FilterNode[] = [];

/** Every one of its children holds (true when there is none). */
export class AllOf implements FilterNode {
  constructor(readonly children: readonly FilterNode[]) {}
  predicate(n: Cypher.Node): Cypher.Predicate {
    return Cypher.and(...this.children.map((c) => c.predicate(n))) ?? Cypher.true;
  }
}

/** At least one of its children holds (false when there is none). */
export class AnyOf implements FilterNode {
  constructor(readonly children: readonly FilterNode[]) {}
  predicate(n: Cypher.Node): Cypher.Predicate {
    return Cypher.or(...this.children.map((c) => c.predicate(n))) ?? Cypher.false;
  }
}

export class Not implements FilterNode {
  readonly children: readonly FilterNode[];
  constructor(readonly part: FilterNode) {
    this.children = [part];
  }
  predicate(n: Cypher.Node): Cypher.Predicate {
    return Cypher.not(this.part.predicate(n));
  }
}

/** A stored property is one of a few whitelisted values. */
export class PropertyIn implements FilterNode {
  readonly children = LEAF;
  constructor(
    readonly property: 'licensure',
    readonly values: readonly string[],
  ) {}
  predicate(n: Cypher.Node): Cypher.Predicate {
    return Cypher.in(n.property(this.property), new Cypher.Param([...this.values]));
  }
}

/**
 * The entry level's rank compared with a level's: one hop from the career, where walking the
 * NEXT_LEVEL chain from every career's level was most of this filter's database hits at 3,000
 * careers. The rank is the code's place in the vocabulary, which the seed validator holds the
 * graph to.
 */
export class EntryEducationRank implements FilterNode {
  readonly children = LEAF;
  constructor(
    readonly compare: 'atMost' | 'atLeast',
    readonly rank: number,
  ) {}
  predicate(n: Cypher.Node): Cypher.Predicate {
    const level = new Cypher.Node();
    const rank = level.property('rank');
    const bound = new Cypher.Param(this.rank);
    return new Cypher.Exists(
      new Cypher.Match(
        new Cypher.Pattern(n).related({ type: 'ENTRY_EDUCATION' }).to(level, {
          labels: ['EducationLevel'],
        }),
      ).where(this.compare === 'atMost' ? Cypher.lte(rank, bound) : Cypher.gte(rank, bound)),
    );
  }
}

/** Links the page may start from (see chooseAnchor in career-filter.ts). */
export type Link =
  | { type: 'HAS_CREDENTIAL'; label: 'Credential' }
  | { type: 'WORKS_IN'; label: 'Setting' }
  | { type: 'HAS_TRAIT'; label: 'Trait' };

/** The career links to at least one node with one of these ids: one walk over its links. */
export class LinksToAny implements FilterNode {
  readonly children = LEAF;
  constructor(
    readonly link: Link,
    readonly ids: readonly string[],
  ) {}
  predicate(n: Cypher.Node): Cypher.Predicate {
    const linked = new Cypher.Node();
    return new Cypher.Exists(
      new Cypher.Match(
        new Cypher.Pattern(n)
          .related({ type: this.link.type })
          .to(linked, { labels: [this.link.label] }),
      ).where(Cypher.in(linked.property('id'), new Cypher.Param([...this.ids]))),
    );
  }
}

/** The career has every trait named. */
export class HasEveryTrait implements FilterNode {
  readonly children = LEAF;
  constructor(readonly ids: readonly string[]) {}
  predicate(n: Cypher.Node): Cypher.Predicate {
    const id = new Cypher.Variable();
    return Cypher.all(
      id,
      new Cypher.Param([...this.ids]),
      new Cypher.Exists(
        new Cypher.Pattern(n)
          .related({ type: 'HAS_TRAIT' })
          .to({ labels: ['Trait'], properties: { id } }),
      ),
    );
  }
}

/**
 * The career works in any (or all) of these settings, with at least `minSharePct` of its jobs
 * there when given. `any` without a share is a LinksToAny instead: one walk, not one per id.
 */
export class WorksInEach implements FilterNode {
  readonly children = LEAF;
  constructor(
    readonly quantifier: 'any' | 'all',
    readonly ids: readonly string[],
    readonly minSharePct: number | null,
  ) {}
  predicate(n: Cypher.Node): Cypher.Predicate {
    const min = this.minSharePct === null ? null : new Cypher.Param(this.minSharePct);
    const id = new Cypher.Variable();
    const holds = min === null ? worksInSetting(n, id) : worksInSettingAtLeast(n, id, min);
    const quantify = this.quantifier === 'any' ? Cypher.any : Cypher.all;
    return quantify(id, new Cypher.Param([...this.ids]), holds);
  }
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

/** The career holds at least one certification. */
export class HasCertification implements FilterNode {
  readonly children = LEAF;
  predicate(n: Cypher.Node): Cypher.Predicate {
    return new Cypher.Exists(
      new Cypher.Pattern(n)
        .related({ type: 'HAS_CREDENTIAL' })
        .to({ labels: ['Credential'], properties: { kind: new Cypher.Literal('CERTIFICATION') } }),
    );
  }
}

/** A figure is at least `min`; an unknown figure (null) never matches. */
export class AtLeast implements FilterNode {
  readonly children = LEAF;
  constructor(
    readonly property: string,
    readonly min: number,
  ) {}
  predicate(n: Cypher.Node): Cypher.Predicate {
    return Cypher.gte(n.property(this.property), new Cypher.Param(this.min));
  }
}

/**
 * A figure is at most `max`; an unknown figure never matches. A figure flagged as a floor
 * (`lowerBoundFlag`) says nothing about how high the real value is, so it never matches either.
 */
export class AtMost implements FilterNode {
  readonly children = LEAF;
  constructor(
    readonly property: string,
    readonly max: number,
    readonly lowerBoundFlag: string | null,
  ) {}
  predicate(n: Cypher.Node): Cypher.Predicate {
    const atMost = Cypher.lte(n.property(this.property), new Cypher.Param(this.max));
    if (this.lowerBoundFlag === null) return atMost;
    const isFloor = Cypher.coalesce(n.property(this.lowerBoundFlag), Cypher.false);
    return Cypher.and(atMost, Cypher.eq(isFloor, Cypher.false));
  }
}

/** Projected growth above (or at most) the national average for all occupations. */
export class GrowthVsNational implements FilterNode {
  readonly children = LEAF;
  constructor(readonly above: boolean) {}
  predicate(n: Cypher.Node): Cypher.Predicate {
    const growth = n.property('projectedGrowthPct');
    const national = new Cypher.Param(NATIONAL_GROWTH_PCT);
    return this.above ? Cypher.gt(growth, national) : Cypher.lte(growth, national);
  }
}

const CAREER_TEXT_INDEX = 'career_text';

/**
 * The career is among the full-text index's hits for the words. The look-up runs once per query,
 * before the MATCH (see textLookupsOf), not once per career; the predicate tests membership.
 */
export class TextMatch implements FilterNode {
  readonly children = LEAF;
  /** The hits, as the statement's WITH names them. */
  readonly matches = new Cypher.Variable();
  constructor(readonly luceneQuery: string) {}
  predicate(n: Cypher.Node): Cypher.Predicate {
    return Cypher.in(n, this.matches);
  }
  /** `COLLECT { CALL db.index.fulltext.queryNodes(…) YIELD node RETURN node }`. */
  lookup(): Cypher.Collect {
    const node = new Cypher.Variable();
    const search = Cypher.db.index.fulltext
      .queryNodes(CAREER_TEXT_INDEX, new Cypher.Param(this.luceneQuery))
      .yield(['node', node])
      .return(node);
    return new Cypher.Collect(search);
  }
}

/** The text look-ups a tree needs, in the order its predicates print them. */
export function textLookupsOf(node: FilterNode): TextMatch[] {
  if (node instanceof TextMatch) return [node];
  return node.children.flatMap(textLookupsOf);
}
