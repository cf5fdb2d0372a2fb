import type { Server } from 'node:http';

/**
 * Closes an HTTP server the graceful way: no new connections; a keep-alive connection is closed
 * as soon as it is idle (its request finished); at the deadline, what still runs is cut off
 * rather than holding the exit. Resolves once every connection is gone.
 */
export async function drainHttpServer(http: Server, deadlineMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => http.close(() => resolve()));
  const sweep = setInterval(() => http.closeIdleConnections(), 50);
  http.closeIdleConnections();
  const deadline = setTimeout(() => http.closeAllConnections(), deadlineMs);
  await closed;
  clearInterval(sweep);
  clearTimeout(deadline);
}
