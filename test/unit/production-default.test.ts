import { semiSpaceChosen } from '../../src/production-default';

/** npm start's entry imports this first, so graphql-js loads in production mode by default. */
describe('production-default', () => {
  const before = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = before;
  });

  async function loadWith(value: string | undefined): Promise<string | undefined> {
    if (value === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = value;
    await jest.isolateModulesAsync(async () => {
      await import('../../src/production-default');
    });
    return process.env.NODE_ENV;
  }

  it('when NODE_ENV is unset, then it becomes production', async () => {
    expect(await loadWith(undefined)).toBe('production');
  });

  it('when NODE_ENV is set, then it is left as it is', async () => {
    expect(await loadWith('development')).toBe('development');
  });

  it('when the operator gave no semi-space size, then the default young generation is raised', () => {
    expect(semiSpaceChosen([], '')).toBe(false);
    expect(semiSpaceChosen(['--enable-source-maps'], '--max-old-space-size=512')).toBe(false);
  });

  it('when the operator chose a semi-space size, then theirs is kept', () => {
    expect(semiSpaceChosen(['--max-semi-space-size=8'])).toBe(true);
    expect(semiSpaceChosen([], '--inspect --max_semi_space_size=8')).toBe(true);
    expect(semiSpaceChosen(['--max-semi-space-size', '8'])).toBe(true);
  });
});
