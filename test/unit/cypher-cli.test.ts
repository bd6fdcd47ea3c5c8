import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isInt, Neo4jError } from 'neo4j-driver';
import type { CypherQuery } from '../../src/db/cypher';
import type { Params, Row, WriteResult } from '../../src/db/query-runner';
import { STAMP, staleReason, writeStamp } from '../../bin/build-freshness';
import { CypherCliError, describeFailure } from '../../src/cli/cli-error';
import { unshiftErrorPositions } from '../../src/cli/error-position';
import { formatCsv, formatJson, formatRows, formatTable } from '../../src/cli/format';
import { formatQueryList } from '../../src/cli/list-queries';
import {
  parseParamOption,
  parseParamOptions,
  parseParamValue,
  queryParameterNames,
  resolveParams,
} from '../../src/cli/params';
import { toDriverParams } from '../../src/db/driver-params';
import { closeMatches, editDistance, resolveQueryArgument } from '../../src/cli/query-argument';
import { runCypher, stripTrailingSemicolon, type CypherRunner } from '../../src/cli/run-cypher';
import { listSavedQueries, parseQueryHeader } from '../../src/cli/saved-queries';

/** A folder of saved queries and a working folder, private to this test file. */
function makeQueryDirs(): { dir: string; cwd: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'cypher-cli-test-'));
  const dir = path.join(root, 'queries');
  const cwd = path.join(root, 'work');
  for (const d of [dir, cwd]) mkdirSync(d);
  writeFileSync(
    path.join(dir, 'careers-in-a-setting.cypher'),
    '// Who works here?\n// @param setting: hospitals\n// @column career: title\n' +
      'MATCH (c:Career)-[:WORKS_IN]->(:Setting {id: $setting}) RETURN c.title AS career\n',
  );
  writeFileSync(
    path.join(dir, 'careers-without-licensure.cypher'),
    "// Which careers need no license?\nMATCH (c:Career {licensure: 'NOT_REQUIRED'}) RETURN c.title\n",
  );
  writeFileSync(
    path.join(cwd, 'mine.cypher'),
    '// My question\n// @param limit: 3\nMATCH (c:Career) RETURN c.title LIMIT $limit\n',
  );
  return { dir, cwd };
}

describe('parseParamValue', () => {
  it('types numbers, booleans and null, and keeps everything else a string', () => {
    expect(parseParamValue('42')).toBe(42);
    expect(parseParamValue('-3.5')).toBe(-3.5);
    expect(parseParamValue('1e3')).toBe(1000);
    expect(parseParamValue('true')).toBe(true);
    expect(parseParamValue('FALSE')).toBe(false);
    expect(parseParamValue('null')).toBeNull();
    expect(parseParamValue('medical-records-specialists')).toBe('medical-records-specialists');
    expect(parseParamValue('  hospitals ')).toBe('hospitals');
    expect(parseParamValue('3 %')).toBe('3 %');
  });

  it('reads JSON lists, maps and quoted strings', () => {
    expect(parseParamValue('["CERTIFICATION", "LICENSE"]')).toEqual(['CERTIFICATION', 'LICENSE']);
    expect(parseParamValue('[1, 2]')).toEqual([1, 2]);
    expect(parseParamValue('{"min": 3}')).toEqual({ min: 3 });
    expect(parseParamValue('"42"')).toBe('42');
  });

  it('when a list is not valid JSON, then it says so', () => {
    expect(() => parseParamValue("['a']")).toThrow(/not a valid JSON list/);
  });
});

describe('parseParamOption(s)', () => {
  it('splits at the first =, so values may contain =', () => {
    expect(parseParamOption('q=a=b')).toEqual(['q', 'a=b']);
    expect(parseParamOption('limit=5')).toEqual(['limit', 5]);
  });

  it('when there is no = or the key is not a name, then it shows the expected form', () => {
    expect(() => parseParamOption('slug')).toThrow(/expected key=value/);
    expect(() => parseParamOption('my slug=x')).toThrow(/expected key=value/);
  });

  it('names the parameter whose value is bad', () => {
    expect(() => parseParamOption('kinds=[oops')).toThrow(/--param kinds: not a valid JSON list/);
  });

  it('lets a later --param win over an earlier one', () => {
    expect(parseParamOptions(['slug=a', 'limit=2', 'slug=b'])).toEqual({ slug: 'b', limit: 2 });
  });
});

