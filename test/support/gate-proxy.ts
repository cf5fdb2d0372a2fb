import { createServer, type IncomingHttpHeaders } from 'node:http';
import { listenInFrontOf } from './proxy-listen.ts';

/** What the proxy received: one entry per subgraph fetch the gateway made. */
export interface ProxiedRequest {
  headers: IncomingHttpHeaders;
  body: string;
}

/** An HTTP proxy in front of a subgraph that records each request and holds it while closed. */
export interface GateProxy {
  url: string;
  received: ProxiedRequest[];
  /** Hold new and waiting requests until open(). */
  close(): void;
  open(): void;
  /**
   * While true, a request still reaches the service, but its answer is dropped and the connection
   * cut, as when a service dies after committing and before answering.
   */
  dropAnswers(drop: boolean): void;
  /** Resolves once `count` requests have arrived. */
  arrived(count: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startGateProxy(targetUrl: string): Promise<GateProxy> {
  const received: ProxiedRequest[] = [];
  let gate: Promise<void> = Promise.resolve();
  let openGate = () => {};
  const waiters: { count: number; resolve(): void }[] = [];
  let dropping = false;
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString();
    received.push({ headers: request.headers, body });
    for (const waiter of waiters.filter((w) => received.length >= w.count)) waiter.resolve();
    await gate;
    const headers = Object.entries(request.headers).filter(([name]) => !['host', 'content-length', 'connection'].includes(name));
    const upstream = await fetch(targetUrl, { method: request.method, headers: headers as [string, string][], body }).catch(() => undefined);
    // A service that died mid-request: the caller sees its connection cut, as it would without us.
    if (!upstream || dropping) return void response.socket?.destroy();
    response.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
    response.end(Buffer.from(await upstream.arrayBuffer()));
  });
  const url = await listenInFrontOf(server, targetUrl);
  return {
    url,
    received,
    close() {
      gate = new Promise((resolve) => (openGate = resolve));
    },
    open: () => openGate(),
    dropAnswers: (drop) => void (dropping = drop),
    arrived: (count) =>
      received.length >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve })),
    async stop() {
      openGate();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
