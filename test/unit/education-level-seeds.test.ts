import { educationLevelSchema } from '../../src/seed/seed.schema';

/** The API filters by the vocabulary's rank (career-filter.ts), so the seeds must agree with it. */
describe('education level seeds', () => {
  it('when a level carries its place in the vocabulary as its rank, then it is accepted', () => {
    const level = { code: 'ASSOCIATES_DEGREE', name: "Associate's degree", rank: 4 };
    expect(educationLevelSchema.safeParse(level).success).toBe(true);
  });

  it('when a level carries another rank, then it is refused with the reason', () => {
    const result = educationLevelSchema.safeParse({
      code: 'ASSOCIATES_DEGREE',
      name: "Associate's degree",
      rank: 3,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['rank']);
    expect(result.error?.issues[0]?.message).toMatch(/place in the vocabulary/);
  });
});
