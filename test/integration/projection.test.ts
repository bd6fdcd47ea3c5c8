import {
  execute,
  getNamedType,
  isObjectType,
  parse,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { createContext } from '../../src/api/context';
import { createSchema } from '../../src/api/schema';
import { seeds } from '../helpers/seed-oracle';
import { createTestRunner, type TestDb } from '../helpers/test-db';

/**
 * The look-ahead fetches only the properties a selection names (career-projection.ts). Each Career
 * field, asked alone or beside a list, must answer what it answers on a whole career: a field whose
 * resolver reads a property the projection does not fetch would come back null here.
 */
describe('projected careers', () => {
  let db: TestDb;
  let schema: GraphQLSchema;
  const slugs = seeds().careers.map((c) => c.slug);

  beforeAll(async () => {
    db = await createTestRunner();
    schema = await createSchema();
  });
  afterAll(async () => {
    await db.close();
  });

  async function run(query: string): Promise<Record<string, unknown>> {
    const result = await execute({
      schema,
      document: parse(query),
      contextValue: createContext(db.runner),
    });
    expect(result.errors).toBeUndefined();
    return result.data as Record<string, unknown>;
  }

  /** The field with every scalar below it, one level down (enough to read each property). */
  function selectionOf(field: GraphQLField<unknown, unknown>): string {
    const type = getNamedType(field.type);
    if (!isObjectType(type)) return field.name;
    const scalars = Object.values(type.getFields())
      .filter((f) => !isObjectType(getNamedType(f.type)) && f.args.length === 0)
      .map((f) => f.name);
    return `${field.name} { ${scalars.join(' ')} }`;
  }

  const careerFields = (): Array<GraphQLField<unknown, unknown>> => {
    const career = schema.getType('Career');
    if (!isObjectType(career)) throw new Error('no Career type');
    return Object.values(career.getFields()).filter((f) =>
      f.args.every((a) => !a.type.toString().endsWith('!') || a.defaultValue !== undefined),
    );
  };

  it('when each Career field is read on a page, alone and beside a list, then it answers as on the whole career', async () => {
    const fields = careerFields();
    expect(fields.length).toBeGreaterThan(25);
    for (const field of fields) {
      const selection = selectionOf(field);
      // Whole careers: career(slug) without lists reads the full node through careerBySlug.
      const whole = await run(
        `{ ${slugs.map((s, i) => `c${i}: career(slug: ${JSON.stringify(s)}) { ${selection} }`).join(' ')} }`,
      );
      const expected = slugs.map((_, i) => (whole[`c${i}`] as Record<string, unknown>)[field.name]);
      for (const beside of ['', 'traits { id }']) {
        const page = await run(
          `{ careers(first: 100, sort: [{ field: TITLE }]) { edges { node { slug ${beside} ${selection} } } } }`,
        );
        const nodes = (
          page.careers as { edges: Array<{ node: Record<string, unknown> }> }
        ).edges.map((e) => e.node);
        const bySlug = new Map(nodes.map((n) => [n.slug, n[field.name]]));
        expect({ field: field.name, beside, values: slugs.map((s) => bySlug.get(s)) }).toEqual({
          field: field.name,
          beside,
          values: expected,
        });
      }
      // Similar careers project their careers too (and read `shared` only when it is selected).
      for (const by of ['SHARED_TRAITS', 'SHARED_SETTINGS', 'SHARED_CREDENTIALS', 'OOH']) {
        const alike = await run(
          `{ similarCareers(slug: "registered-nurses", by: ${by}, first: 100) { career { slug ${selection} } } }`,
        );
        const careers = (alike.similarCareers as Array<{ career: Record<string, unknown> }>).map(
          (s) => s.career,
        );
        expect({ by, found: careers.length > 0 }).toEqual({ by, found: true });
        expect({
          field: field.name,
          by,
          values: careers.map((c) => c[field.name]),
        }).toEqual({
          field: field.name,
          by,
          values: careers.map((c) => expected[slugs.indexOf(c.slug as string)]),
        });
      }
      // So do a career path's steps, on both ends.
      const path = await run(
        `{ careerPath(from: "licensed-practical-and-licensed-vocational-nurses", to: "nurse-practitioners") { steps { from { slug ${selection} } to { slug ${selection} } } } }`,
      );
      const ends = (
        path.careerPath as { steps: Array<Record<'from' | 'to', Record<string, unknown>>> }
      ).steps.flatMap((st) => [st.from, st.to]);
      expect(ends.length).toBeGreaterThan(2);
      expect({ field: field.name, values: ends.map((c) => c[field.name]) }).toEqual({
        field: field.name,
        values: ends.map((c) => expected[slugs.indexOf(c.slug as string)]),
      });
      const one = await run(
        `{ career(slug: ${JSON.stringify(slugs[0])}) { sources { url } ${selection} } }`,
      );
      expect({
        field: field.name,
        value: (one.career as Record<string, unknown>)[field.name],
      }).toEqual({
        field: field.name,
        value: expected[0],
      });
    }
  });

  it("when a career path selects some or all of its credentials' fields, then each answers as the credential itself", async () => {
    const credential = schema.getType('Credential');
    if (!isObjectType(credential)) throw new Error('no Credential type');
    const scalars = Object.values(credential.getFields())
      .filter((f) => !isObjectType(getNamedType(f.type)) && f.args.length === 0)
      .map((f) => f.name);
    const query = (fields: string): string =>
      `{ careerPath(from: "licensed-practical-and-licensed-vocational-nurses", to: "nurse-practitioners") { steps { credentials { id ${fields} issuer { name } } } } }`;
    const all = await run(query(scalars.join(' ')));
    const found = (
      all.careerPath as { steps: Array<{ credentials: Array<Record<string, unknown>> }> }
    ).steps.flatMap((st) => st.credentials);
    expect(found.length).toBeGreaterThan(0);
    const byId = new Map(found.map((c) => [c.id, c]));
    const whole = await run(
      `{ ${[...byId.keys()].map((id, i) => `c${i}: credential(id: ${JSON.stringify(id)}) { id ${scalars.join(' ')} issuer { name } }`).join(' ')} }`,
    );
    expect(found).toEqual(found.map((c) => whole[`c${[...byId.keys()].indexOf(c.id)}`]));
    for (const field of scalars) {
      const one = await run(query(field));
      const steps = (
        one.careerPath as { steps: Array<{ credentials: Array<Record<string, unknown>> }> }
      ).steps.flatMap((st) => st.credentials);
      expect({ field, values: steps.map((c) => c[field]) }).toEqual({
        field,
        values: found.map((c) => c[field]),
      });
    }
  });
});
