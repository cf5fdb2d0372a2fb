import { pino, type DestinationStream, type Logger } from 'pino';
import { logDestination } from './log-format.ts';
import { currentRequest } from './request-scope.ts';
import { ENV } from './config.ts';

export type { Logger };

/** Header and field paths that never reach a log line, whatever logs them. */
export const REDACTED_PATHS = [
  'headers.authorization',
  'headers.cookie',
  'headers["proxy-authorization"]',
  'headers["x-api-key"]',
  'headers["x-subgraph-secret"]',
  '*.headers["x-subgraph-secret"]',
  '*.headers.authorization',
  '*.headers.cookie',
  'password',
  '*.password',
  'token',
  '*.token',
];

/**
 * A pino logger writing JSON lines, or readable ones in a terminal (see logFormat); every line
 * written while a request is being served carries its requestId. LOG_LEVEL sets the level (default info).
 */
export function createLogger(destination?: DestinationStream): Logger {
  return pino(
    {
      level: process.env[ENV.logLevel] || 'info',
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      mixin: () => {
        const request = currentRequest();
        return request ? { requestId: request.requestId } : {};
      },
    },
    destination ?? logDestination(),
  );
}

/** The process's logger; services take a child of it with their name. */
export const logger = createLogger();
