import { createServer, connect, type Socket } from 'node:net';
import { listenInFrontOf } from './proxy-listen.ts';

/** A TCP proxy on loopback that forwards to a service, or swallows requests without answering. */
export interface StallProxy {
  /** The target URL with the proxy's port instead of the service's. */
  url: string;
  /** New connections are accepted but never forwarded: requests hang like a stalled service. */
  stall(): void;
  /** Forward again (connections opened while stalled stay stalled). */
  resume(): void;
  close(): Promise<void>;
}

export async function startStallProxy(targetUrl: string): Promise<StallProxy> {
  const target = new URL(targetUrl);
  const sockets = new Set<Socket>();
  let stalled = false;
  const server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    if (stalled) return client.resume(); // read and drop: the request never gets an answer
    const upstream = connect(Number(target.port), target.hostname);
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  const url = await listenInFrontOf(server, targetUrl);
  return {
    url,
    stall() {
      stalled = true;
      // Keep-alive connections would still forward: drop them so the next request reconnects.
      for (const socket of sockets) socket.destroy();
    },
    resume() {
      stalled = false;
      for (const socket of sockets) socket.destroy();
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
