// Loaded by the gateway too (`@partnership/kit/log-format`): keep its imports light.
import type { DestinationStream } from 'pino';
import PinoPretty from 'pino-pretty';
import sonicBoom from 'sonic-boom';
import { ENV, isProduction } from './config.ts';

export type LogFormat = 'json' | 'pretty';

// sonic-boom's types describe an ES module's exports; at run time its CommonJS export is the class.
const SonicBoom = sonicBoom as unknown as typeof sonicBoom.SonicBoom;

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

/** How long a JSON line may wait before it is written, and how much may wait. */
const BATCH_MS = 100;
const BATCH_BYTES = 4096;

/**
 * Lines written to `fd` in batches: a write per line would be a system call per request in every
 * service. A line waits at most BATCH_MS (or until BATCH_BYTES wait); each batch is written
 * synchronously, so lines keep their order, and what waits is written when the process exits.
 * Once a write fails (EPIPE: whatever read the lines is gone) lines are dropped: the service
 * goes on serving, and exits when stopped instead of retrying the write for ever.
 */
export function batchedLines(fd: number): DestinationStream {
  const stream = new SonicBoom({ fd, sync: true, minLength: BATCH_BYTES });
  let failed = false;
  stream.on('error', () => (failed = true));
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    if (!failed) stream.flush();
  };
  process.once('exit', () => {
    try {
      if (!failed) stream.flushSync();
    } catch {
      // Nowhere left to write: the lines are lost either way.
    }
  });
  return {
    write(line: string) {
      if (failed) return;
      stream.write(line);
      // Unreferenced: a waiting line never keeps the process alive, the exit hook writes it.
      timer ??= setTimeout(flush, BATCH_MS).unref();
    },
  };
}

// One per process: every logger's lines share its order.
let stdoutLines: DestinationStream | undefined;

/** Where a service writes its log lines: stdout, as JSON or as one readable line per entry. */
export function logDestination(format: LogFormat = logFormat()): DestinationStream {
  if (format === 'json') return (stdoutLines ??= batchedLines(1));
  return PinoPretty({
    destination: 1,
    sync: true,
    singleLine: true,
    translateTime: 'SYS:HH:MM:ss',
    // The supervisor's prefix names the service.
    ignore: 'pid,hostname,service,subgraph',
  });
}
