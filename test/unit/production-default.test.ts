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
});
