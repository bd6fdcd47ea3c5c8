import { EDUCATION_LEVEL, isEducationCode, type EducationCode } from './format';

/**
 * The constraints of "Where can I go from here?", as they live in the URL: parameters prefixed
 * `moves.` and named after the API's MoveConstraints fields (plus `maxSteps`), so a counsellor
 * can send a link to exactly the list they see, and the career page's other parameters (none
 * today) cannot collide with them.
 */
export interface MovesState {
  noNewLicense: boolean;
  educationAtMost: EducationCode | null;
  minMedianPay: number | null;
  includeSimilar: boolean;
  maxSteps: number;
}

export const DEFAULT_MOVES: Readonly<MovesState> = Object.freeze({
  noNewLicense: false,
  educationAtMost: null,
  minMedianPay: null,
  includeSimilar: true,
  maxSteps: 2,
});

/** The API's bounds on maxSteps (contract: 1–3). */
export const MAX_STEPS = 3;

const PREFIX = 'moves.';

export interface ParsedMoves {
  state: MovesState;
  /** One sentence per parameter that was not understood and was left at its default. */
  problems: string[];
}

function parseBoolean(value: string): boolean | null {
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return null;
}

export function parseMoves(search: string): ParsedMoves {
  const params = new URLSearchParams(search);
  const state: MovesState = { ...DEFAULT_MOVES };
  const problems: string[] = [];
  const read = (name: keyof MovesState): string | null => params.get(PREFIX + name);

  for (const name of ['noNewLicense', 'includeSimilar'] as const) {
    const raw = read(name);
    if (raw === null) continue;
    const value = parseBoolean(raw);
    if (value === null) problems.push(`${PREFIX}${name}=${raw} is not true or false`);
    else state[name] = value;
  }
  const education = read('educationAtMost');
  if (education !== null && education !== '') {
    if (isEducationCode(education)) state.educationAtMost = education;
    else
      problems.push(
        `${PREFIX}educationAtMost=${education} is not an education level (${EDUCATION_LEVEL.values.join(', ')})`,
      );
  }
  const pay = read('minMedianPay');
  if (pay !== null && pay !== '') {
    const value = Number(pay);
    if (Number.isFinite(value) && value >= 0) state.minMedianPay = value;
    else problems.push(`${PREFIX}minMedianPay=${pay} is not a pay of 0 or more`);
  }
  const steps = read('maxSteps');
  if (steps !== null && steps !== '') {
    const value = Number(steps);
    if (Number.isInteger(value) && value >= 1 && value <= MAX_STEPS) state.maxSteps = value;
    else problems.push(`${PREFIX}maxSteps=${steps} is not a whole number from 1 to ${MAX_STEPS}`);
  }
  return { state, problems };
}

/**
 * The URL's query with the moves parameters replaced by `state`; defaults are left out, so the
 * plain career page keeps its plain address. Parameters of others are kept as they are.
 */
export function movesSearch(search: string, state: MovesState): string {
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) if (key.startsWith(PREFIX)) params.delete(key);
  if (state.noNewLicense) params.set(`${PREFIX}noNewLicense`, 'true');
  if (state.educationAtMost) params.set(`${PREFIX}educationAtMost`, state.educationAtMost);
  if (state.minMedianPay !== null) params.set(`${PREFIX}minMedianPay`, String(state.minMedianPay));
  if (!state.includeSimilar) params.set(`${PREFIX}includeSimilar`, 'false');
  if (state.maxSteps !== DEFAULT_MOVES.maxSteps)
    params.set(`${PREFIX}maxSteps`, String(state.maxSteps));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The API's MoveConstraints input for a state (unset fields left out, so defaults apply). */
export function movesVariables(
  from: string,
  state: MovesState,
  first: number,
): Record<string, unknown> {
  return {
    from,
    maxSteps: state.maxSteps,
    first,
    constraints: {
      noNewLicense: state.noNewLicense,
      includeSimilar: state.includeSimilar,
      ...(state.educationAtMost ? { educationAtMost: state.educationAtMost } : {}),
      ...(state.minMedianPay !== null ? { minMedianPay: state.minMedianPay } : {}),
    },
  };
}
