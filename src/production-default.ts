import { setFlagsFromString } from 'node:v8';

/**
 * `npm start`'s production defaults, applied before anything else loads (main.ts imports this
 * module first).
 *
 * NODE_ENV becomes `production` unless it is set. graphql-js reads NODE_ENV once, when it loads:
 * outside production its `instanceOf` adds a check for a second copy of graphql to every type
 * test, which cost ~11 % of the API's CPU on a page of 50 careers.
 */
process.env.NODE_ENV ??= 'production';

/**
 * V8's young generation may grow to 64 MB semi-spaces (Node 20's default is 16 MB). An answer's
 * rows, resolver results and JSON are short-lived: with the default, scavenges ran so often that
 * garbage collection took ~18 % of the API's CPU on a page of 50 careers at 3,000 careers, and
 * the larger young generation cut the CPU per such request by ~20 % (in-process, 40 requests × 4
 * rounds, both ways). V8 honours a raised limit at run time because the young generation grows
 * on demand. A `--max-semi-space-size` the operator gave (command line or NODE_OPTIONS) wins.
 */
const SEMI_SPACE_FLAG = '--max-semi-space-size=64';

/** Whether the operator already chose a semi-space size, on the command line or in NODE_OPTIONS. */
export function semiSpaceChosen(execArgv: readonly string[], nodeOptions = ''): boolean {
  return [...execArgv, ...nodeOptions.split(/\s+/)].some((arg) =>
    /^--max[-_]semi[-_]space[-_]size(=|$)/.test(arg),
  );
}

if (!semiSpaceChosen(process.execArgv, process.env.NODE_OPTIONS)) {
  setFlagsFromString(SEMI_SPACE_FLAG);
}
