// Loaded by the gateway too (`@partnership/kit/ops-server`): keep its imports light.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';

export interface Readiness {
  ready: boolean;
  /** Why not, for whoever reads the probe: "applying migrations", "database did not answer"... */
  reason?: string;
}

export interface OpsServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * The operations listener, on its own port so it is never exposed with the API:
 * /metrics (Prometheus text), /healthcheck (liveness: the process answers) and
 * /readiness (200 when the service can take traffic, 503 with a reason otherwise).
 */
export async function startOpsServer(options: {
  port: number;
  host: string;
  registry: Registry;
  readiness: () => Promise<Readiness>;
}): Promise<OpsServer> {
  const http = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(body));
    };
    try {
      if (path === '/metrics') {
        const text = await options.registry.metrics();
        response.writeHead(200, { 'content-type': options.registry.contentType });
        return response.end(text);
      }
      if (path === '/healthcheck') return json(200, { status: 'ok' });
      if (path === '/readiness') {
        const { ready, reason } = await options.readiness();
        return json(ready ? 200 : 503, ready ? { status: 'ready' } : { status: 'unavailable', reason });
      }
      json(404, { error: 'Not found: use /metrics, /healthcheck or /readiness.' });
    } catch (error) {
      json(500, { error: (error as Error).message });
    }
  });
  http.listen(options.port, options.host);
  await once(http, 'listening');
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}`,
    async stop() {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
