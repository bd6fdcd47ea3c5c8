import type { CareerSeed, CredentialSeed, OrganizationSeed, SourceSeed } from '../seed/seed.schema';
import type { CredentialKindValue } from '../shared/vocabulary';
import { REVIEW_CAREER_SLUG, REVIEW_CERTIFICATION, REVIEW_SOURCE } from './career-review';
import { hasEvidence, isAbout, type ImportPlan } from './career-plan';
import type { CuratedFacts } from './curated-facts';
import type { CertificationRow } from './inputs';
import { forMatching, kebab, sentences } from './text';

/**
 * The credentials step: credentials, their issuers and which career asks for which, from
 * certifications.tsv, the curated facts and the pages' own words.
 */

export type CareerCredential = CareerSeed['credentials'][number];

const TSV_KINDS: Readonly<Record<string, CredentialKindValue>> = {
  certification: 'CERTIFICATION',
  'licensing exam': 'LICENSING_EXAM',
  license: 'LICENSE',
  registration: 'REGISTRATION',
};

/** What the credentials step has found so far; each add reports its problems. */
export class CredentialCatalogue {
  readonly credentials = new Map<string, CredentialSeed>();
  readonly organizations = new Map<string, OrganizationSeed>();
  /** Secondary sources certifications.tsv cites. */
  readonly sources = new Map<string, SourceSeed>();
  private readonly byCareer: Map<string, CareerCredential[]>;

  constructor(
    plan: ImportPlan,
    private readonly facts: CuratedFacts,
    private readonly problems: string[],
  ) {
    this.byCareer = new Map(plan.careers.map((p) => [p.slug, []]));
  }

  /** The credentials a career asks for, in the order they were found. */
  of(slug: string): CareerCredential[] {
    return this.byCareer.get(slug) ?? [];
  }

  /** Adds a credential unless one with its id is known; the first one found is kept. */
  add(credential: CredentialSeed): void {
    if (!this.credentials.has(credential.id)) this.credentials.set(credential.id, credential);
  }

  replace(credential: CredentialSeed): void {
    this.credentials.set(credential.id, credential);
  }

  link(slug: string, edge: CareerCredential): void {
    const list = this.byCareer.get(slug);
    if (!list) this.problems.push(`credential ${edge.credentialId}: unknown career ${slug}`);
    else if (!list.some((e) => e.credentialId === edge.credentialId)) list.push(edge);
  }

  /** The issuer's id, recording the organisation; null (and a problem) when it is not curated. */
  issuer(acronym: string, where: string): string | null {
    const canonical = this.facts.issuerAliases[acronym] ?? acronym;
    const org = this.facts.organizations[canonical];
    if (!org) {
      this.problems.push(`${where}: issuer "${acronym}" is not in the organizations table`);
      return null;
    }
    this.organizations.set(org.id, { id: org.id, name: org.name, acronym: canonical });
    return org.id;
  }
}

/** certifications.tsv: secondary sources, each row one credential linked to one career. */
export function addCertificationsTable(
  catalogue: CredentialCatalogue,
  rows: readonly CertificationRow[],
  plan: ImportPlan,
  facts: CuratedFacts,
  reviewText: string,
  problems: string[],
): void {
  for (const row of rows) {
    const where = `certifications.tsv ${row.acronym}`;
    const meta = facts.secondarySources[row.source];
    if (!meta) problems.push(`${where}: source ${row.source} has no entry in secondarySources`);
    else {
      catalogue.sources.set(row.source, {
        url: row.source,
        title: meta.title,
        publisher: meta.publisher,
        edition: null,
        lastModified: null,
        kind: meta.kind,
      });
    }
    const careerSlug = careerOfTsvRow(row, plan, facts);
    if (!careerSlug) {
      problems.push(`${where}: cannot tell which career of ${row.oohSlug} it belongs to`);
      continue;
    }
    const id = kebab(row.acronym);
    const kind = TSV_KINDS[row.kind.toLowerCase()];
    if (!kind) problems.push(`${where}: unknown kind "${row.kind}"`);
    catalogue.replace({
      id,
      name: row.credential,
      acronym: row.acronym,
      kind: kind ?? 'CERTIFICATION',
      issuerId: catalogue.issuer(row.issuer, where),
      note: row.note || null,
      source: row.source,
    });
    if (careerSlug === REVIEW_CAREER_SLUG) {
      linkReviewCertification(catalogue, id, reviewText, problems);
      continue;
    }
    const reading = facts.tsvCredentialRoles[careerSlug]?.[id];
    const career = plan.careerBySlug.get(careerSlug);
    if (!reading || !career) {
      problems.push(`${where}: no role for ${careerSlug} in tsvCredentialRoles`);
      continue;
    }
    if (!hasEvidence(career.page, reading.evidence)) {
      problems.push(
        `${career.page.file}: role evidence for ${id} not found: "${reading.evidence}"`,
      );
    }
    catalogue.link(careerSlug, {
      credentialId: id,
      role: reading.role,
      note: reading.note,
      source: row.source,
    });
  }
}

/** The career a tsv row names: the page's only career, or the curated pick on a split page. */
function careerOfTsvRow(
  row: CertificationRow,
  plan: ImportPlan,
  facts: CuratedFacts,
): string | undefined {
  const page = plan.pageBySlug.get(row.oohSlug);
  const careers = page ? (plan.careersOfPage.get(page.file) ?? []) : [];
  return careers.length === 1
    ? careers[0]?.slug
    : facts.tsvCareerByAcronym[row.oohSlug]?.[row.acronym];
}

