import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { createSchema } from '../../src/api/schema';
import { errorCodes, postGraphQL, useSeededServer } from '../helpers/http-graphql';
import { seeds } from '../helpers/seed-oracle';
import { graphFingerprint } from '../helpers/graph-fingerprint';

/** Words a hostile user would try: Lucene and Cypher syntax, unicode, very long and empty. */
const nastyString = (ids: readonly string[], cursors: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom(...ids),
    fc.constantFrom(...cursors),
    fc.base64String({ maxLength: 80 }),
    fc.constantFrom(
      '',
      ' ',
      '*',
      '?',
      '~',
      '"',
      '\\',
      'a*b?c~2',
      'title:(nurse OR x) AND NOT y',
      "') RETURN 1 //",
      '"}) MATCH (n) DETACH DELETE n //',
      '`; DROP INDEX careers //',
      '$param',
      '\u0000',
      '💉🩺',
      'ＮＵＲＳＥ',
    ),
    fc.nat({ max: 1200 }).map((n) => 'w'.repeat(n)),
    fc
      .array(fc.constantFrom('nurse', 'a', '*', '(', 'OR', '"'), { maxLength: 60 })
      .map((w) => w.join(' ')),
  );

const nastyInt = fc.oneof(
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  fc.constantFrom(0, -1, 1, 99, 100, 101, 2 ** 31 - 1, -(2 ** 31)),
);
const nastyFloat = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0.5, 1e308, -1e308, 5e-324, 239200, 60000.5),
);

/** A value for any input type, recursing into input objects (e.g. and/or/not filter trees). */
function valueFor(
  type: GraphQLInputType,
  depth: number,
  strings: fc.Arbitrary<string>,
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueFor(type.ofType, depth, strings);
  if (isListType(type))
    return fc.array(valueFor(type.ofType, depth, strings), { maxLength: depth > 1 ? 4 : 12 });
  const named = getNamedType(type);
  if (isEnumType(named)) return fc.constantFrom(...named.getValues().map((v) => v.name));
  if (isInputObjectType(named)) {
    const fields = Object.values(named.getFields()).filter(
      (f) => depth > 0 || !isInputObjectType(getNamedType(f.type)),
    );
    const shape: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of fields) shape[f.name] = valueFor(f.type, depth - 1, strings);
    return fc.record(shape, {
      requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
    });
  }
  switch (named.name) {
    case 'Int':
      return nastyInt;
    case 'Float':
      return nastyFloat;
    case 'Boolean':
      return fc.boolean();
    default:
      return strings;
  }
}

/** `query Q($a0: T0, …) { field(a0: $a0, …) { every scalar of the result } }` */
function operationFor(field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a, i) => `$a${i}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a, i) => `${a.name}: $a${i}`).join(', ');
  const named = getNamedType(field.type);
  const leaves = isObjectType(named)
    ? Object.values(named.getFields())
        .filter(
          (f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)),
        )
        .map((f) => f.name)
    : [];
  const selection = isLeafType(named) ? '' : `{ __typename ${leaves.join(' ')} }`;
  return `query Q${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection} }`;
}

/**
 * Generated strings, numbers, cursors and filter trees through every argument of every query
 * field, over HTTP: nothing may be an INTERNAL_SERVER_ERROR or a 5xx, and the graph must be
 * exactly as it was (counts and a checksum of every property).
 */
describe('hostile input (property-based)', () => {
  const server = useSeededServer();
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema();
  });

  const fingerprint = (): ReturnType<typeof graphFingerprint> => graphFingerprint(server.runner);

  it('when every query field gets generated hostile arguments, then no answer is a 5xx or INTERNAL_SERVER_ERROR, and the graph is unchanged', async () => {
    const before = await fingerprint();
    expect(before.nodes).toBeGreaterThan(0);

    const page = await postGraphQL(
      server.url,
      '{ careers(first: 3, sort: [{ field: JOBS, direction: DESC }]) { pageInfo { endCursor } } }',
    );
    const cursor = (page.json.data as { careers: { pageInfo: { endCursor: string } } }).careers
      .pageInfo.endCursor;
    const cursors = [
      cursor,
      cursor.slice(0, -2),
      `${cursor}AA`,
      cursor.split('').reverse().join(''),
    ];
    const set = seeds();
    const ids = [
      ...set.careers.slice(0, 5).map((c) => c.slug),
      ...set.settings.slice(0, 3).map((s) => s.id),
      ...set.credentials.slice(0, 3).map((c) => c.id),
      ...set.traits.slice(0, 3).map((t) => t.id),
    ];
    const strings = nastyString(ids, cursors);

    const fields = Object.values(schema.getQueryType()?.getFields() ?? {});
    expect(fields.length).toBeGreaterThan(10);
    const requests = fc.oneof(
      ...fields.map((field) =>
        fc.tuple(...field.args.map((a) => valueFor(a.type, 3, strings))).map((values) => ({
          field: field.name,
          query: operationFor(field),
          variables: Object.fromEntries(values.map((v, i) => [`a${i}`, v])),
        })),
      ),
    );

    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(requests, async ({ field, query, variables }) => {
        seen.add(field);
        const answer = await postGraphQL(server.url, query, variables);
        expect({ field, variables, status: answer.status < 500 }).toEqual({
          field,
          variables,
          status: true,
        });
        expect({ field, variables, codes: errorCodes(answer.json) }).not.toEqual(
          expect.objectContaining({ codes: expect.arrayContaining(['INTERNAL_SERVER_ERROR']) }),
        );
      }),
      { numRuns: 300, interruptAfterTimeLimit: 90_000 },
    );
    expect(seen.size).toBe(fields.length);

    expect(await fingerprint()).toEqual(before);
  }, 150_000);
});
