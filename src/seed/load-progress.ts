import cliProgress from 'cli-progress';
import type { LoadProgress } from './load-seeds';

export interface ProgressBar {
  update(progress: LoadProgress): void;
  stop(): void;
}

/**
 * A progress bar on stderr for a seed load, in rows written and rows per second. Off a terminal
 * (CI logs, a redirected bench run) it prints the bar as a plain line every 10 s instead.
 */
export function loadProgressBar(stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'loading {bar} {percentage}% | {value}/{total} rows | {rate} rows/s | {step}',
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 10_000,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  let begun = false;
  return {
    update({ done, total, step }) {
      const payload = {
        step,
        rate: Math.round(done / Math.max(0.001, (performance.now() - started) / 1000)),
      };
      if (!begun) {
        bar.start(total, done, payload);
        begun = true;
      } else bar.update(done, payload);
    },
    stop() {
      if (begun) bar.stop();
      begun = false;
    },
  };
}
