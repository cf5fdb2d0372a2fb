import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { ENV, registryEnv } from '@partnership/kit/config';
import { GraphQLError } from 'graphql';

/** How long the gateway waits for one subgraph fetch. @default 5000 ms */
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 5_000;

/** MASTER_STUDIOS_TIMEOUT_MS for master-studios: one subgraph's own timeout. */
export const subgraphTimeoutVariable = (name: string) => registryEnv(name).timeoutMs;

function parseMs(variable: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 1) {
    throw new Error(`${variable} must be a positive whole number of milliseconds, got "${value}".`);
  }
  return ms;
}

/**
 * Per-subgraph timeouts from the environment: GATEWAY_SUBGRAPH_TIMEOUT_MS for all,
 * <SUBGRAPH>_TIMEOUT_MS for one. Throws at start on a malformed value.
 */
export function subgraphTimeoutsFromEnv(names: string[], env = process.env) {
  const fallback = parseMs(ENV.subgraphTimeoutMs, env[ENV.subgraphTimeoutMs]) ?? DEFAULT_SUBGRAPH_TIMEOUT_MS;
  const bySubgraph = Object.fromEntries(
    names.map((name) => [name, parseMs(subgraphTimeoutVariable(name), env[subgraphTimeoutVariable(name)]) ?? fallback]),
  );
  return { default: fallback, bySubgraph };
}

export type SubgraphTimeouts = ReturnType<typeof subgraphTimeoutsFromEnv>;

interface RequestTimer {
  signal: AbortSignal;
  /** Rejects with `reason` when the time is up. */
  expired: Promise<never>;
  reason: unknown;
  handle: ReturnType<typeof setTimeout>;
}

/** AbortSignal.timeout's, but one that can be stopped: most requests finish long before it fires. */
function startTimer(ms: number): RequestTimer {
  const controller = new AbortController();
  const timer = { signal: controller.signal } as RequestTimer;
  timer.expired = new Promise<never>((_, reject) => {
    timer.handle = setTimeout(() => {
      timer.reason = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
      controller.abort(timer.reason);
      reject(timer.reason);
    }, ms).unref();
  });
  // Most requests finish in time: nothing awaits `expired` then.
  timer.expired.catch(() => {});
  return timer;
}

/**
 * A subgraph past its time is answered with GATEWAY_TIMEOUT (and the subgraph's name); the other
 * subgraphs' fields still arrive, and the fetch is aborted. Hive's own upstreamTimeout makes two
 * abort signals for every fetch; here a request's fetches share one timer per timeout value,
 * started by its first fetch to such a subgraph and stopped when the response is sent (a part
 * streamed after that gets a timer of its own), so finished requests' timers never fire. Its
 * signal reaches the fetch in onFetch, not through the executor: @graphql-tools/executor-http
 * joins a request's signal with its own long-lived one by adding a listener to that one per
 * fetch, removed only when the fetch's signal is garbage-collected, and each addition walks the
 * ones still there.
 */
export function useSubgraphTimeouts(timeoutOf: (subgraph: string) => number, urls: Record<string, string>): GatewayPlugin {
  const msByUrl = new Map(Object.entries(urls).map(([subgraph, url]) => [url, timeoutOf(subgraph)]));
  const timers = new WeakMap<object, Map<number, RequestTimer>>();
  const timerFor = (owner: object, ms: number) => {
    let byMs = timers.get(owner);
    if (!byMs) timers.set(owner, (byMs = new Map()));
    let timer = byMs.get(ms);
    if (!timer) byMs.set(ms, (timer = startTimer(ms)));
    return timer;
  };
  // The client's request: one per request, whatever Hive does with contexts.
  const ownerOf = (context: unknown) => (context as { request?: Request } | undefined)?.request;
  return {
    onSubgraphExecute({ subgraphName, executionRequest, executor, setExecutor }) {
      const ms = timeoutOf(subgraphName);
      const owner = ownerOf(executionRequest.context) ?? executionRequest;
      setExecutor((request) => {
        const timer = timerFor(owner, ms);
        const result = executor(request);
        if (typeof (result as PromiseLike<unknown>)?.then !== 'function') return result;
        return Promise.race([timer.expired, result]).catch((error: unknown) => {
          if (error !== timer.reason) throw error;
          throw new GraphQLError(`The ${subgraphName} subgraph did not answer within ${ms} ms.`, {
            extensions: { code: 'GATEWAY_TIMEOUT', serviceName: subgraphName },
          });
        });
      });
    },
    onResponse({ request }) {
      const byMs = timers.get(request);
      if (!byMs) return;
      for (const timer of byMs.values()) clearTimeout(timer.handle);
      timers.delete(request);
    },
    onFetch({ url, context, options, setOptions }) {
      const ms = msByUrl.get(url);
      if (ms === undefined) return;
      const owner = ownerOf(context);
      const timeout = owner ? timerFor(owner, ms).signal : AbortSignal.timeout(ms);
      // The executor's own signal (aborted when the gateway is disposed) still applies.
      setOptions({ ...options, signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout });
    },
  };
}
