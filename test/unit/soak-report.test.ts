import {
  burstRow,
  burstTable,
  percentile,
  summarise,
  summaryTable,
  verdict,
  type BurstSample,
} from '../../scripts/soak-report';

const sample = (overrides: Partial<BurstSample> = {}): BurstSample => ({
  connections: 100,
  burst: 1,
  acceptedMs: [30, 10, 20],
  refusedMs: [5, 1],
  otherStatuses: {},
  clientErrors: {},
  inFlightAfter: 3,
  msToZero: 40,
  normalQuery: { status: 200, ms: 4 },
  ...overrides,
});

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('percentile', () => {
  it('when there are no values, then it is null', () => {
    expect(percentile([], 99)).toBeNull();
  });

  it('when asked for p50 and p99, then it gives the nearest-rank values, rounded to a millisecond', () => {
    expect(percentile(range(1, 100), 99)).toBe(100);
    expect(percentile([1, 2, 3, 4], 50)).toBe(3);
    expect(percentile([1.4, 2.6], 99)).toBe(3);
  });
});

describe('burstRow', () => {
  it('when latencies come in arrival order, then the row counts answers by status and takes percentiles of the sorted latencies', () => {
    const row = burstRow(sample({ otherStatuses: { 500: 2, 413: 1 } }));
    expect(row).toMatchObject({
      ok200: 3,
      refused503: 2,
      otherStatus: 3,
      otherStatuses: { 500: 2, 413: 1 },
      p50AcceptedMs: 20,
      p99AcceptedMs: 30,
      p99RefusedMs: 5,
      inFlightAfter: 3,
      msToZero: 40,
      normalQueryStatus: 200,
      normalQueryMs: 4,
    });
  });

  it('when a burst got no refusals, then its refusal p99 is null', () => {
    expect(burstRow(sample({ refusedMs: [] })).p99RefusedMs).toBeNull();
  });
});

describe('summarise', () => {
  it('when a connection count ran several bursts, then its p99s are over all their answers together and its ratio is to the baseline p99', () => {
    const [hundred] = summarise(
      [
        sample({ burst: 1, acceptedMs: range(1, 50), refusedMs: [7], inFlightAfter: 2 }),
        sample({ burst: 2, acceptedMs: range(51, 100), refusedMs: [9], inFlightAfter: 5 }),
      ],
      40,
    );
    expect(hundred).toEqual({
      connections: 100,
      bursts: 2,
      p99AcceptedMs: 100,
      p99AcceptedRatio: 2.5,
      p99RefusedMs: 9,
      p99RefusedFloorMs: null,
      maxInFlightAfter: 5,
      maxMsToZero: 40,
    });
  });

  it("when the refusal floor ran the same bursts, then each count's floor p99 is over its refusals there", () => {
    const floor = new Map([
      [100, range(1, 100)],
      [300, [4, 6]],
    ]);
    const summaries = summarise(
      [sample({ connections: 100 }), sample({ connections: 300 }), sample({ connections: 500 })],
      10,
      floor,
    );
    expect(summaries.map((s) => [s.connections, s.p99RefusedFloorMs])).toEqual([
      [100, 100],
      [300, 6],
      [500, null],
    ]);
    const text = summaryTable(summaries, { connections: 8, p99AcceptedMs: 10 });
    expect(text).toContain('a server that only refuses');
  });

  it('when two connection counts ran, then there is one summary each, in the order they ran', () => {
    const summaries = summarise(
      [sample({ connections: 300 }), sample({ connections: 100 }), sample({ connections: 300 })],
      10,
    );
    expect(summaries.map((s) => [s.connections, s.bursts])).toEqual([
      [300, 2],
      [100, 1],
    ]);
  });

  it('when the baseline has no p99, then the ratio is null', () => {
    expect(summarise([sample()], null)[0]?.p99AcceptedRatio).toBeNull();
  });

  it('when one burst never got back to 0 in flight, then the longest time to 0 is null, not the longest of the others', () => {
    const [s] = summarise([sample({ msToZero: 12 }), sample({ burst: 2, msToZero: null })], 10);
    expect(s?.maxMsToZero).toBeNull();
  });
});

describe('verdict', () => {
  it('when every burst drained, got only 200 and 503, and /readyz is 200 after, then there is no problem', () => {
    expect(verdict([sample(), sample({ connections: 300 })], 8000, 200)).toEqual([]);
  });

  it('when a burst left requests in flight past the deadline, then that burst is named with its count right after', () => {
    expect(verdict([sample({ burst: 2, inFlightAfter: 4, msToZero: null })], 8000, 200)).toEqual([
      'burst 2 of 100 connections: requests still in flight 8000 ms after it ended (4 right after)',
    ]);
  });

  it('when /readyz never said how many are in flight, then that is a problem too', () => {
    expect(verdict([sample({ inFlightAfter: null, msToZero: null })], 8000, 200)).toEqual([
      'burst 1 of 100 connections: /readyz did not say how many requests are in flight',
    ]);
  });

  it('when a burst got a status other than 200 or 503, then the statuses are listed', () => {
    expect(verdict([sample({ otherStatuses: { 500: 2, 400: 0 } })], 8000, 200)).toEqual([
      'burst 1 of 100 connections: answers other than 200 or 503 (2× 500)',
    ]);
  });

  it('when requests got no answer, or the normal query after failed, or /readyz is not 200 at the end, then each is a problem', () => {
    expect(
      verdict(
        [
          sample({
            clientErrors: { timeout: 1, ECONNRESET: 3 },
            normalQuery: { status: 0, ms: 8000 },
          }),
        ],
        8000,
        503,
      ),
    ).toEqual([
      'burst 1 of 100 connections: requests that got no answer (3× ECONNRESET, 1× timeout)',
      'burst 1 of 100 connections: the normal query after it got no answer',
      '/readyz answered 503 after the bursts',
    ]);
  });
});

describe('tables', () => {
  it('when a burst did not get back to 0, then both tables say so instead of a time', () => {
    const samples = [sample({ msToZero: null })];
    expect(burstTable(samples.map(burstRow))).toContain('not 0');
    expect(summaryTable(summarise(samples, 15), { connections: 8, p99AcceptedMs: 15 })).toContain(
      'not 0',
    );
  });

  it('when the summary is printed, then the ratio column names the baseline and shows the ratio', () => {
    const text = summaryTable(summarise([sample()], 15), { connections: 8, p99AcceptedMs: 15 });
    expect(text).toContain('÷ p99 at 8 conn. (15 ms)');
    expect(text).toContain('2.00×');
  });
});
