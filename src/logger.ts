import pino from 'pino';

/** One structured logger for the process; JSON lines on stdout, level from LOG_LEVEL. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: { service: 'medical-careers-graph' },
});
export type Logger = typeof logger;
