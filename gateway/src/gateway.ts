import { once } from 'node:events';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import type { useOpenTelemetry } from '@graphql-hive/plugin-opentelemetry';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { drainHttpServer, type Shutdown } from '@partnership/kit/http-drain';
import { startOpsServer, type Readiness } from '@partnership/kit/ops-server';
import { requestIdFrom, runInRequest } from '@partnership/kit/request-scope';
import { actorAuth, authFromEnv, identityHeadersOf, type AuthOptions } from './auth.ts';
import { corsOptions, type CorsOrigins } from './cors.ts';
import { explorerHandler } from './explorer.ts';
import { oidcFromEnv, signInHandler, type OidcSettings } from './sign-in.ts';
import { READY_PROBE, READY_PROBE_HASH } from './graph-ready.ts';
import { createGatewayLogger, createMetrics, requestLog, type LogLevel } from './observability.ts';
import { REQUEST_ID_HEADER, validatedRequestIds } from './request-id.ts';
import { requestMetrics } from './request-metrics.ts';
import { useRequestHooks } from './request-hooks.ts';
import { readFromPrimary } from './read-from.ts';
import { graphiqlFromEnv, introspectionFromEnv } from './production-defaults.ts';
import { clientRateLimit, rateLimitFromEnv, type RateLimit } from './rate-limit.ts';
import { responseCachePlugins, type ResponseCacheOptions } from './response-cache.ts';
import { maskSubgraphErrors, subgraphErrorShape } from './subgraph-errors.ts';
import { securityPlugins, type SecurityLimits } from './security.ts';
import { inFlightSharing } from './shared-fetches.ts';
import { subgraphHealth, type SubgraphHealth } from './subgraph-health.ts';
import { subgraphCalls } from './subgraph-calls.ts';
import { subgraphUrls } from './subgraph-urls.ts';
import { pathOf } from './url-path.ts';
import { DEFAULT_SUBGRAPH_TIMEOUT_MS, subgraphTimeouts, type SubgraphTimeouts } from './timeouts.ts';
import { loadManifest, operationNamesOf, persistedDocumentsOptions, type TrustedDocuments } from './trusted-documents.ts';

export interface GatewayOptions {
  /** The composed supergraph SDL, read once: the gateway never introspects subgraphs. */
  supergraph: string;
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  /** Log level of the JSON logs; false keeps tests quiet. @default LOG_LEVEL or 'info' */
  logging?: boolean | LogLevel;
  /** How long one subgraph fetch may take before its fields are null with GATEWAY_TIMEOUT. */
  subgraphTimeouts?: SubgraphTimeouts;
  /** Serve /metrics, /healthcheck and /readiness on this port (0: a free one); none when unset. */
  metricsPort?: number;
  /** Create spans with Hive's OpenTelemetry plugin, on the globally registered tracer provider. */
  tracing?: boolean;
  /** Browser origins allowed by CORS. @default none */
  corsOrigins?: CorsOrigins;
  /** Operations run by hash; `only` refuses all others. @default the explorer's, any operation allowed */
  trustedDocuments?: TrustedDocuments;
  /** The explorer build served at /, or false. @default gateway/explorer/dist */
  explorer?: string | false;
  /** Token verification and subgraph secrets. @default from the environment (authFromEnv) */
  auth?: AuthOptions;
  /** The identity provider the explorer signs in with (needs auth.jwksUrl). @default oidcFromEnv() */
  oidc?: OidcSettings;
  /** Production never mints development tokens (POST /auth/dev-token). @default NODE_ENV === 'production' */
  production?: boolean;
  /** Operation limits. @default DEFAULT_LIMITS */
  limits?: SecurityLimits;
  /**
   * Identical subgraph queries in flight for the same caller share one fetch (shared-fetches.ts;
   * its key includes the caller's identity headers). @default true
   */
  deduplicateSubgraphRequests?: boolean;
  /** Answer introspection queries. @default GATEWAY_INTROSPECTION, else on outside production */
  introspection?: boolean;
  /** Serve GraphiQL to browsers at /graphql. @default GATEWAY_GRAPHIQL, else on outside production */
  graphiql?: boolean;
  /** Operations per client and window, or false. @default rateLimitFromEnv(): on in production */
  rateLimit?: RateLimit | false;
  /** Reads cached, each caller's apart, invalidated by mutations (response-cache.ts). @default off */
  responseCache?: ResponseCacheOptions;
}

export interface RunningGateway {
  /** GraphQL, and GraphiQL in a browser. */
  url: string;
  /** The explorer, unless `explorer: false`. */
  explorerUrl?: string;
  /** The operations listener's base URL, when metricsPort was given. */
  opsUrl?: string;
  /** Which subgraphs answer: what readiness reports. */
  health: SubgraphHealth;
  /**
   * Turns unready (readiness and /healthcheck answer 503) and answers for the shutdown's delay, each
   * answer closing its connection; then stops accepting, lets requests in flight finish, and after
   * its deadline cuts the rest. @default no delay, 10 s
   */
  stop(shutdown?: Shutdown): Promise<void>;
}

