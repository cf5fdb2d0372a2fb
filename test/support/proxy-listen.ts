import { once } from 'node:events';
import type { Server } from 'node:net';

/** Starts a proxy on a free local port; its URL is the target's with that port. */
export async function listenInFrontOf(server: Server, targetUrl: string): Promise<string> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = new URL(targetUrl);
  url.port = String((server.address() as { port: number }).port);
  return url.toString();
}