describe('queryParameterNames', () => {
  it('finds $names, once each, sorted', () => {
    expect(queryParameterNames('MATCH (c {slug: $slug}) WHERE c.x > $min AND $slug <> ""')).toEqual(
      ['min', 'slug'],
    );
  });

  it('ignores $ in comments and string literals, and reads backticked names', () => {
    const text = [
      '// costs $price',
      "MATCH (c) WHERE c.note = 'pay $5 \\' $fake' /* $hidden */",
      'RETURN $`odd name`, "$quoted", $real',
    ].join('\n');
    expect(queryParameterNames(text)).toEqual(['odd name', 'real']);
  });
});

describe('resolveParams', () => {
  const text = 'MATCH (c:Career {slug: $slug}) RETURN c LIMIT $limit';

  it('merges the given values over the defaults and reports unused ones', () => {
    const { params, unused } = resolveParams(
      text,
      { slug: 'a', limit: 10 },
      { limit: 2, slg: 'x' },
    );
    expect(params).toEqual({ slug: 'a', limit: 2, slg: 'x' });
    expect(unused).toEqual(['slg']);
  });

  it('when a parameter has no value, then the error names it and how to pass it', () => {
    expect(() => resolveParams(text, { limit: 1 }, {})).toThrow(
      'missing parameter $slug: pass --param slug=VALUE',
    );
    expect(() => resolveParams(text, {}, {})).toThrow(/missing parameters \$limit, \$slug/);
  });
});

describe('toDriverParams', () => {
  it('sends whole numbers as Cypher integers (LIMIT needs one) and leaves the rest', () => {
    const out = toDriverParams({ limit: 5, pct: 3.5, list: [1, 'a'], map: { n: 2 }, none: null });
    expect(isInt(out.limit)).toBe(true);
    expect(out.pct).toBe(3.5);
    expect(isInt((out.list as unknown[])[0])).toBe(true);
    expect((out.list as unknown[])[1]).toBe('a');
    expect(isInt((out.map as Record<string, unknown>).n)).toBe(true);
    expect(out.none).toBeNull();
  });
});

describe('parseQueryHeader', () => {
  it('reads the question, typed defaults and columns from the leading comments', () => {
    const header = parseQueryHeader(
      [
        '// Which careers grow fast?',
        '// More words for the reader.',
        '// @param nationalGrowthPct: 3',
        '// @param kinds: ["CERTIFICATION"]',
        '// @param slug: medical-records-specialists',
        '// @param kind: null',
        '// @column career: career title',
        'MATCH (c) RETURN c.title AS career',
        '// @param ignored: 1',
      ].join('\n'),
    );
    expect(header).toEqual({
      question: 'Which careers grow fast?',
      description: ['More words for the reader.'],
      defaults: {
        nationalGrowthPct: 3,
        kinds: ['CERTIFICATION'],
        slug: 'medical-records-specialists',
        kind: null,
      },
      columns: [{ name: 'career', meaning: 'career title' }],
    });
  });

  it('when a tag is malformed or a default is missing, then it names the file and line', () => {
    expect(() => parseQueryHeader('// Q\n// @param slug\nRETURN 1', 'x.cypher')).toThrow(
      /x\.cypher:2: expected/,
    );
    expect(() => parseQueryHeader('// Q\n// @param slug:\nRETURN 1', 'x.cypher')).toThrow(
      'x.cypher:2: @param slug has no default',
    );
  });
});

