import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CAREERS_DIR, SEED_FILES, careerSchema } from './seed.schema';
import { referenceProblems, type SeedSet } from './validate-seeds';

export type { SeedSet } from './validate-seeds';

export class SeedValidationError extends Error {
  override readonly name = 'SeedValidationError';
  constructor(readonly problems: string[]) {
    super(
      `Seed validation failed (${problems.length} problem${problems.length === 1 ? '' : 's'}); ` +
        `nothing was written:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}

function readJson(file: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    problems.push(`${file}: ${(err as Error).message}`);
    return undefined;
  }
}

function zodProblems(file: string, error: z.ZodError): string[] {
  return error.issues.map((i) => `${file}: ${i.path.join('.') || '(root)'}: ${i.message}`);
}

/**
 * Reads and validates every seed file in `dir`. Throws `SeedValidationError` listing all problems
 * (not just the first) so one run shows everything to fix.
 */
export function readSeeds(dir: string): SeedSet {
  const problems: string[] = [];
  if (!existsSync(dir)) throw new SeedValidationError([`${dir}: seed folder not found`]);

  const list = <T>(key: keyof typeof SEED_FILES): T[] => {
    const { file, schema } = SEED_FILES[key];
    const full = path.join(dir, file);
    const raw = readJson(full, problems);
    if (raw === undefined) return [];
    const parsed = z.array(schema as z.ZodType).safeParse(raw);
    if (!parsed.success) {
      problems.push(...zodProblems(file, parsed.error));
      return [];
    }
    return parsed.data as T[];
  };

  const set: SeedSet = {
    sources: list('sources'),
    educationLevels: list('educationLevels'),
    settings: list('settings'),
    settingMappings: list('settingMappings'),
    organizations: list('organizations'),
    credentials: list('credentials'),
    traits: list('traits'),
    families: list('families'),
    careers: [],
  };

  const careerDir = path.join(dir, CAREERS_DIR);
  const careerFiles = existsSync(careerDir)
    ? readdirSync(careerDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  if (careerFiles.length === 0) problems.push(`${CAREERS_DIR}/: no career files`);
  for (const f of careerFiles) {
    const rel = `${CAREERS_DIR}/${f}`;
    const raw = readJson(path.join(careerDir, f), problems);
    if (raw === undefined) continue;
    const parsed = careerSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...zodProblems(rel, parsed.error));
      continue;
    }
    if (`${parsed.data.slug}.json` !== f) {
      problems.push(`${rel}: slug "${parsed.data.slug}" does not match the file name`);
    }
    set.careers.push(parsed.data);
  }

  problems.push(...referenceProblems(set));
  if (problems.length > 0) throw new SeedValidationError(problems);
  return set;
}
