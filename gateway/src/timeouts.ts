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

/** What runs one subgraph request; the hooks wrap it. */
export type SubgraphExecutor = Parameters<NonNullable<GatewayPlugin['onSubgraphExecute']>>[0]['executor'];

interface RequestTimer {
  controller: AbortController;
  /** Rejects with `reason` when the time is up. */
  expired: Promise<never>;
  reason: unknown;
  handle: ReturnType<typeof setTimeout>;
}

/** AbortSignal.timeout's, but one that can be stopped: most requests finish long before it fires. */
function startTimer(ms: number, running: Set<RequestTimer>): RequestTimer {
  const timer = { controller: new AbortController() } as RequestTimer;
  running.add(timer);
  timer.expired = new Promise<never>((_, reject) => {
    timer.handle = setTimeout(() => {
      running.delete(timer);
      timer.reason = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
      timer.controller.abort(timer.reason);
      reject(timer.reason);
    }, ms).unref();
  });
  // Most requests finish in time: nothing awaits `expired` then.
  timer.expired.catch(() => {});
  return timer;
}

function stopTimer(timer: RequestTimer, running: Set<RequestTimer>) {
  clearTimeout(timer.handle);
  running.delete(timer);
}

/**
 * A subgraph past its time is answered with GATEWAY_TIMEOUT (and the subgraph's name); the other
 * subgraphs' fields still arrive, and the fetch is aborted. Hive's own upstreamTimeout makes two
 * abort signals for every fetch; here a request's fetches share one timer per timeout value,
 * started by its first fetch to such a subgraph and stopped when the response is sent (a part
 * streamed after that gets a timer of its own), so finished requests' timers never fire.
 * request-hooks.ts runs all three parts: `timed` wraps a subgraph's executor, and the timer's
 * signal reaches the fetch through `fetchSignal`, not through the executor:
 * @graphql-tools/executor-http joins a request's signal with its own long-lived one by adding a
 * listener to that one per fetch, removed only when the fetch's signal is garbage-collected, and
 * each addition walks the ones still there. For the same reason the fetch gets the timer's signal
 * alone, not joined with the executor's (aborted when the gateway is disposed) by AbortSignal.any:
 * one listener per executor aborts every running timer's signal instead.
 */
export function subgraphTimeouts(timeoutOf: (subgraph: string) => number, urls: Record<string, string>) {
  const msByUrl = new Map(Object.entries(urls).map(([subgraph, url]) => [url, timeoutOf(subgraph)]));
  const timers = new WeakMap<object, Map<number, RequestTimer>>();
  const running = new Set<RequestTimer>();
  const timerFor = (owner: object, ms: number) => {
    let byMs = timers.get(owner);
    if (!byMs) timers.set(owner, (byMs = new Map()));
    let timer = byMs.get(ms);
    if (!timer) byMs.set(ms, (timer = startTimer(ms, running)));
    return timer;
  };
  const followed = new WeakSet<AbortSignal>();
  /** The executor's own signal aborts every running timer's, as AbortSignal.any would each fetch's. */
  const follow = (signal: AbortSignal) => {
    if (followed.has(signal)) return;
    followed.add(signal);
    signal.addEventListener('abort', () => {
      for (const timer of running) timer.controller.abort(signal.reason);
    }, { once: true });
  };
  /** The subgraph's executor, answering GATEWAY_TIMEOUT once the client request's time for it is up. */
  const timed = (subgraphName: string, owner: object, executor: SubgraphExecutor): SubgraphExecutor => {
    const ms = timeoutOf(subgraphName);
    return (request) => {
      const timer = timerFor(owner, ms);
      const result = executor(request);
      if (typeof (result as PromiseLike<unknown>)?.then !== 'function') return result;
      return Promise.race([timer.expired, result]).catch((error: unknown) => {
        if (error !== timer.reason) throw error;
        // Answered, not thrown: the runtime then gives the error the path of each field it nulls,
        // as it does for a subgraph it could not reach.
        return {
          errors: [new GraphQLError(`The ${subgraphName} subgraph did not answer within ${ms} ms.`, { extensions: { code: 'GATEWAY_TIMEOUT', serviceName: subgraphName } })],
        };
      });
    };
  };
  /** Stops a finished request's timers. */
  const onResponse: NonNullable<GatewayPlugin['onResponse']> = ({ request }) => {
    const byMs = timers.get(request);
    if (!byMs) return;
    for (const timer of byMs.values()) stopTimer(timer, running);
    timers.delete(request);
  };
  /**
   * The signal a fetch to `url` runs under, given the client request it serves and the signal the
   * executor gave it: its request's timer's for a subgraph's URL, the executor's for any other.
   */
  const fetchSignal = (url: string, request: Request | undefined, signal: AbortSignal | undefined): AbortSignal | undefined => {
    const ms = msByUrl.get(url);
    if (ms === undefined) return signal;
    if (!request) {
      const timeout = AbortSignal.timeout(ms);
      return signal ? AbortSignal.any([signal, timeout]) : timeout;
    }
    const timer = timerFor(request, ms);
    if (signal) {
      if (signal.aborted) timer.controller.abort(signal.reason);
      follow(signal);
    }
    return timer.controller.signal;
  };
  return { onResponse, timed, fetchSignal };
}
