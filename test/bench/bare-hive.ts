// The benchmark's floor for our plugins, not part of the product: Hive gateway-runtime with the
// Rust planner as shipped, serving the same supergraph with only each subgraph's secret added.
// Started by bench.ts as its own process:
//   BARE_HIVE_PORT=4103 <SUBGRAPH>_URL=... <SUBGRAPH>_SECRET=... node test/bench/bare-hive.ts
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { SUBGRAPH_SECRET_HEADER } from '@partnership/kit/auth';
import { subgraphSecret } from '@partnership/kit/secrets';
import { subgraphUrls, subgraphUrlVariable, withSubgraphUrls } from '../../gateway/src/subgraph-urls.ts';

const composed = readFileSync(path.resolve(import.meta.dirname, '../../schema/supergraph.graphql'), 'utf8');
const names = Object.keys(subgraphUrls(composed));
const supergraph = withSubgraphUrls(composed, Object.fromEntries(names.map((name) => [name, process.env[subgraphUrlVariable(name)]])));
const secrets: Record<string, string> = Object.fromEntries(names.map((name) => [name, subgraphSecret(name)]));

const gateway = createGatewayRuntime({
  supergraph: () => supergraph,
  unifiedGraphHandler,
  logging: 'warn',
  plugins: () => [
    {
      onFetch({ executionRequest, options, setOptions }) {
        const secret = executionRequest?.subgraphName && secrets[executionRequest.subgraphName];
        if (secret) setOptions({ ...options, headers: { ...options.headers, [SUBGRAPH_SECRET_HEADER]: secret } });
      },
    },
  ],
});
const server = createServer(gateway);
server.listen(Number(process.env.BARE_HIVE_PORT ?? 4103), process.env.HOST ?? '127.0.0.1', () => console.log('bare hive gateway ready'));

const stop = async () => {
  server.close();
  server.closeAllConnections();
  await gateway[Symbol.asyncDispose]();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
