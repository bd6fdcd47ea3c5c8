import { cpuPerRequest, processCpuMs } from '../../bench/process-cpu';

describe("the bench's CPU readings", () => {
  it('when this process burns CPU, then its reading grows by about that much', () => {
    const before = processCpuMs(process.pid);
    expect(before).not.toBeNull();
    const until = process.cpuUsage();
    // ~200 ms of user time: the reading has a 10 ms grain.
    while (process.cpuUsage(until).user < 200_000) Math.sqrt(Math.random());
    const grown = (processCpuMs(process.pid) ?? 0) - (before ?? 0);
    expect(grown).toBeGreaterThanOrEqual(150);
    expect(grown).toBeLessThan(2_000);
  });

  it('when there is no such process, or no pid, then there is no reading', () => {
    expect(processCpuMs(undefined)).toBeNull();
    expect(processCpuMs(2 ** 30)).toBeNull();
  });

  it('when readings and a request count are known, then it is ms per request, to 0.01', () => {
    expect(cpuPerRequest(1_000, 1_250, 300)).toBe(0.83);
    expect(cpuPerRequest(null, 1_250, 300)).toBeNull();
    expect(cpuPerRequest(1_000, 1_250, 0)).toBeNull();
  });
});
