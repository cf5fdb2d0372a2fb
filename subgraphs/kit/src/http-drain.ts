import type { Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { ENV } from './config.ts';

/** How a service stops on SIGTERM. */
export interface Shutdown {
  /**
   * How long it first goes on taking requests while reporting itself unready, every answer closing
   * its connection, so that a load balancer stops sending before the port closes (0: none).
   */
  delayMs: number;
  /** How long requests in flight may then run before their connections are cut. */
  deadlineMs: number;
}

export const DEFAULT_SHUTDOWN: Shutdown = { delayMs: 0, deadlineMs: 10_000 };

/** When a stop still running gives up and exits 1: after its delay and deadline, 5 s for the rest of closing. */
export const giveUpAfterMs = ({ delayMs, deadlineMs }: Shutdown) => delayMs + deadlineMs + 5_000;

/** SHUTDOWN_DELAY_MS and SHUTDOWN_TIMEOUT_MS, each a whole number of milliseconds. */
export function shutdownFromEnv(env: NodeJS.ProcessEnv = process.env): Shutdown {
  const read = (name: string, fallback: number) => {
    const value = Number(env[name] ?? fallback);
    if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number of milliseconds, not "${env[name]}"`);
    return value;
  };
  return { delayMs: read(ENV.shutdownDelayMs, DEFAULT_SHUTDOWN.delayMs), deadlineMs: read(ENV.shutdownTimeoutMs, DEFAULT_SHUTDOWN.deadlineMs) };
}

/**
 * Closes an HTTP server the graceful way. During the delay it still answers, closing each
 * connection after its answer (the caller sets `connection: close`): closing an idle keep-alive
 * connection while a balancer may still send on it would lose that request. Then no new
 * connections; a keep-alive connection is closed as soon as it is idle (its request finished); at
 * the deadline, what still runs is cut off rather than holding the exit. Resolves once every
 * connection is gone.
 */
export async function drainHttpServer(http: Server, { delayMs, deadlineMs }: Shutdown = DEFAULT_SHUTDOWN): Promise<void> {
  if (delayMs > 0) await sleep(delayMs);
  const closed = new Promise<void>((resolve) => http.close(() => resolve()));
  const sweep = setInterval(() => http.closeIdleConnections(), 50);
  http.closeIdleConnections();
  const deadline = setTimeout(() => http.closeAllConnections(), deadlineMs);
  await closed;
  clearInterval(sweep);
  clearTimeout(deadline);
}

/**
 * What to do, in one line, when a server cannot listen because its port is taken; undefined for
 * any other error. Most often a second npm start: its supervisor would restart it for ever.
 */
export function portInUseMessage(error: unknown): string | undefined {
  const failed = error as (NodeJS.ErrnoException & { address?: string; port?: number }) | undefined;
  if (failed?.code !== 'EADDRINUSE') return undefined;
  return `${failed.address}:${failed.port} is in use: is npm start already running? Stop it (Ctrl-C) before starting again, or give this service other ports (docs/operations.md, Environment).`;
}
