/**
 * Readers for the two tabular inputs: occupations.csv (quick facts per OOH page, used to
 * cross-check the HTML parse and for each page's URL) and certifications.tsv.
 */

export interface OccupationRow {
  title: string;
  slug: string;
  socCode: string;
  medianPayAnnual: number | null;
  medianPayHourly: number | null;
  entryEducation: string;
  workExperience: string;
  training: string;
  jobs2024: number | null;
  projectedEmployment2034: number | null;
  outlookPct: number | null;
  outlookDescription: string;
  employmentChange: number | null;
  url: string;
}

export interface CertificationRow {
  oohSlug: string;
  credential: string;
  acronym: string;
  issuer: string;
  kind: string;
  note: string;
  source: string;
}

/** RFC 4180-style CSV: quoted fields may hold commas and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text.charAt(i + 1) === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}

function records(
  rows: string[][],
  file: string,
  required: readonly string[],
): Record<string, string>[] {
  const [header, ...body] = rows;
  if (!header) throw new Error(`${file}: empty file`);
  const names = header.map((h) => h.trim());
  for (const name of required) {
    if (!names.includes(name)) throw new Error(`${file}: no "${name}" column`);
  }
  return body.map((cells) =>
    Object.fromEntries(names.map((name, i) => [name, (cells[i] ?? '').trim()])),
  );
}

const num = (value: string | undefined): number | null =>
  value === undefined || value === '' || Number.isNaN(Number(value)) ? null : Number(value);

export function parseOccupationsCsv(text: string, file = 'occupations.csv'): OccupationRow[] {
  const columns = [
    'title',
    'slug',
    'soc_code',
    'median_pay_annual',
    'median_pay_hourly',
    'entry_education',
    'work_experience',
    'training',
    'num_jobs_2024',
    'projected_employment_2034',
    'outlook_pct',
    'outlook_desc',
    'employment_change',
    'url',
  ] as const;
  return records(parseCsv(text), file, columns).map((r) => ({
    title: r.title ?? '',
    slug: r.slug ?? '',
    socCode: r.soc_code ?? '',
    medianPayAnnual: num(r.median_pay_annual),
    medianPayHourly: num(r.median_pay_hourly),
    entryEducation: r.entry_education ?? '',
    workExperience: r.work_experience ?? '',
    training: r.training ?? '',
    jobs2024: num(r.num_jobs_2024),
    projectedEmployment2034: num(r.projected_employment_2034),
    outlookPct: num(r.outlook_pct),
    outlookDescription: r.outlook_desc ?? '',
    employmentChange: num(r.employment_change),
    url: r.url ?? '',
  }));
}

export function parseCertificationsTsv(
  text: string,
  file = 'certifications.tsv',
): CertificationRow[] {
  const rows = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t'));
  const columns = [
    'ooh_slug',
    'credential',
    'acronym',
    'issuer',
    'kind',
    'note',
    'source',
  ] as const;
  return records(rows, file, columns).map((r) => ({
    oohSlug: r.ooh_slug ?? '',
    credential: r.credential ?? '',
    acronym: r.acronym ?? '',
    issuer: r.issuer ?? '',
    kind: r.kind ?? '',
    note: r.note ?? '',
    source: r.source ?? '',
  }));
}
