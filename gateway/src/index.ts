export { composeSupergraph, type SubgraphSdl } from './compose.ts';
export { readSupergraphConfig, SUPERGRAPH_CONFIG } from './supergraph-config.ts';
export { corsFromEnv, type CorsOrigins } from './cors.ts';
export { EXPLORER_DIST } from './explorer.ts';
export { createGateway, startGateway, type GatewayOptions, type RunningGateway } from './gateway.ts';
export { subgraphUrls, subgraphUrlVariable, withSubgraphUrls } from './subgraph-urls.ts';
export { EXPLORER_MANIFEST, loadManifest, trustedDocumentsFromEnv, type TrustedDocuments } from './trusted-documents.ts';
export { authFromEnv, signLocalToken, tokenVerifier, useActorAuth, type AuthOptions, type LocalTokenClaims } from './auth.ts';
export { DEFAULT_LIMITS, securityPlugins, type SecurityLimits } from './security.ts';
