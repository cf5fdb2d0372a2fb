// The one place that names the registries and every environment variable the graph reads.
// Loaded by the gateway, the tests, the bench and the scripts too (`@partnership/kit/config`):
// no imports, so it costs nothing to load.

/** The registries the graph composes, in the order their SDL is printed, with their default ports. */
export const REGISTRIES = [
  { name: 'enterprise-classes', port: 4001 },
  { name: 'master-studios', port: 4002 },
  { name: 'pay-policies', port: 4003 },
] as const;

export type RegistryName = (typeof REGISTRIES)[number]['name'];

export const REGISTRY_NAMES: RegistryName[] = REGISTRIES.map((r) => r.name);

/** A registry's audit-log root field, readable by BUREAU_ADMIN only: master-studios -> masterStudiosAuditLog. */
export const auditLogFieldOf = (name: RegistryName) => `${name.replace(/-(.)/g, (_, letter: string) => letter.toUpperCase())}AuditLog`;

/** The port a registry listens on by default (npm start). */
export const defaultPortOf = (name: RegistryName): number => REGISTRIES.find((r) => r.name === name)!.port;

/** The metrics port a service uses by default: its default API port + 5400 (4002 -> 9402). */
export const defaultMetricsPort = (port: number) => port + 5400;

type Env = Record<string, string | undefined>;

const GATEWAY_DEFAULT_PORT = 4000;

/** Where the gateway listens: GATEWAY_PORT and GATEWAY_METRICS_PORT, else 4000 and 9400. */
export const gatewayPorts = (env: Env = process.env) => ({
  port: Number(env[ENV.gatewayPort] ?? GATEWAY_DEFAULT_PORT),
  metricsPort: Number(env[ENV.gatewayMetricsPort] ?? defaultMetricsPort(GATEWAY_DEFAULT_PORT)),
});

/** Where a registry listens: <REGISTRY>_PORT and <REGISTRY>_METRICS_PORT, else its defaults (4002 and 9402). */
export function registryPorts(name: RegistryName, env: Env = process.env) {
  const names = registryEnv(name);
  const byDefault = defaultPortOf(name);
  return { port: Number(env[names.port] ?? byDefault), metricsPort: Number(env[names.metricsPort] ?? defaultMetricsPort(byDefault)) };
}

/**
 * The variables that concern one registry, named after it: MASTER_STUDIOS_PORT... Its own process
 * reads port to dataDir and secret; the gateway reads url, timeoutMs and secret.
 */
export function registryEnv(name: string) {
  const prefix = name.toUpperCase().replaceAll('-', '_');
  return {
    /** Where its API listens. */
    port: `${prefix}_PORT`,
    /** Where its /metrics, /healthcheck and /readiness listen. */
    metricsPort: `${prefix}_METRICS_PORT`,
    /** Its PostgreSQL database; without it, embedded PGlite under dataDir. */
    databaseUrl: `${prefix}_DATABASE_URL`,
    /** Comma-separated PostgreSQL streaming replicas of databaseUrl, for reads. */
    databaseReplicaUrls: `${prefix}_DATABASE_REPLICA_URLS`,
    /** PGlite's data directory. @default .data/<name> */
    dataDir: `${prefix}_DATA_DIR`,
    /** Where the gateway reaches it. */
    url: `${prefix}_URL`,
    /** How long the gateway waits for one of its fetches. */
    timeoutMs: `${prefix}_TIMEOUT_MS`,
    /** The secret the gateway sends it in x-subgraph-secret. */
    secret: `${prefix}_SECRET`,
  } as const;
}

/** Variables read by every service, or by the gateway alone. */
export const ENV = {
  nodeEnv: 'NODE_ENV',
  host: 'HOST',
  logLevel: 'LOG_LEVEL',
  /** json or pretty; by default pretty on a terminal outside production. */
  logFormat: 'LOG_FORMAT',
  /** Set by a supervisor whose own output is a terminal (concurrently): pretty logs through a pipe. */
  forceColor: 'FORCE_COLOR',
  shutdownTimeoutMs: 'SHUTDOWN_TIMEOUT_MS',
  /** How long a stopping service still answers, unready, before its port closes (behind a load balancer). */
  shutdownDelayMs: 'SHUTDOWN_DELAY_MS',
  /** Where a subgraph checks references into other registries. */
  gatewayUrl: 'GATEWAY_URL',
  gatewayPort: 'GATEWAY_PORT',
  gatewayMetricsPort: 'GATEWAY_METRICS_PORT',
  supergraphPath: 'SUPERGRAPH_PATH',
  subgraphTimeoutMs: 'GATEWAY_SUBGRAPH_TIMEOUT_MS',
  deduplicateSubgraphRequests: 'GATEWAY_DEDUPLICATE_SUBGRAPH_REQUESTS',
  corsOrigins: 'CORS_ORIGINS',
  introspection: 'GATEWAY_INTROSPECTION',
  graphiql: 'GATEWAY_GRAPHIQL',
  rateLimitMax: 'GATEWAY_RATE_LIMIT_MAX',
  rateLimitWindowSeconds: 'GATEWAY_RATE_LIMIT_WINDOW_SECONDS',
  clientIpHeader: 'GATEWAY_CLIENT_IP_HEADER',
  responseCache: 'GATEWAY_RESPONSE_CACHE',
  responseCacheTtlMs: 'GATEWAY_RESPONSE_CACHE_TTL_MS',
  redisUrl: 'GATEWAY_REDIS_URL',
  trustedDocumentsOnly: 'TRUSTED_DOCUMENTS_ONLY',
  trustedDocumentsPath: 'TRUSTED_DOCUMENTS_PATH',
  jwtSecret: 'JWT_SECRET',
  jwtIssuer: 'JWT_ISSUER',
  jwtAudience: 'JWT_AUDIENCE',
  jwksUrl: 'JWKS_URL',
  /** The identity provider the explorer signs in with (OpenID Connect, authorization code + PKCE). */
  oidcIssuer: 'OIDC_ISSUER',
  oidcClientId: 'OIDC_CLIENT_ID',
  oidcScope: 'OIDC_SCOPE',
  oidcResource: 'OIDC_RESOURCE',
  databasePoolMax: 'DATABASE_POOL_MAX',
  databasePoolIdleTimeoutMs: 'DATABASE_POOL_IDLE_TIMEOUT_MS',
  databaseConnectTimeoutMs: 'DATABASE_CONNECT_TIMEOUT_MS',
  databaseStatementTimeoutMs: 'DATABASE_STATEMENT_TIMEOUT_MS',
  /** OpenTelemetry's own names, read by its SDK too. */
  otelSdkDisabled: 'OTEL_SDK_DISABLED',
  otelTracesExporter: 'OTEL_TRACES_EXPORTER',
  otelTracesSampler: 'OTEL_TRACES_SAMPLER',
  otelTracesSamplerArg: 'OTEL_TRACES_SAMPLER_ARG',
  otelServiceName: 'OTEL_SERVICE_NAME',
  /** PostgreSQL for the suites that need one; they skip without it. */
  testDatabaseUrl: 'TEST_DATABASE_URL',
} as const;

export const isProduction = (env: NodeJS.ProcessEnv = process.env) => env[ENV.nodeEnv] === 'production';
