import pino from 'pino';

/**
 * One structured logger for the process; JSON lines on stdout. It starts at `info`; each entry
 * point sets the level from the validated config (LOG_LEVEL) as soon as it has read it, so a bad
 * value is refused with the other variables instead of being handed to pino.
 */
export const logger = pino({
  level: 'info',
  base: { service: 'medical-careers-graph' },
});
export type Logger = typeof logger;
