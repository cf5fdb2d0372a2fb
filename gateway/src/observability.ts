import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { Logger } from '@graphql-hive/logger';
import { PinoLogWriter } from '@graphql-hive/logger/writers/pino';
import { logDestination } from '@partnership/kit/log-format';
import { pino } from 'pino';
import { Counter, Registry } from 'prom-client';
import { ENV } from '@partnership/kit/config';
import { collectProcessMetrics } from '@partnership/kit/process-metrics';
import { currentRequest } from '@partnership/kit/request-scope';
import { pathOf } from './url-path.ts';

export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error';

const SECRET_KEYS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key', 'x-subgraph-secret', 'password', 'token']);

/** Replaces secret-named values at any depth (Hive logs headers in several shapes). */
function scrub(value: unknown, depth = 0): unknown {
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    // Header lists come as [name, value] pairs.
    if (value.length === 2 && typeof value[0] === 'string' && SECRET_KEYS.has(value[0].toLowerCase())) return [value[0], '[redacted]'];
    return value.map((item) => scrub(item, depth + 1));
  }
  if (value instanceof Error) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, SECRET_KEYS.has(key.toLowerCase()) ? '[redacted]' : scrub(item, depth + 1)]),
  );
}

/**
 * Hive's logger writing pino JSON lines (readable ones in a terminal: the kit's logFormat),
 * secrets scrubbed. Level from the argument, else
 * LOG_LEVEL (which Hive itself checks: trace, debug, info, warn or error), else info; false is silent.
 */
export function createGatewayLogger(level: LogLevel | false = (process.env[ENV.logLevel] as LogLevel) || 'info') {
  const lines = pino(
    {
      level: level || 'silent',
      base: { service: 'gateway' },
      formatters: { log: (object) => scrub(object) as Record<string, unknown> },
      // Every line written while a request is served names it, Yoga's and Hive's own included.
      mixin: () => {
        const request = currentRequest();
        return request ? { requestId: request.requestId } : {};
      },
    },
    logDestination(),
  );
  return new Logger({ level, writers: [new PinoLogWriter(lines)] });
}

/** The gateway's metrics registry: Hive's Prometheus plugin and ours share it. */
export function createMetrics() {
  const registry = new Registry();
  collectProcessMetrics(registry);
  const errors = new Counter({
    name: 'gateway_graphql_errors_total',
    help: 'GraphQL errors returned to clients, by extensions.code and the subgraph that failed.',
    labelNames: ['code', 'subgraph'] as const,
    registers: [registry],
  });
  return { registry, errors };
}
export type GatewayMetrics = ReturnType<typeof createMetrics>;

interface ResultError {
  extensions?: { code?: unknown; serviceName?: unknown };
}

/**
 * One log line per GraphQL request (with its request id) and error counts by code. Hooks run by
 * request-hooks.ts; `startOf` gives when a request arrived (the request metrics keep it).
 */
export function requestLog(
  metrics: GatewayMetrics,
  startOf: (request: Request) => number | undefined,
): Required<Pick<GatewayPlugin, 'onResultProcess' | 'onResponse'>> {
  const codes = new WeakMap<Request, string[]>();
  return {
    onResultProcess({ request, result }) {
      // Most answers have no errors: nothing to count.
      if (!Array.isArray(result) && !(result as { errors?: unknown } | undefined)?.errors) return;
      const results = (Array.isArray(result) ? result : [result]) as { errors?: ResultError[] }[];
      const found = results.flatMap((r) => r?.errors ?? []);
      for (const error of found) {
        const code = String(error.extensions?.code ?? 'UNKNOWN');
        metrics.errors.inc({ code, subgraph: String(error.extensions?.serviceName ?? '') });
      }
      if (found.length) codes.set(request, found.map((e) => String(e.extensions?.code ?? 'UNKNOWN')));
    },
    onResponse({ request, response, serverContext }) {
      const start = startOf(request);
      if (start === undefined || !pathOf(request.url).endsWith('/graphql')) return;
      const log = (serverContext as { log?: Logger }).log;
      log?.info(
        { status: response.status, durationMs: Math.round(performance.now() - start), errorCodes: codes.get(request) },
        'graphql request',
      );
    },
  };
}