type RuntimeOptions = Omit<GatewayOptions, 'port' | 'host' | 'metricsPort' | 'tracing'> & {
  metrics?: ReturnType<typeof createMetrics>;
  /** Hive's OpenTelemetry plugin, loaded by startGateway only when tracing is on (it is heavy). */
  openTelemetry?: typeof useOpenTelemetry;
};

/**
 * Creates the gateway: Hive gateway-runtime with the Rust query planner, GraphiQL served offline,
 * a timeout per subgraph, request ids carried to subgraphs, JSON logs, Prometheus metrics and,
 * when asked, OpenTelemetry spans.
 */
export function createGateway(options: RuntimeOptions) {
  const level = options.logging === true || options.logging === undefined ? undefined : options.logging;
  const metrics = options.metrics ?? createMetrics();
  const logger = createGatewayLogger(level);
  const responseCache = responseCachePlugins(options.responseCache ?? { mode: 'off', ttlMs: 0 }, options.supergraph, metrics.registry, logger);
  const timeouts = options.subgraphTimeouts ?? { default: DEFAULT_SUBGRAPH_TIMEOUT_MS, bySubgraph: {} };
  const timeoutOf = (subgraph: string | undefined) => (subgraph && timeouts.bySubgraph[subgraph]) || timeouts.default;
  const auth = options.auth ?? authFromEnv(Object.keys(subgraphUrls(options.supergraph)));
  const isSubgraphCall = subgraphCalls(auth.subgraphSecrets);
  const rateLimit = options.rateLimit ?? rateLimitFromEnv();
  const limiter = rateLimit ? clientRateLimit(rateLimit, isSubgraphCall) : undefined;
  const trusted = withReadyProbe(options.trustedDocuments ?? { manifest: loadManifest() });
  const observed = requestMetrics(metrics.registry, operationNamesOf(trusted.manifest));
  return createGatewayRuntime({
    supergraph: () => options.supergraph,
    unifiedGraphHandler,
    // GraphiQL with its assets inlined: the default one loads from a CDN.
    renderGraphiQL,
    graphiql: (options.graphiql ?? graphiqlFromEnv()) && { title: 'Partnership graph' },
    ...(!(options.introspection ?? introspectionFromEnv()) && { disableIntrospection: {} }),
    // Form-encoded, multipart and text/plain posts, and GETs, skip a browser's CORS preflight: a
    // page elsewhere could make a signed-in user's browser send them. Refused (403) unless they
    // carry a header only scripts allowed by CORS can set; JSON posts need none.
    csrfPrevention: { requestHeaders: ['x-graphql-csrf'] },
    landingPage: false,
    healthCheckEndpoint: HEALTHCHECK_PATH,
    readinessCheckEndpoint: '/readiness',
    logging: logger,
    // Replaced by validatedRequestIds, which refuses malformed incoming ids.
    requestId: false,
    // In-flight sharing is ours (shared-fetches.ts): Hive's copies every answer, shared or not.
    transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },
    cors: corsOptions(options.corsOrigins),
    persistedDocuments: persistedDocumentsOptions(trusted, isSubgraphCall),
    // Reached subgraphs' errors pass through; an unreachable one is named, not masked.
    maskedErrors: { maskError: maskSubgraphErrors },
    plugins: (context) => [
      // First: request ids, the request log and metrics, the token check, the rate limit, error
      // shapes, and what subgraph calls carry.
      useRequestHooks({
        requestIds: validatedRequestIds(),
        requestLog: requestLog(metrics, observed.startOf),
        metrics: observed,
        auth: actorAuth(auth, limiter?.refusedToken),
        identityHeadersOf,
        rateLimit: limiter,
        readFrom: readFromPrimary(),
        errorShape: subgraphErrorShape(timeoutOf),
        subgraphSecrets: auth.subgraphSecrets,
        timeouts: subgraphTimeouts(timeoutOf, subgraphUrls(options.supergraph)),
        shareInFlight: options.deduplicateSubgraphRequests === false ? undefined : inFlightSharing(),
      }),
      ...securityPlugins(options.limits),
      // After the limits: a refused request never reaches the cache.
      ...responseCache.plugins,
      {
        onDispose: () => responseCache.dispose(),
      },
      ...(options.openTelemetry ? [options.openTelemetry({ ...context, traces: true })] : []),
    ],
  });
}

/** The gateway's own readiness probe (serve.ts) runs whatever the trusted documents are. */
const withReadyProbe = (trusted: TrustedDocuments): TrustedDocuments => ({
  ...trusted,
  manifest: { ...trusted.manifest, [READY_PROBE_HASH]: READY_PROBE },
});

