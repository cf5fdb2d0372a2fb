// The gateway process's work, loaded by main.ts once the compile cache is on: the supergraph
// file with subgraph URLs from the environment, the runtime, readiness, and a graceful SIGTERM.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { corsFromEnv } from './cors.ts';
import { startGateway } from './gateway.ts';
import { untilGraphAnswers } from './graph-ready.ts';
import { createGatewayLogger } from './observability.ts';
import { graphiqlFromEnv } from './production-defaults.ts';
import { responseCacheFromEnv } from './response-cache.ts';
import { subgraphUrls, subgraphUrlVariable, withSubgraphUrls } from './subgraph-urls.ts';
import { subgraphTimeoutsFromEnv } from './timeouts.ts';
import { setUpTracingFromEnv } from './tracing.ts';
import { trustedDocumentsFromEnv } from './trusted-documents.ts';
import { ENV, gatewayPorts } from '@partnership/kit/config';
import { giveUpAfterMs, portInUseMessage, shutdownFromEnv } from '@partnership/kit/http-drain';

const log = createGatewayLogger();
process.on('unhandledRejection', (error) => {
  log.error({ err: error }, 'unhandled rejection');
  process.exit(1);
});

const supergraphPath = process.env[ENV.supergraphPath] ?? path.resolve(import.meta.dirname, '../../schema/supergraph.graphql');
const composed = readFileSync(supergraphPath, 'utf8');
const names = Object.keys(subgraphUrls(composed));
const overrides = Object.fromEntries(names.map((name) => [name, process.env[subgraphUrlVariable(name)]]));
const supergraph = withSubgraphUrls(composed, overrides);
const shutdown = shutdownFromEnv();

const gateway = await startGateway({
  supergraph,
  ...gatewayPorts(),
  host: process.env[ENV.host] ?? '127.0.0.1',
  subgraphTimeouts: subgraphTimeoutsFromEnv(names),
  tracing: await setUpTracingFromEnv(),
  corsOrigins: corsFromEnv(),
  trustedDocuments: trustedDocumentsFromEnv(),
  deduplicateSubgraphRequests: process.env[ENV.deduplicateSubgraphRequests] !== 'false',
  responseCache: responseCacheFromEnv(),
}).catch((error: unknown) => {
  const inUse = portInUseMessage(error);
  if (!inUse) throw error;
  log.error(inUse);
  process.exit(1);
});
const metricsUrl = `${gateway.opsUrl}/metrics`;
log.info({ url: gateway.url, metricsUrl }, `gateway listening at ${gateway.url}; not ready until its subgraphs answer`);

const stopping = new AbortController();
async function stop(signal: string) {
  if (stopping.signal.aborted) return;
  stopping.abort();
  log.info({ signal, ...shutdown }, 'gateway stopping');
  setTimeout(() => {
    log.error('shutdown did not finish in time');
    process.exit(1);
  }, giveUpAfterMs(shutdown)).unref();
  // Also flushes the tracer provider (Hive's plugin does on dispose).
  await gateway.stop(shutdown);
  log.info('gateway stopped');
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

if (await untilGraphAnswers(gateway.url, gateway.health, log, stopping.signal)) {
  log.info(
    { url: gateway.url, explorerUrl: gateway.explorerUrl, metricsUrl, subgraphs: subgraphUrls(supergraph) },
    `Partnership graph ready: explorer at ${gateway.explorerUrl}, ${graphiqlFromEnv() ? 'GraphiQL' : 'API'} at ${gateway.url}`,
  );
}
