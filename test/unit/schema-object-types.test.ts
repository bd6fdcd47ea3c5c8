import 'reflect-metadata';
import { getMetadataStorage } from 'type-graphql';
import { createSchema } from '../../src/api/schema';

describe('object types', () => {
  it('when the schema is built, then every object type resolves its plain fields without type-graphql’s wrapper', async () => {
    await createSchema();
    const types = getMetadataStorage().objectTypes;
    expect(types.length).toBeGreaterThan(20);
    expect(types.filter((t) => t.simpleResolvers !== true).map((t) => t.name)).toEqual([]);
  });
});
