import type { CareerSeed } from '../seed/seed.schema';
import { hasEvidence, type ImportPlan } from './career-plan';
import type { CuratedFacts } from './curated-facts';

/** The career steps the pages state, by the career they start from, each proved by its page. */
export function readAdvancements(
  plan: ImportPlan,
  facts: CuratedFacts,
  problems: string[],
): Map<string, CareerSeed['advancesTo']> {
  const steps = new Map<string, CareerSeed['advancesTo']>(plan.careers.map((p) => [p.slug, []]));
  for (const step of facts.advancements) {
    const page = plan.pageBySlug.get(step.page);
    const list = steps.get(step.from);
    if (!page || !list || !plan.careerBySlug.has(step.to)) {
      problems.push(`advancement ${step.from} → ${step.to}: unknown page or career`);
      continue;
    }
    // What the step needs is a fact of its own (an education level, credentials), so the words
    // stating it are checked like the step's: a page that drops them stops the import.
    for (const words of [step.evidence, step.needsEvidence]) {
      if (words !== undefined && !hasEvidence(page, words)) {
        problems.push(`${page.file}: advancement ${step.from} → ${step.to} not found: "${words}"`);
      }
    }
    list.push({
      slug: step.to,
      credentialIds: [...step.credentialIds],
      educationCode: step.educationCode,
      note: step.note,
      source: page.url,
    });
  }
  return steps;
}
