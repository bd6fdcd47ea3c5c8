/**
 * Every problem an import run found, thrown together: one run should tell the maintainer
 * everything that is wrong, not the first thing.
 */
export class ImportError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'ImportError';
  }
}
