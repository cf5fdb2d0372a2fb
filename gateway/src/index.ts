export { composeSupergraph, subgraphSdl, type SubgraphSdl } from './compose.ts';
export { createGateway, startGateway, type GatewayOptions, type RunningGateway } from './gateway.ts';
export { subgraphUrls, subgraphUrlVariable, withSubgraphUrls } from './subgraph-urls.ts';
export { defaultSubgraphUrl, SUBGRAPHS } from './subgraphs.ts';
