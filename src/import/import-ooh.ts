import * as fs from 'node:fs';
import * as path from 'node:path';

import { Command } from 'commander';

import { buildSeedSet, ImportError } from './build-seeds';
import { parseCertificationsTsv, parseOccupationsCsv } from './inputs';
import { PageError, parseOohPage, type OohPage } from './ooh-page';
import { validateSeedSet, type SeedSet } from '../seed/validate-seeds';
import { EVIDENCED_FACT, type EvidencedFactValue } from '../shared/vocabulary';
import { serialiseSeedSet, writeSeedFiles } from './write-seeds';

/**
 * `npm run import:ooh -- <html-folder>`: reads the saved OOH pages and the tables next to them and
 * writes `seeds/`. Everything is parsed and validated before the first file is written; any problem
 * exits non-zero and leaves the seeds folder as it was.
 */

export interface ImportOptions {
  htmlDir: string;
  occupations?: string;
  certifications?: string;
  review?: string;
  out?: string;
}

export interface ImportReport {
  outDir: string;
  pages: number;
  files: number;
  counts: Record<string, number>;
}

/** The folder holding package.json, searched upwards from this file (works from src/ and dist/). */
export function findRepoRoot(start: string = __dirname): string {
  let dir = path.resolve(start);
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

function readText(file: string, what: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    throw new ImportError([`cannot read ${what} at ${file}`]);
  }
}

function readPages(htmlDir: string): OohPage[] {
  let files: string[];
  try {
    files = fs
      .readdirSync(htmlDir)
      .filter((f) => f.endsWith('.html'))
      .sort();
  } catch {
    throw new ImportError([`cannot read the page folder ${htmlDir}`]);
  }
  if (files.length === 0) throw new ImportError([`no .html pages in ${htmlDir}`]);
  const problems: string[] = [];
  const pages: OohPage[] = [];
  for (const file of files) {
    try {
      pages.push(parseOohPage(fs.readFileSync(path.join(htmlDir, file), 'utf8'), file));
    } catch (error) {
      if (error instanceof PageError) problems.push(error.message);
      else throw error;
    }
  }
  if (problems.length > 0) throw new ImportError(problems);
  return pages;
}

function countEdges(set: SeedSet): Record<string, number> {
  const sum = (f: (c: SeedSet['careers'][number]) => number): number =>
    set.careers.reduce((n, c) => n + f(c), 0);
  return {
    careers: set.careers.length,
    families: set.families.length,
    sources: set.sources.length,
    settings: set.settings.length,
    settingMappings: set.settingMappings.length,
    organizations: set.organizations.length,
    credentials: set.credentials.length,
    traits: set.traits.length,
    worksIn: sum((c) => c.settings.length),
    hasCredential: sum((c) => c.credentials.length),
    hasTrait: sum((c) => c.traits.length),
    similarTo: sum((c) => c.similarTo.length),
    advancesTo: sum((c) => c.advancesTo.length),
    payInIndustry: sum((c) => c.payByIndustry.length),
    evidence: sum((c) => c.evidence.length),
    evidenceMissing: sum(
      (c) => knownFacts(c).filter((f) => !c.evidence.some((e) => e.fact === f)).length,
    ),
  };
}

/** The evidenced facts a career's seed knows from its own OOH page (those that could have a phrase). */
function knownFacts(c: SeedSet['careers'][number]): EvidencedFactValue[] {
  const fromPage = (source: string | undefined): boolean => source === c.source;
  const known: Record<EvidencedFactValue, boolean> = {
    MEDIAN_PAY: c.pay?.medianAnnual != null && fromPage(c.pay.source),
    JOBS_2024: c.outlook?.jobs2024 != null && fromPage(c.outlook.source),
    PROJECTED_GROWTH: c.outlook?.growthPct != null && fromPage(c.outlook.source),
    ANNUAL_OPENINGS: c.outlook?.annualOpenings != null && fromPage(c.outlook.source),
    ENTRY_EDUCATION: fromPage(c.entryEducation.source),
    LICENSURE: c.licensure.status !== 'UNKNOWN' && fromPage(c.licensure.source),
  };
  return EVIDENCED_FACT.values.filter((f) => known[f]);
}

/** Parses, builds, validates and (only if all is well) writes. Throws ImportError otherwise. */
export function runImport(options: ImportOptions): ImportReport {
  const htmlDir = path.resolve(options.htmlDir);
  const dataDir = path.resolve(htmlDir, '..', '..');
  const occupationsFile = options.occupations ?? path.resolve(htmlDir, '..', 'occupations.csv');
  const certificationsFile = options.certifications ?? path.join(dataDir, 'certifications.tsv');
  const reviewFile =
    options.review ?? path.join(dataDir, 'career-review-health-information-technicians.txt');
  const outDir = path.resolve(options.out ?? path.join(findRepoRoot(), 'seeds'));

  const pages = readPages(htmlDir);
  const set = buildSeedSet({
    pages,
    occupations: parseOccupationsCsv(readText(occupationsFile, 'occupations.csv')),
    certifications: parseCertificationsTsv(readText(certificationsFile, 'certifications.tsv')),
    reviewText: readText(reviewFile, 'the career review'),
  });
  const problems = validateSeedSet(set);
  if (problems.length > 0) throw new ImportError(problems);

  const files = serialiseSeedSet(set);
  writeSeedFiles(outDir, files);
  return { outDir, pages: pages.length, files: files.size, counts: countEdges(set) };
}

export function formatReport(report: ImportReport): string {
  const lines = [
    `Imported ${report.pages} OOH pages into ${report.outDir} (${report.files} files):`,
    ...Object.entries(report.counts).map(([what, n]) => `  ${what.padEnd(16)} ${n}`),
  ];
  return `${lines.join('\n')}\n`;
}

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** CLI entry point; returns the exit code instead of exiting, so tests can call it. */
export function main(argv: readonly string[], io: Io = processIo): number {
  const program = new Command()
    .name('import-ooh')
    .description('Import BLS Occupational Outlook Handbook pages into seeds/')
    .argument('<html-dir>', 'folder of saved OOH .html pages')
    .option('--occupations <file>', 'quick-facts table (default: <html-dir>/../occupations.csv)')
    .option(
      '--certifications <file>',
      'certifications table (default: <html-dir>/../../certifications.tsv)',
    )
    .option(
      '--review <file>',
      'career review text (default: <html-dir>/../../career-review-health-information-technicians.txt)',
    )
    .option('--out <dir>', 'seeds folder to write (default: <repo>/seeds)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  try {
    program.parse([...argv], { from: 'user' });
  } catch (error) {
    const code = (error as { exitCode?: number }).exitCode;
    return typeof code === 'number' ? code : 2;
  }
  const [htmlDir] = program.args;
  const opts = program.opts<Omit<ImportOptions, 'htmlDir'>>();
  try {
    io.stdout(formatReport(runImport({ ...opts, htmlDir: htmlDir ?? '' })));
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      io.stderr(
        `import:ooh failed, nothing written:\n${error.problems.map((p) => `  ${p}`).join('\n')}\n`,
      );
      return 1;
    }
    throw error;
  }
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
