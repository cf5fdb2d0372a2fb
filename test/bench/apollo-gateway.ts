// The benchmark's peer, not part of the product: @apollo/gateway 2.14 (Elastic-2.0, dev-only)
// on Apollo Server 5, serving the same schema/supergraph.graphql with the subgraph URLs and
// secrets our gateway gets. Started by bench.ts as its own process:
//   APOLLO_GATEWAY_PORT=4100 <SUBGRAPH>_URL=... node test/bench/apollo-gateway.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { SUBGRAPH_SECRET_HEADER } from '@partnership/kit/auth';
import { subgraphSecret } from '@partnership/kit/secrets';
import { subgraphUrls, subgraphUrlVariable, withSubgraphUrls } from '../../gateway/src/subgraph-urls.ts';

// Without it the gateway reports usage to Apollo and probes cloud metadata addresses.
if (process.env.APOLLO_TELEMETRY_DISABLED !== '1') throw new Error('Set APOLLO_TELEMETRY_DISABLED=1 for the Apollo peer.');

const composed = readFileSync(path.resolve(import.meta.dirname, '../../schema/supergraph.graphql'), 'utf8');
const overrides = Object.fromEntries(Object.keys(subgraphUrls(composed)).map((name) => [name, process.env[subgraphUrlVariable(name)]]));

const gateway = new ApolloGateway({
  supergraphSdl: withSubgraphUrls(composed, overrides),
  buildService: ({ name, url }) =>
    new RemoteGraphQLDataSource({
      url,
      willSendRequest: ({ request }) => request.http?.headers.set(SUBGRAPH_SECRET_HEADER, subgraphSecret(name)),
    }),
});
const server = new ApolloServer({ gateway, plugins: [ApolloServerPluginLandingPageDisabled()] });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.APOLLO_GATEWAY_PORT ?? 4100), host: process.env.HOST ?? '127.0.0.1' },
});
console.log(`apollo gateway ready at ${url}`);

const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
