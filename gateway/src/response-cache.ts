// A shared cache of reads, each caller's own (anonymous callers share theirs): Yoga's maintained
// response cache, in memory or in Redis (redis-response-store.ts), invalidated by registry by every
// mutation through the gateway.
import { createHash, hash } from 'node:crypto';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { createInMemoryCache, useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import type { BuildResponseCacheKeyFunction } from '@envelop/response-cache';
import stableStringify from 'fast-json-stable-stringify';
import { READ_FROM_HEADER, type Actor } from '@partnership/kit/auth';
import { auditLogFieldOf, ENV, isProduction, REGISTRY_NAMES } from '@partnership/kit/config';
import { Redis } from 'ioredis';
import { Counter, type Registry } from 'prom-client';
import { actorOf } from './auth.ts';
import { operationTypeOf } from './operation-type.ts';
import { registriesRead } from './registries-read.ts';
import { redisResponseStore } from './redis-response-store.ts';

export type ResponseCacheMode = 'off' | 'memory' | 'redis';

export interface ResponseCacheOptions {
  mode: ResponseCacheMode;
  /** redis mode: the server every gateway shares, e.g. redis://127.0.0.1:6379/0. Give the cache a database of its own. */
  redisUrl?: string;
  /** How long an answer may be served that no mutation invalidated: a change made around the gateways. */
  ttlMs: number;
  /**
   * How long after a mutation its registries are invalidated once more (10 s by default), for
   * answers stored meanwhile by reads that were in flight across the write or that a lagging read
   * replica answered.
   */
  reinvalidateAfterMs?: number;
}

export const DEFAULT_RESPONSE_CACHE_TTL_MS = 300_000;
// Longer than a read takes (each subgraph fetch times out at 5 s by default, and plans are at most
// a few fetches deep) and than a streaming replica normally lags.
const DEFAULT_REINVALIDATE_AFTER_MS = 10_000;

/** Whether an answer came from the cache (marked by Yoga's plugin), before any onExecute hook ran. */
export const servedFromCache = (result: unknown) => Boolean(result && (result as Record<symbol, unknown>)[Symbol.for('servedFromResponseCache')]);

/**
 * GATEWAY_RESPONSE_CACHE=off|memory|redis, GATEWAY_REDIS_URL, GATEWAY_RESPONSE_CACHE_TTL_MS. Memory
 * by default outside production; production names it, since a gateway's memory is its own: behind
 * a load balancer, one gateway would go on serving what a write through another changed.
 */
export function responseCacheFromEnv(env: NodeJS.ProcessEnv = process.env): ResponseCacheOptions {
  if (!env[ENV.responseCache] && isProduction(env)) {
    throw new Error(
      'GATEWAY_RESPONSE_CACHE must be set in production: redis (with GATEWAY_REDIS_URL) when more than one gateway serves the graph, so that a write through any of them drops what all of them cached; memory for a single gateway; or off.',
    );
  }
  const mode = (env[ENV.responseCache] || 'memory') as ResponseCacheMode;
  if (!['off', 'memory', 'redis'].includes(mode)) throw new Error(`GATEWAY_RESPONSE_CACHE must be off, memory or redis, not "${mode}"`);
  const ttlMs = Number(env[ENV.responseCacheTtlMs] || DEFAULT_RESPONSE_CACHE_TTL_MS);
  if (!Number.isInteger(ttlMs) || ttlMs < 1) throw new Error(`GATEWAY_RESPONSE_CACHE_TTL_MS must be a positive whole number, not "${env[ENV.responseCacheTtlMs]}"`);
  if (mode === 'redis' && !env[ENV.redisUrl]) throw new Error('GATEWAY_RESPONSE_CACHE=redis needs GATEWAY_REDIS_URL');
  return { mode, redisUrl: env[ENV.redisUrl], ttlMs };
}

interface Log {
  error(attributes: object, message: string): void;
}

function cacheMetrics(registry: Registry) {
  const counter = (name: string, help: string) => new Counter({ name, help, registers: [registry] });
  return {
    hits: counter('gateway_response_cache_hits_total', 'Reads answered from the response cache.'),
    misses: counter('gateway_response_cache_misses_total', 'Reads the cache could not answer, sent to the subgraphs.'),
    invalidations: counter('gateway_response_cache_invalidations_total', 'Registries whose cached answers a mutation dropped: each it wrote, when it was answered and once more a while later.'),
    errors: counter('gateway_response_cache_errors_total', 'Cache operations that failed (the store unreachable); reads then go to the subgraphs.'),
  };
}

/**
 * The store, made safe to lose: a failed read is a miss and a failed write is dropped, so Redis
 * being down slows reads instead of failing them. Invalidations in flight are kept, so a
 * mutation's response can wait for them.
 */
function guardedStore(store: Cache, metrics: ReturnType<typeof cacheMetrics>, log: Log) {
  const pending = new Set<Promise<void>>();
  const failed = (what: string) => (error: unknown) => {
    metrics.errors.inc();
    log.error({ err: error }, `response cache ${what} failed`);
    return undefined;
  };
  const cache: Cache = {
    get: (key) => Promise.resolve(store.get(key)).catch(failed('read')),
    set: (key, result, entities, ttl) => Promise.resolve(store.set(key, result, entities, ttl)).catch(failed('write')),
    invalidate(entities) {
      const list = [...entities];
      metrics.invalidations.inc(list.length);
      const job = Promise.resolve(store.invalidate(list)).catch(failed('invalidation'));
      pending.add(job);
      void job.finally(() => pending.delete(job));
      return job;
    },
  };
  return { cache, settled: () => Promise.all(pending) };
}

/**
 * A request's hash: the text and hash of @envelop/response-cache's default key, so keys do not change
 * with it, by Node's one-shot hash. The default's WebCrypto digest is a thread-pool job per
 * request: 7% of a cached gateway's main thread in a CPU profile of the bench's mix.
 */
export const requestHash = (params: Parameters<BuildResponseCacheKeyFunction>[0]) =>
  hash('sha256', [params.documentString, params.operationName ?? '', stableStringify(params.variableValues ?? {}), params.sessionId ?? ''].join('|'), 'hex');

const callerTags = new WeakMap<Actor, string>();
/** An opaque tag per signed-in caller (auth.ts gives the same Actor object for every request with a token). */
function callerTag(actor: Actor): string {
  let tag = callerTags.get(actor);
  if (!tag) callerTags.set(actor, (tag = createHash('sha256').update(`${actor.role}:${actor.subject}`).digest('hex').slice(0, 16)));
  return tag;
}

// Answers are indexed under each registry they read, by an entity of this name (no type has it).
const REGISTRY_ENTITY = '(registry)';
const registryEntities = (registries: string[]) => registries.map((id) => ({ typename: REGISTRY_ENTITY, id }));

/**
 * Keys are `<registries read, joined by +>.<hash>`, or `<registries read>.<caller tag>.<hash>` for
 * a signed-in caller; the store indexes an answer under its registries alone: nothing drops
 * answers by entity.
 */
function indexedByRegistry(store: Cache): Cache {
  return {
    get: (key) => store.get(key),
    set(key, result, _entities, ttl) {
      const registries = key.slice(0, key.indexOf('.'));
      return store.set(key, result, registryEntities(registries ? registries.split('+') : []), ttl);
    },
    invalidate: (entities) => store.invalidate(entities),
  };
}

/** The audit logs are never cached: an administrator reviewing changes must see the latest. */
const NEVER_CACHED = Object.fromEntries(REGISTRY_NAMES.map((name) => [`Query.${auditLogFieldOf(name)}`, 0]));

/**
 * Caches reads. Keyed by document, variables and session (the actor's role and subject): no answer
 * reaches a caller of another identity or role, and anonymous callers share theirs. Reads sent with
 * `x-read-from: primary` or `if-none-match` neither get nor fill an entry. Every signed-in caller's
 * mutation drops every cached answer that read a registry it writes, before its response is sent: lists that gain
 * or lose a record and counts change with it, which no entity in the mutation's result names. The
 * TTL bounds changes made around the gateways.
 */
export function responseCachePlugins(options: ResponseCacheOptions, supergraph: string, registry: Registry, log: Log): { plugins: GatewayPlugin[]; dispose(): Promise<void> } {
  if (options.mode === 'off') return { plugins: [], dispose: async () => {} };
  const metrics = cacheMetrics(registry);
  const registries = registriesRead(supergraph);
  // Commands sent before the first connection wait for it; once connected, no offline queue: with
  // Redis down a command fails at once (a miss) instead of holding the request.
  const redis = options.mode === 'redis' ? new Redis(options.redisUrl!, { maxRetriesPerRequest: 1 }) : undefined;
  redis?.once('ready', () => (redis.options.enableOfflineQueue = false));
  redis?.on('error', (error) => log.error({ err: error }, 'response cache: Redis connection error'));
  const store = indexedByRegistry(redis ? redisResponseStore(redis) : createInMemoryCache());
  const { cache, settled } = guardedStore(store, metrics, log);

  // Mutations, with the registries they write.
  const mutations = new WeakMap<Request, string[]>();
  // Second invalidations to come, each with its registries: run at once when the gateway stops.
  const later = new Map<NodeJS.Timeout, string[]>();
  const invalidateLater = (written: string[]) => {
    const timer: NodeJS.Timeout = setTimeout(() => {
      later.delete(timer);
      void cache.invalidate(registryEntities(written));
    }, options.reinvalidateAfterMs ?? DEFAULT_REINVALIDATE_AFTER_MS);
    later.set(timer, written);
  };
  const cachedRead = (request: Request) => request.headers.get(READ_FROM_HEADER) !== 'primary';
  // The plugin answers If-None-Match with a 304 for any key it holds, whoever asks and before the
  // rate limit counts: such a request is answered in full, uncached (no answer carries an ETag).
  const revalidating = (request: Request) => request.headers.has('if-none-match');
  const marker: GatewayPlugin = {
    // Before the cache's own onExecute, which then leaves mutations alone.
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      // PUBLIC writes nothing (every mutation needs a role): its refused mutations drop no answer.
      if (request && operationTypeOf(args.document, args.operationName) === 'mutation') {
        mutations.set(request, actorOf(request).role === 'PUBLIC' ? [] : registries.writtenBy(args.document));
      }
      else if (request && cachedRead(request) && !revalidating(request)) metrics.misses.inc();
    },
    onResultProcess({ request, result }) {
      const written = mutations.get(request);
      if (written) {
        // A failed mutation may have written some of its fields.
        if (written.length) {
          void cache.invalidate(registryEntities(written));
          invalidateLater(written);
        }
        return settled().then(() => undefined);
      }
      if (servedFromCache(result)) metrics.hits.inc();
    },
  };
  const plugin = useResponseCache({
    cache,
    ttl: options.ttlMs,
    enabled: (request) => !mutations.has(request) && cachedRead(request) && !revalidating(request),
    session: (request) => {
      const actor = actorOf(request);
      return `${actor.role}:${actor.subject}`;
    },
    buildResponseCacheKey: (params) => {
      const key = requestHash(params);
      // `+`: an ETag (the key) holding a comma would read as a list of them in If-None-Match.
      const read = registries.readBy(params.documentString).join('+');
      const actor = actorOf(params.request);
      return actor.role === 'PUBLIC' ? `${read}.${key}` : `${read}.${callerTag(actor)}.${key}`;
    },
    ttlPerSchemaCoordinate: NEVER_CACHED,
    // Answers are dropped by registry, not by entity: no id needs adding to a query.
    idFields: [],
    invalidateViaMutation: false,
    includeExtensionMetadata: false,
  }) as GatewayPlugin;
  return {
    plugins: [marker, plugin],
    async dispose() {
      for (const [timer, written] of later) {
        clearTimeout(timer);
        void cache.invalidate(registryEntities(written));
      }
      later.clear();
      await settled();
      redis?.disconnect();
    },
  };
}