/** Medical records specialists' certifications take their role from the career review. */
function linkReviewCertification(
  catalogue: CredentialCatalogue,
  credentialId: string,
  reviewText: string,
  problems: string[],
): void {
  if (!reviewText.includes(REVIEW_CERTIFICATION.evidence)) {
    problems.push(`career review: no longer says "${REVIEW_CERTIFICATION.evidence}"`);
  }
  catalogue.link(REVIEW_CAREER_SLUG, {
    credentialId,
    role: REVIEW_CERTIFICATION.role,
    note: REVIEW_CERTIFICATION.note,
    source: REVIEW_SOURCE.url,
  });
}

/** Credentials the pages name themselves, each link proved by the page's words. */
export function addPageCredentials(
  catalogue: CredentialCatalogue,
  plan: ImportPlan,
  facts: CuratedFacts,
  problems: string[],
): void {
  for (const named of facts.pageCredentials) {
    const first = named.careers[0] ? plan.careerBySlug.get(named.careers[0].slug) : undefined;
    if (!first) {
      problems.push(`credential ${named.id}: unknown career`);
      continue;
    }
    catalogue.replace({
      id: named.id,
      name: named.name,
      acronym: named.acronym,
      kind: named.kind,
      issuerId: named.issuer ? catalogue.issuer(named.issuer, `credential ${named.id}`) : null,
      note: named.note,
      source: first.page.url,
    });
    for (const link of named.careers) {
      const career = plan.careerBySlug.get(link.slug);
      if (!career) {
        problems.push(`credential ${named.id}: unknown career ${link.slug}`);
        continue;
      }
      if (!hasEvidence(career.page, link.evidence)) {
        problems.push(`${career.page.file}: credential ${named.id} not found: "${link.evidence}"`);
      }
      catalogue.link(link.slug, {
        credentialId: named.id,
        role: link.role,
        note: link.note,
        source: career.page.url,
      });
    }
  }
}

/**
 * The state licence of every career whose licensure is REQUIRED; a REQUIRED career without a
 * curated licence, or a curated licence for a career that is not REQUIRED, is a problem.
 */
export function addStateLicences(
  catalogue: CredentialCatalogue,
  plan: ImportPlan,
  licensure: ReadonlyMap<string, CareerSeed['licensure']>,
  facts: CuratedFacts,
  problems: string[],
): void {
  const licensed = new Set<string>();
  for (const licence of facts.stateLicenses) {
    const first = licence.careers[0] ? plan.careerBySlug.get(licence.careers[0]) : undefined;
    if (!first) {
      problems.push(`licence ${licence.id}: unknown career`);
      continue;
    }
    catalogue.replace({
      id: licence.id,
      name: licence.name,
      acronym: null,
      kind: 'LICENSE',
      issuerId: null,
      note: 'Issued by each state under its own rules.',
      source: first.page.url,
    });
    // A career's own licence is listed in `careers`; `alsoRequiredBy` adds another's, with proof.
    const holders = [
      ...licence.careers.map((slug) => ({ slug, note: null, evidence: null })),
      ...(licence.alsoRequiredBy?.careers ?? []).map((slug) => ({
        slug,
        note: licence.alsoRequiredBy?.note ?? null,
        evidence: licence.alsoRequiredBy?.evidence ?? null,
      })),
    ];
    for (const { slug, note, evidence } of holders) {
      const career = plan.careerBySlug.get(slug);
      if (!career || licensure.get(slug)?.status !== 'REQUIRED') {
        problems.push(`licence ${licence.id}: career ${slug} does not come out REQUIRED`);
        continue;
      }
      if (evidence !== null && !hasEvidence(career.page, evidence)) {
        problems.push(
          `${career.page.file}: licence ${licence.id} evidence not found: "${evidence}"`,
        );
      }
      if (evidence === null) licensed.add(slug);
      catalogue.link(slug, {
        credentialId: licence.id,
        role: 'REQUIRED',
        note,
        source: career.page.url,
      });
    }
  }
  for (const career of plan.careers) {
    if (licensure.get(career.slug)?.status === 'REQUIRED' && !licensed.has(career.slug)) {
      problems.push(
        `${career.page.file}: ${career.slug} needs a licence but has none in stateLicenses`,
      );
    }
  }
}

/** Life-support certifications, found by pattern in the career's How to Become One sentences. */
export function addLifeSupportCredentials(
  catalogue: CredentialCatalogue,
  plan: ImportPlan,
  facts: CuratedFacts,
): void {
  for (const career of plan.careers) {
    const texts = [...career.page.howToBecome.values()]
      .flat()
      .flatMap(sentences)
      .filter((s) => isAbout(career, s))
      .map(forMatching);
    for (const ls of facts.lifeSupportCredentials) {
      if (!texts.some((t) => ls.pattern.test(t))) continue;
      catalogue.add({
        id: ls.id,
        name: ls.name,
        acronym: ls.acronym,
        kind: 'CERTIFICATION',
        issuerId: null,
        note: 'Taught and certified by several organizations; the OOH pages name none.',
        source: career.page.url,
      });
      catalogue.link(career.slug, {
        credentialId: ls.id,
        role: 'PREFERRED',
        note: 'Employers may require or prefer it.',
        source: career.page.url,
      });
    }
  }
}
