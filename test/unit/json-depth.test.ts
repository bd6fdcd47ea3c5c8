import { jsonDepth } from '../../src/api/limits/json-depth';

describe('jsonDepth', () => {
  it.each([
    ['1', 0],
    ['"x"', 0],
    ['{}', 1],
    ['{"a":[1,{"b":[]}]}', 4],
    ['[[],[[]],[]]', 3],
    // Brackets inside strings, escaped quotes included, do not count.
    ['{"a":"[[[{{{"}', 1],
    ['{"a":"\\"[[[", "b": []}', 2],
    ['{"a":"\\\\", "b": [[]]}', 3],
  ])('when the text is %s, then the depth is %i', (text, depth) => {
    expect(jsonDepth(text)).toBe(depth);
    expect(jsonDepth(Buffer.from(text))).toBe(depth);
  });

  it('when the text nests 100,000 levels, then it is measured without recursion and agrees with the parser', () => {
    const deep = `${'{"not":'.repeat(100_000)}null${'}'.repeat(100_000)}`;
    expect(jsonDepth(Buffer.from(deep))).toBe(100_000);
  });

  it('when strings hold multi-byte characters, then the bytes of a Buffer are read like the text', () => {
    const text = JSON.stringify({ a: ['é[', { b: '😀{' }] });
    expect(jsonDepth(Buffer.from(text, 'utf8'))).toBe(jsonDepth(text));
    expect(jsonDepth(text)).toBe(3);
  });
});
