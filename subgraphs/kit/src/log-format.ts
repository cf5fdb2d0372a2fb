// Loaded by the gateway too (`@partnership/kit/log-format`): keep its imports light.
import { pino, type DestinationStream } from 'pino';
import PinoPretty from 'pino-pretty';
import { ENV, isProduction } from './config.ts';

export type LogFormat = 'json' | 'pretty';

/**
 * LOG_FORMAT when set; else pretty for a person at a terminal and JSON for everything else.
 * Production is always JSON. A terminal is stdout itself, or the supervisor's: `npm start`'s
 * concurrently pipes each service's output and says with FORCE_COLOR that its own is a terminal.
 */
export function logFormat(env: NodeJS.ProcessEnv = process.env, stdoutIsTerminal = Boolean(process.stdout.isTTY)): LogFormat {
  const asked = env[ENV.logFormat];
  if (asked === 'json' || asked === 'pretty') return asked;
  if (asked) throw new Error(`LOG_FORMAT must be json or pretty, not "${asked}"`);
  if (isProduction(env)) return 'json';
  const supervisorTerminal = env[ENV.forceColor] !== undefined && env[ENV.forceColor] !== '0' && env[ENV.forceColor] !== 'false';
  return stdoutIsTerminal || supervisorTerminal ? 'pretty' : 'json';
}

/**
 * Where a service writes its log lines: stdout, synchronously (an asynchronous write still pending
 * at process.exit lands after later lines), as JSON or as one readable line per entry.
 */
export function logDestination(format: LogFormat = logFormat()): DestinationStream {
  if (format === 'json') return pino.destination({ fd: 1, sync: true });
  return PinoPretty({
    destination: 1,
    sync: true,
    singleLine: true,
    translateTime: 'SYS:HH:MM:ss',
    // The supervisor's prefix names the service.
    ignore: 'pid,hostname,service,subgraph',
  });
}
