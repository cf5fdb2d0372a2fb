import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { collectProcessMetrics } from './process-metrics.ts';
import { currentRequest } from './request-scope.ts';

/** The subgraph metrics, on their own registry so a gateway in the same process keeps its own. */
export const registry = new Registry();
collectProcessMetrics(registry);

export const requestsTotal = new Counter({
  name: 'subgraph_requests_total',
  help: 'GraphQL HTTP requests served, by subgraph and HTTP status.',
  labelNames: ['subgraph', 'status'] as const,
  registers: [registry],
});

export const requestDuration = new Histogram({
  name: 'subgraph_request_duration_seconds',
  help: 'Time to answer a GraphQL HTTP request, by subgraph.',
  labelNames: ['subgraph'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

export const errorsTotal = new Counter({
  name: 'subgraph_graphql_errors_total',
  help: 'GraphQL errors returned to callers, by subgraph and extensions.code.',
  labelNames: ['subgraph', 'code'] as const,
  registers: [registry],
});

const batchSize = new Histogram({
  name: 'subgraph_dataloader_batch_size',
  help: 'Keys per DataLoader batch (one SQL statement each), by subgraph and loader.',
  labelNames: ['subgraph', 'loader'] as const,
  buckets: [1, 2, 5, 10, 25, 50, 100, 250, 1000],
  registers: [registry],
});

/** Records one batch of a loader; its name comes from the context's loader set. */
export function recordBatch(loader: { name: string | null }, size: number): void {
  batchSize.observe({ subgraph: currentRequest()?.subgraph ?? 'unknown', loader: loader.name ?? 'unnamed' }, size);
}

/** Names each loader of a request's loader set after its key (studioById, ...), for metrics. */
export function nameLoaders(loaders: unknown): void {
  if (!loaders || typeof loaders !== 'object') return;
  const named = (loader: unknown, key: string) => {
    if (loader && typeof loader === 'object' && 'name' in loader && loader.name === null) loader.name = key;
    return loader;
  };
  for (const [key, loader] of Object.entries(loaders)) {
    // A loader per query shape (loaderPerQuery) is made on demand: name each one it makes.
    if (typeof loader === 'function') (loaders as Record<string, unknown>)[key] = (query: unknown) => named(loader(query), key);
    else named(loader, key);
  }
}

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

const pools = new Map<string, () => PoolStats>();

new Gauge({
  name: 'subgraph_db_pool_connections',
  help: 'Database pool connections by state (total, idle, waiting for a connection).',
  labelNames: ['subgraph', 'state'] as const,
  registers: [registry],
  // Read at scrape time, so the numbers are current.
  collect() {
    this.reset();
    for (const [subgraph, stats] of pools) {
      for (const [state, value] of Object.entries(stats())) this.set({ subgraph, state }, value);
    }
  },
});

/** Reports a subgraph's pool on every scrape; the returned function stops it. */
export function watchPool(subgraph: string, stats: () => PoolStats): () => void {
  pools.set(subgraph, stats);
  return () => pools.delete(subgraph);
}

const statementCounts = new Map<string, () => number>();

new Counter({
  name: 'subgraph_sql_statements_total',
  help: 'SQL statements sent to the database, by subgraph; divided by requests it shows batching at work.',
  labelNames: ['subgraph'] as const,
  registers: [registry],
  // Read from the database's own counter at scrape time.
  collect() {
    this.reset();
    for (const [subgraph, count] of statementCounts) this.inc({ subgraph }, count());
  },
});

/** Reports a subgraph's SQL statement count on every scrape; the returned function stops it. */
export function watchStatements(subgraph: string, count: () => number): () => void {
  statementCounts.set(subgraph, count);
  return () => statementCounts.delete(subgraph);
}