/**
 * Whether the gateway can serve the graph: shutdown has not begun and the runtime has loaded the
 * supergraph and handed its plugins the schema (asking loads it). Asks no registry: a balancer
 * routes on it (/healthcheck), and one registry down must not take every gateway out.
 */
async function servesGraph(runtime: GatewayRuntime, stopping: boolean): Promise<Readiness> {
  if (stopping) return { ready: false, reason: 'shutting down' };
  try {
    await runtime.getSchema();
    return { ready: true };
  } catch (error) {
    return { ready: false, reason: `supergraph not loaded: ${(error as Error).message}` };
  }
}

/**
 * Ready when it serves the graph and every subgraph answers. Served on the operations port and at
 * /readiness on the API port, in place of Hive's.
 */
async function readiness(runtime: GatewayRuntime, health: SubgraphHealth, stopping: boolean): Promise<Readiness> {
  const serving = await servesGraph(runtime, stopping);
  if (!serving.ready) return serving;
  const down = await health.down();
  return down.length ? { ready: false, reason: `subgraphs not answering: ${down.join(', ')}` } : { ready: true };
}

/** Serves the gateway over node:http at /graphql, and its operations endpoints when asked. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const metrics = createMetrics();
  const openTelemetry = options.tracing ? (await import('@graphql-hive/plugin-opentelemetry')).useOpenTelemetry : undefined;
  const auth = options.auth ?? authFromEnv(Object.keys(subgraphUrls(options.supergraph)));
  const oidc = options.oidc ?? oidcFromEnv();
  const gateway = withoutDisposalOnSignals(() => createGateway({ ...options, auth, metrics, openTelemetry }));
  const signIn = signInHandler({ auth, oidc, production: options.production });
  const explorer = explorerHandler(options.explorer, oidc ? [new URL(oidc.issuer).origin] : []);
  const health = subgraphHealth(subgraphUrls(options.supergraph));
  let stopping = false;
  const http = createServer((request, response) => {
    // While stopping, answer what was already sent on open connections, then close them.
    if (stopping) response.setHeader('connection', 'close');
    const path = pathOf(request.url ?? '/');
    // Nearly every request: straight to the runtime, past the other routes (which parse the URL),
    // in a scope naming the request on every line logged for it.
    if (path === GRAPHQL_PATH) return runInRequest({ requestId: requestIdFrom(request.headers[REQUEST_ID_HEADER]) }, () => gateway(request, response));
    if (path === '/readiness') return void answerReadiness(response, readiness(gateway, health, stopping));
    // A balancer checks gateways here (readiness fails while one registry is down): a gateway
    // (re)joins once it can answer, and a stopping one leaves rotation.
    if (path === HEALTHCHECK_PATH) return void answerReadiness(response, servesGraph(gateway, stopping));
    return signIn(request, response) || explorer(request, response) || gateway(request, response);
  });
  const host = options.host ?? '127.0.0.1';
  const ops =
    options.metricsPort === undefined
      ? undefined
      : await startOpsServer({
          port: options.metricsPort,
          host,
          registry: metrics.registry,
          readiness: () => readiness(gateway, health, stopping),
        });
  http.listen(options.port, host);
  await once(http, 'listening');
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/graphql`,
    explorerUrl: options.explorer === false ? undefined : `http://${host}:${port}/`,
    opsUrl: ops?.url,
    health,
    async stop(shutdown) {
      stopping = true;
      // Requests in flight finish (they need the runtime), then the runtime goes.
      await drainHttpServer(http, shutdown);
      await gateway[Symbol.asyncDispose]();
      await ops?.stop();
    },
  };
}

const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * Hive's server disposes itself the moment SIGINT or SIGTERM arrives, failing every request in
 * flight with SHUTTING_DOWN; stop() drains them first and disposes it after. So the listeners it
 * adds for those signals while it is created are taken off again (its 'exit' one stays).
 */
function withoutDisposalOnSignals<Runtime extends { disposableStack: unknown }>(create: () => Runtime): Runtime {
  const before = new Map(STOP_SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const runtime = create();
  void runtime.disposableStack; // created lazily: with it, its signal listeners
  for (const signal of STOP_SIGNALS) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)!.has(listener)) process.off(signal, listener);
  }
  return runtime;
}

/** Hive's default graphqlEndpoint. */
const GRAPHQL_PATH = '/graphql';
const HEALTHCHECK_PATH = '/healthcheck';

async function answerReadiness(response: ServerResponse, answer: Promise<Readiness>) {
  const { ready, reason } = await answer;
  response.writeHead(ready ? 200 : 503, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(ready ? { status: 'ready' } : { status: 'unavailable', reason }));
}
