import { Lexer, parse, Source, TokenKind } from 'graphql';
import { createSchema } from '../../src/api/schema';
import { queryCost } from '../../src/api/limits/query-cost';
import { countTokens, limitRefusal } from '../../src/api/limits/request-limits';

/** Every token graphql-js's lexer gives, to the end: what `countTokens` must agree with. */
function allTokens(text: string): number {
  const lexer = new Lexer(new Source(text));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n += 1;
  return n;
}

/** Fragments that spread the next one `width` times, `levels` deep: width^levels × 2 fields. */
function spreadingFragments(levels: number, width: number): string {
  const names = Array.from({ length: levels }, (_, i) => `F${i}`);
  const fragments = names.map((name, i) => {
    const next = names[i + 1];
    const body = next ? Array.from({ length: width }, () => `...${next}`).join(' ') : 'slug title';
    return `fragment ${name} on Career { ${body} }`;
  });
  return `{ careers(first: 1) { edges { node { ...F0 } } } } ${fragments.join(' ')}`;
}

describe('our own counts behind the limit refusals', () => {
  it('when a document is counted, then countTokens agrees with the lexer, leaves comments out, and stops at upTo', () => {
    const doc = '# a comment\n{ career(slug: "x") { slug title } } # another';
    expect(countTokens(doc, 1000)).toBe(allTokens(doc));
    expect(countTokens(doc, 1000)).toBe(12);
    expect(countTokens(doc, 4)).toBe(4);
    expect(countTokens('{ a b c ', 1000)).toBe(4);
  });

  it('when the document cannot be lexed, then the count stops at the bad character instead of throwing', () => {
    expect(countTokens('{ a b ^ c d }', 1000)).toBe(3);
  });

  it('when an error carries no mark of ours, then limitRefusal finds no limit in it, whatever it says', () => {
    expect(
      limitRefusal(new Error('Document contains more that 1500 tokens. Parsing aborted.')),
    ).toBe(null);
    expect(limitRefusal('not an error')).toBe(null);
  });

  it('when nested fragment spreads expand past the counting cap, then the cost is Infinity', async () => {
    const schema = await createSchema();
    const small = spreadingFragments(2, 5);
    expect(queryCost(schema, parse(small), {}, undefined)).toBeGreaterThan(10);
    expect(Number.isFinite(queryCost(schema, parse(small), {}, undefined))).toBe(true);
    const huge = spreadingFragments(4, 25); // 25^3 × 2 ≈ 31,000 fields once expanded
    expect(queryCost(schema, parse(huge), {}, undefined)).toBe(Number.POSITIVE_INFINITY);
  });
});
