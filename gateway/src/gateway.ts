import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

export interface GatewayOptions {
  /** The composed supergraph SDL, read once: the gateway never introspects subgraphs. */
  supergraph: string;
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  /** Hive's logger; false keeps tests quiet. @default 'info' */
  logging?: boolean | 'debug' | 'info' | 'warn' | 'error';
}

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

/** Creates the gateway: Hive gateway-runtime with the Rust query planner, GraphiQL served offline. */
export function createGateway(supergraph: string, logging: GatewayOptions['logging'] = 'info') {
  return createGatewayRuntime({
    supergraph: () => supergraph,
    unifiedGraphHandler,
    // GraphiQL with its assets inlined: the default one loads from a CDN.
    renderGraphiQL,
    graphiql: { title: 'Partnership graph' },
    landingPage: false,
    healthCheckEndpoint: '/healthcheck',
    readinessCheckEndpoint: '/readiness',
    logging,
  });
}

/** Serves the gateway over node:http at /graphql. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const gateway = createGateway(options.supergraph, options.logging);
  const http = createServer(gateway);
  const host = options.host ?? '127.0.0.1';
  http.listen(options.port, host);
  await once(http, 'listening');
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/graphql`,
    async stop() {
      // Hive disposes itself on signals but leaves the HTTP server open: close it first.
      http.closeIdleConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await gateway[Symbol.asyncDispose]();
    },
  };
}