describe('the saved queries in cypher/queries', () => {
  const saved = listSavedQueries();

  it('hold at least 15 queries named in kebab-case', () => {
    expect(saved.length).toBeGreaterThanOrEqual(15);
    for (const q of saved) expect(q.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(saved.map((q) => [q.name, q] as const))(
    '%s states its question and columns and has a default for every parameter',
    (_name, q) => {
      expect(q.header.question).toMatch(/\?$/);
      expect(q.header.columns.length).toBeGreaterThan(0);
      expect(Object.keys(q.header.defaults).sort()).toEqual(queryParameterNames(q.text));
      // Sort keys are always stated, so rows come back in one order.
      expect(q.text).toMatch(/ORDER BY/);
    },
  );
});

describe('resolveQueryArgument', () => {
  const { dir, cwd } = makeQueryDirs();

  it('resolves a saved query by name, with or without .cypher', () => {
    for (const arg of ['careers-in-a-setting', 'careers-in-a-setting.cypher']) {
      const q = resolveQueryArgument(arg, { dir, cwd });
      expect(q).toMatchObject({
        kind: 'saved',
        name: 'careers-in-a-setting',
        defaults: { setting: 'hospitals' },
      });
      expect(q.text).toContain('$setting');
    }
  });

  it('resolves a .cypher file relative to the working folder, with its defaults', () => {
    const q = resolveQueryArgument('./mine.cypher', { dir, cwd });
    expect(q).toMatchObject({ kind: 'file', name: 'mine.cypher', defaults: { limit: 3 } });
    expect(resolveQueryArgument(path.join(cwd, 'mine.cypher'), { dir, cwd }).kind).toBe('file');
  });

  it('takes anything that is not a bare word as inline Cypher', () => {
    expect(resolveQueryArgument('RETURN 1 AS one', { dir, cwd })).toEqual({
      kind: 'inline',
      name: 'inline',
      text: 'RETURN 1 AS one',
      defaults: {},
    });
    expect(resolveQueryArgument('MATCH(n)RETURN(n)', { dir, cwd }).kind).toBe('inline');
  });

  it('when the name is unknown, then the error lists close matches', () => {
    expect(() => resolveQueryArgument('careers-without-licence', { dir, cwd })).toThrow(
      /no saved query named "careers-without-licence".*Did you mean: careers-without-licensure\?/,
    );
    expect(() => resolveQueryArgument('xyz', { dir, cwd })).toThrow(
      /no saved query named "xyz" in cypher\/queries\/\. List them with: npm run cypher -- --list/,
    );
  });

  it('when a .cypher path does not exist, then it says which file', () => {
    expect(() => resolveQueryArgument('nope.cypher', { dir, cwd })).toThrow(
      /no such file: nope\.cypher/,
    );
  });

  it('rejects an empty argument', () => {
    expect(() => resolveQueryArgument('  ', { dir, cwd })).toThrow('the query is empty');
  });
});

describe('closeMatches', () => {
  const names = [
    'certifications-for-a-career',
    'careers-without-licensure',
    'pay-spread-by-entry-education',
    'pay-vs-growth-quadrant',
    'who-works-in-a-setting',
  ];

  it('finds names containing the input, near misspellings and words spelt alike', () => {
    expect(closeMatches('pay', names)).toEqual([
      'pay-spread-by-entry-education',
      'pay-vs-growth-quadrant',
    ]);
    expect(closeMatches('who-work-in-a-setting', names)).toEqual(['who-works-in-a-setting']);
    expect(closeMatches('certifcations', names)).toEqual(['certifications-for-a-career']);
  });

  it('suggests nothing for words that are only common', () => {
    expect(closeMatches('careers-of-the-world', names)).toEqual([]);
  });

  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('formatting rows', () => {
  const rows: Row[] = [
    { career: 'Nursing Assistants', sharePct: 46, traits: ['Compassion', 'Stamina'], note: null },
    { career: 'Registered Nurses, "RN"', sharePct: 6, traits: [], note: 'ok' },
  ];

  it('prints an aligned table with a header, right-aligned numbers and a row count', () => {
    const out = formatTable(rows);
    const lines = out.trimEnd().split('\n');
    expect(lines[1]).toMatch(/│ career\s+│ sharePct │ traits\s+│ note │/);
    expect(out).toMatch(/│ Nursing Assistants\s+│\s+46 │ Compassion, Stamina │\s+│/);
    expect(out).toMatch(/│\s+6 │/);
    expect(lines.at(-1)).toBe('(2 rows)');
    // Every table line has the same width.
    expect(new Set(lines.slice(0, -1).map((l) => l.length)).size).toBe(1);
  });

  it('puts a long list one item per line, with lines between rows', () => {
    const long = Array.from({ length: 8 }, (_, i) => `Trait number ${i}`);
    const out = formatTable([{ t: long }, { t: ['x'] }]);
    expect(out).toContain('│ Trait number 0 │\n│ Trait number 1 │');
    expect(out.match(/├/g)?.length).toBe(2);
  });

  it('says so when there are no rows', () => {
    expect(formatTable([])).toBe('(no rows)\n');
    expect(formatCsv([])).toBe('');
    expect(formatJson([])).toBe('[]\n');
  });

  it('writes CSV with a header, quoting where needed and lists joined by "; "', () => {
    expect(formatCsv(rows)).toBe(
      'career,sharePct,traits,note\n' +
        'Nursing Assistants,46,Compassion; Stamina,\n' +
        '"Registered Nurses, ""RN""",6,,ok\n',
    );
    expect(formatCsv([{ ok: true, m: { a: 1 } }])).toBe('ok,m\ntrue,"{""a"":1}"\n');
  });

  it('writes JSON that reads back as the rows', () => {
    expect(JSON.parse(formatRows(rows, 'json'))).toEqual(rows);
  });
});

describe('formatQueryList', () => {
  const queries = [
    {
      name: 'who-works-in-a-setting',
      file: 'x',
      text: '',
      header: {
        question: 'Who works there?',
        description: [],
        defaults: { setting: 'hospitals', kinds: ['A'], limit: 5, code: '42' },
        columns: [],
      },
    },
    {
      name: 'q',
      file: 'y',
      text: '',
      header: { question: 'Why?', description: [], defaults: {}, columns: [] },
    },
  ];

  it('lists names aligned, with the question and defaults as one would type them', () => {
    expect(formatQueryList(queries, 'table')).toBe(
      'who-works-in-a-setting  Who works there?  [setting=hospitals kinds=["A"] limit=5 code="42"]\n' +
        'q                       Why?\n',
    );
  });

  it('gives machine-readable lists in csv and json', () => {
    expect(JSON.parse(formatQueryList(queries, 'json'))[1]).toEqual({
      name: 'q',
      question: 'Why?',
      params: [],
    });
  });
});

/** A runner that records calls and answers with fixed values, for the refusal logic. */
function fakeRunner(type: 'r' | 'rw' | 'w' | 's'): CypherRunner & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    queryType: async (q: CypherQuery, params?: Params) => {
      calls.push(`queryType ${q.name} ${isInt(params?.limit) ? 'int' : 'other'}`);
      return type;
    },
    read: async (q: CypherQuery) => {
      calls.push(`read ${q.text}`);
      return [{ n: 1 }];
    },
    write: async (q: CypherQuery): Promise<WriteResult> => {
      calls.push(`write ${q.text}`);
      return { rows: [], counters: { nodesCreated: 1, propertiesSet: 2 } };
    },
  };
}

describe('runCypher', () => {
  const query = { kind: 'inline' as const, name: 'inline', text: 'RETURN 1 AS n;', defaults: {} };

  it('runs a read in a read transaction, with integer parameters', async () => {
    const runner = fakeRunner('r');
    const out = await runCypher(runner, query, { limit: 2 }, { format: 'json', write: false });
    expect(JSON.parse(out.stdout)).toEqual([{ n: 1 }]);
    expect(runner.calls).toEqual(['queryType analyst:inline int', 'read RETURN 1 AS n']);
  });

  it.each(['rw', 'w', 's'] as const)(
    'when the planner says %s and --write is absent, then nothing runs and the exit code is 2',
    async (type) => {
      const runner = fakeRunner(type);
      const run = runCypher(runner, query, {}, { format: 'table', write: false });
      await expect(run).rejects.toThrow(
        `this query writes (type ${type}); re-run with --write if you mean it`,
      );
      await expect(run).rejects.toMatchObject({ exitCode: 2 });
      expect(runner.calls).toEqual(['queryType analyst:inline other']);
    },
  );

  it('with --write, runs it as a write and reports the counters', async () => {
    const runner = fakeRunner('rw');
    const table = await runCypher(runner, query, {}, { format: 'table', write: true });
    expect(table.stdout).toBe('(no rows)\nchanges: nodesCreated 1, propertiesSet 2\n');
    const json = await runCypher(runner, query, {}, { format: 'json', write: true });
    expect(json).toEqual({ stdout: '', stderr: 'changes: nodesCreated 1, propertiesSet 2\n' });
    expect(runner.calls).toContain('write RETURN 1 AS n');
  });

  it('drops only a trailing semicolon', () => {
    expect(stripTrailingSemicolon('RETURN ";" AS s ;\n')).toBe('RETURN ";" AS s ');
  });
});

describe('describeFailure', () => {
  it("shows the database's message and code, exit code 1", () => {
    const err = new Neo4jError(
      "Invalid input 'RETURN'",
      'Neo.ClientError.Statement.SyntaxError',
      '42001',
      'error: syntax error or access rule violation',
    );
    expect(describeFailure(err)).toEqual({
      message: "Neo4j Neo.ClientError.Statement.SyntaxError:\nInvalid input 'RETURN'",
      exitCode: 1,
    });
  });

  it('keeps our own exit codes and shows other errors by message only', () => {
    expect(describeFailure(new CypherCliError('refused', 2))).toEqual({
      message: 'refused',
      exitCode: 2,
    });
    expect(describeFailure(new Error('boom'))).toEqual({ message: 'boom', exitCode: 1 });
  });
});

describe('unshiftErrorPositions (errors found while classifying with EXPLAIN)', () => {
  // Messages as Neo4j 5.26 words them for `EXPLAIN <query>`.
  it('moves a first-line position, the echoed line and its caret back by the prefix', () => {
    const message =
      "Invalid input 'RETRN': expected 'FOREACH' or 'WITH' (line 1, column 9 (offset: 8))\n" +
      '"EXPLAIN RETRN 1"\n' +
      '         ^';
    expect(unshiftErrorPositions(message)).toBe(
      "Invalid input 'RETRN': expected 'FOREACH' or 'WITH' (line 1, column 1 (offset: 0))\n" +
        '"RETRN 1"\n' +
        ' ^',
    );
  });

  it('points at the same character of the analyst text as Neo4j did of its own', () => {
    const query = 'MATCH (c:Career RETURN c';
    const message =
      "Invalid input 'RETURN': expected a parameter, '&' or '|' (line 1, column 25 (offset: 24))\n" +
      `"EXPLAIN ${query}"\n` +
      `${' '.repeat(25)}^`;
    const [first, echoed, caret] = unshiftErrorPositions(message).split('\n');
    const [, column, offset] = /column (\d+) \(offset: (\d+)\)/.exec(first ?? '') ?? [];
    expect(query.slice(Number(offset))).toMatch(/^RETURN/);
    expect(query.slice(Number(column) - 1)).toMatch(/^RETURN/);
    expect(echoed).toBe(`"${query}"`);
    // The caret sits under the character, one to the right for the opening quote.
    expect(echoed?.slice(caret?.indexOf('^'))).toMatch(/^RETURN/);
  });

  it('on a later line, keeps line and column and corrects only the offset', () => {
    const message =
      'Variable `x` not defined (line 2, column 8 (offset: 32))\n' + '"RETURN x"\n' + '        ^';
    expect(unshiftErrorPositions(message)).toBe(
      'Variable `x` not defined (line 2, column 8 (offset: 24))\n' + '"RETURN x"\n' + '        ^',
    );
  });

  it('leaves a message without a position as it is', () => {
    expect(unshiftErrorPositions('Expected parameter(s): slug')).toBe(
      'Expected parameter(s): slug',
    );
  });
});

describe('runCypher on a query Neo4j cannot parse', () => {
  it("reports the position in the analyst's text, not in the EXPLAIN it was checked with", async () => {
    const syntaxError = new Neo4jError(
      "Invalid input 'RETRN': expected 'RETURN' (line 1, column 9 (offset: 8))\n" +
        '"EXPLAIN RETRN 1"\n' +
        '         ^',
      'Neo.ClientError.Statement.SyntaxError',
      '42001',
      'error: syntax error or access rule violation',
    );
    const runner: CypherRunner = {
      queryType: () => Promise.reject(syntaxError),
      read: () => Promise.reject(new Error('must not run')),
      write: () => Promise.reject(new Error('must not run')),
    };
    const query = { kind: 'inline' as const, name: 'inline', text: 'RETRN 1', defaults: {} };
    const run = runCypher(runner, query, {}, { format: 'table', write: false });
    await expect(run).rejects.toBeInstanceOf(Neo4jError);
    await expect(run).rejects.toThrow(
      "Invalid input 'RETRN': expected 'RETURN' (line 1, column 1 (offset: 0))\n" +
        '"RETRN 1"\n' +
        ' ^',
    );
  });
});

describe('the CLI build freshness check (bin/build-freshness.js)', () => {
  const OUTPUT = path.join('dist', 'cli.js');
  let root: string;

  /** Sets a file's modification time to `secondsAgo` before now. */
  function age(file: string, secondsAgo: number): void {
    const t = Date.now() / 1000 - secondsAgo;
    utimesSync(path.join(root, file), t, t);
  }

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'cli-freshness-'));
    mkdirSync(path.join(root, 'src', 'cli'), { recursive: true });
    mkdirSync(path.join(root, 'dist'));
    writeFileSync(path.join(root, 'src', 'cli', 'main.ts'), '');
    writeFileSync(path.join(root, 'tsconfig.json'), '{}');
    writeFileSync(path.join(root, OUTPUT), '');
    for (const f of ['src/cli/main.ts', 'src/cli', 'src', 'tsconfig.json']) age(f, 100);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is fresh when the last build started after every source was saved', () => {
    writeStamp(root, Date.now() - 50_000);
    expect(staleReason(root, OUTPUT)).toBeNull();
  });

  it('is stale when a source, or the compiler options, changed after the build started', () => {
    writeStamp(root, Date.now() - 50_000);
    age('src/cli/main.ts', 10);
    expect(staleReason(root, OUTPUT)).toBe('sources changed since the build');
    age('src/cli/main.ts', 100);
    age('tsconfig.json', 10);
    expect(staleReason(root, OUTPUT)).toBe('sources changed since the build');
  });

  it('is stale when a source was added, renamed or deleted after the build started', () => {
    writeStamp(root, Date.now() - 50_000);
    rmSync(path.join(root, 'src', 'cli', 'main.ts'));
    expect(staleReason(root, OUTPUT)).toBe('sources changed since the build');
  });

  it('ignores files that are not TypeScript', () => {
    writeStamp(root, Date.now() - 50_000);
    writeFileSync(path.join(root, 'src', 'cli', 'notes.md'), '');
    age('src/cli', 100);
    expect(staleReason(root, OUTPUT)).toBeNull();
  });

  it('is stale when the output or the stamp is missing', () => {
    expect(staleReason(root, OUTPUT)).toBe('no build stamp');
    writeStamp(root, Date.now());
    rmSync(path.join(root, OUTPUT));
    expect(staleReason(root, OUTPUT)).toBe(`${OUTPUT} is not built`);
  });

  it('dates the stamp at the start of the build, so a file saved during tsc still counts', () => {
    const started = Date.now() - 5_000;
    writeStamp(root, started);
    expect(Math.abs(statSync(path.join(root, STAMP)).mtimeMs - started)).toBeLessThan(1_000);
    age('src/cli/main.ts', 2); // saved while that build ran
    expect(staleReason(root, OUTPUT)).toBe('sources changed since the build');
  });
});
