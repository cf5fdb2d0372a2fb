import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startGateway } from './gateway.ts';
import { subgraphUrls, subgraphUrlVariable, withSubgraphUrls } from './subgraph-urls.ts';

const supergraphPath = process.env.SUPERGRAPH_PATH ?? path.resolve(import.meta.dirname, '../../schema/supergraph.graphql');
const composed = readFileSync(supergraphPath, 'utf8');
const overrides = Object.fromEntries(
  Object.keys(subgraphUrls(composed)).map((name) => [name, process.env[subgraphUrlVariable(name)]]),
);
const supergraph = withSubgraphUrls(composed, overrides);

const gateway = await startGateway({
  supergraph,
  port: Number(process.env.GATEWAY_PORT ?? 4000),
  host: process.env.HOST ?? '127.0.0.1',
});
console.log(`Partnership graph ready at ${gateway.url} (GraphiQL in a browser)`);
for (const [name, url] of Object.entries(subgraphUrls(supergraph))) console.log(`  ${name} -> ${url}`);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`gateway stopping on ${signal}`);
  await gateway.stop();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
