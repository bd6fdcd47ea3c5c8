import { DatabaseUnavailableError } from '../../src/errors';
import { LocalNeo4jError } from '../../src/local-neo4j/local-neo4j';
import { logger } from '../../src/logger';
import type { LoadReport } from '../../src/seed/load-seeds';
import { firstLoadWithRetry, type FirstLoadSteps } from '../../src/seed/first-load';

const REPORT: LoadReport = { careers: 60, counters: {}, durationMs: 1, rows: 1, transactions: 1 };
const down = (): DatabaseUnavailableError =>
  new DatabaseUnavailableError(new Error('Connection was closed by server'));

/**
 * Fake steps that record their calls. `loads` says what each load does in turn: 'ok' succeeds,
 * 'down' fails as a killed database does; `wait` likewise for each wait.
 */
function fake(options: {
  careers?: number;
  loads: Array<'ok' | 'down'>;
  wait?: Array<'ok' | 'restart failed'>;
  supervised?: boolean;
}): { steps: FirstLoadSteps; calls: string[] } {
  const calls: string[] = [];
  const loads = [...options.loads];
  const waits = [...(options.wait ?? [])];
  const steps: FirstLoadSteps = {
    countCareers: () => {
      calls.push('count');
      return Promise.resolve(options.careers ?? 0);
    },
    loadSeeds: () => {
      calls.push('load');
      return loads.shift() === 'ok' ? Promise.resolve(REPORT) : Promise.reject(down());
    },
    repairSchema: () => {
      calls.push('repair');
      return Promise.resolve([]);
    },
    waitUntilAvailable:
      options.supervised === false
        ? null
        : (timeoutMs) => {
            calls.push(`wait ${timeoutMs}`);
            return waits.shift() === 'restart failed'
              ? Promise.reject(new LocalNeo4jError('The local Neo4j could not be restarted: boom'))
              : Promise.resolve();
          },
    log: logger.child({}, { level: 'silent' }),
    waitMs: 500,
  };
  return { steps, calls };
}

/** Adds a bulk import to finish: `finishes` says what each finishing does in turn. */
function withImport(
  fixture: { steps: FirstLoadSteps; calls: string[] },
  unfinished: boolean,
  finishes: Array<'ok' | 'down'>,
): void {
  const queue = [...finishes];
  fixture.steps.bulkImport = {
    unfinished: () => {
      fixture.calls.push('unfinished?');
      return Promise.resolve(unfinished && queue.length > 0);
    },
    finish: () => {
      fixture.calls.push('finish');
      return queue.shift() === 'ok' ? Promise.resolve() : Promise.reject(down());
    },
  };
}

describe('finishing a bulk-imported graph (npm start)', () => {
  it('when the imported graph is unfinished, then it is finished once and nothing is loaded', async () => {
    const fixture = fake({ careers: 60, loads: [] });
    withImport(fixture, true, ['ok']);
    await firstLoadWithRetry(fixture.steps);
    expect(fixture.calls).toEqual(['count', 'unfinished?', 'finish']);
  });

  it('when it is finished already, then nothing runs but the checks', async () => {
    const fixture = fake({ careers: 60, loads: [] });
    withImport(fixture, false, []);
    await firstLoadWithRetry(fixture.steps);
    expect(fixture.calls).toEqual(['count', 'unfinished?']);
  });

  it('when the database dies while finishing, then it waits for it and finishes again, never loading', async () => {
    const fixture = fake({ careers: 60, loads: [] });
    withImport(fixture, true, ['down', 'ok']);
    await firstLoadWithRetry(fixture.steps);
    expect(fixture.calls).toEqual([
      'count',
      'unfinished?',
      'finish',
      'wait 500',
      'count',
      'unfinished?',
      'finish',
    ]);
  });
});

describe('the first load of seeds/ (npm start)', () => {
  it('when the graph holds careers, then nothing is loaded', async () => {
    const { steps, calls } = fake({ careers: 60, loads: [] });
    await firstLoadWithRetry(steps);
    expect(calls).toEqual(['count']);
  });

  it('when the database dies during the load, then it waits for it, repairs the schema and loads again', async () => {
    const { steps, calls } = fake({ loads: ['down', 'ok'] });
    await firstLoadWithRetry(steps);
    expect(calls).toEqual(['count', 'load', 'wait 500', 'repair', 'load']);
  });

  it('when the database dies during the count, then it waits and counts again', async () => {
    const { steps, calls } = fake({ loads: ['ok'] });
    let counts = 0;
    const count = steps.countCareers;
    steps.countCareers = () => (++counts === 1 ? Promise.reject(down()) : count());
    await firstLoadWithRetry(steps);
    expect(calls).toEqual(['wait 500', 'count', 'load']);
  });

  it('when it dies on every attempt, then it gives up after 3 with a plain error naming the cause', async () => {
    const { steps, calls } = fake({ loads: ['down', 'down', 'down', 'ok'] });
    const failure = firstLoadWithRetry(steps);
    await expect(failure).rejects.toThrow(LocalNeo4jError);
    await expect(failure).rejects.toThrow(
      /failed 3 times: Neo4j became unavailable each time \(last: Connection was closed by server\)/,
    );
    expect(calls.filter((c) => c === 'load')).toHaveLength(3);
    expect(calls.filter((c) => c.startsWith('wait'))).toHaveLength(2);
  });

  it('when the supervisor cannot restart Neo4j, then it gives up at once, saying so', async () => {
    const { steps, calls } = fake({ loads: ['down', 'ok'], wait: ['restart failed'] });
    await expect(firstLoadWithRetry(steps)).rejects.toThrow(
      /became unavailable \(Connection was closed by server\) and did not come back\. The local Neo4j could not be restarted: boom/,
    );
    expect(calls).toEqual(['count', 'load', 'wait 500']);
  });

  it('when no supervised restart is to be expected, then the unavailable error fails the start at once', async () => {
    const { steps, calls } = fake({ loads: ['down', 'ok'], supervised: false });
    await expect(firstLoadWithRetry(steps)).rejects.toThrow(DatabaseUnavailableError);
    expect(calls).toEqual(['count', 'load']);
  });

  it('when the load fails for another reason, then that error fails the start without a retry', async () => {
    const { steps, calls } = fake({ loads: [] });
    steps.loadSeeds = () => {
      calls.push('load');
      return Promise.reject(new Error('seed file invalid'));
    };
    await expect(firstLoadWithRetry(steps)).rejects.toThrow('seed file invalid');
    expect(calls).toEqual(['count', 'load']);
  });
});
