// The gateway's own work on every client request and every subgraph call, in one hook of each
// kind: Yoga and Hive run every plugin's hook with a payload object of its own and promise-helper
// wrappers, however little it does. Each part keeps its logic and tests in its own module; this
// file says what runs, and in what order.
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { READ_FROM_HEADER, SUBGRAPH_SECRET_HEADER } from '@partnership/kit/auth';
import type { actorAuth } from './auth.ts';
import type { requestLog } from './observability.ts';
import type { clientRateLimit } from './rate-limit.ts';
import type { readFromPrimary } from './read-from.ts';
import { REQUEST_ID_HEADER, type validatedRequestIds } from './request-id.ts';
import type { requestMetrics } from './request-metrics.ts';
import type { inFlightSharing } from './shared-fetches.ts';
import type { subgraphErrorShape } from './subgraph-errors.ts';
import type { subgraphTimeouts } from './timeouts.ts';

export interface RequestParts {
  requestIds: ReturnType<typeof validatedRequestIds>;
  requestLog: ReturnType<typeof requestLog>;
  metrics: ReturnType<typeof requestMetrics>;
  /** Verifies the caller's token (auth.ts). */
  auth: ReturnType<typeof actorAuth>;
  /** Who asks (auth.ts): none for PUBLIC. */
  identityHeadersOf(request: Request): Record<string, string> | undefined;
  /** Operations per client, when limited. */
  rateLimit?: Pick<ReturnType<typeof clientRateLimit>, 'onExecute' | 'countCachedAnswer'>;
  readFrom: ReturnType<typeof readFromPrimary>;
  errorShape: ReturnType<typeof subgraphErrorShape>;
  /**
   * Subgraph name -> the secret it expects (auth.ts). The same for every caller, so it is added
   * to the fetch, not to the subgraph request: it stays out of the in-flight sharing key and its logs.
   */
  subgraphSecrets: Readonly<Record<string, string>>;
  timeouts: ReturnType<typeof subgraphTimeouts>;
  /** Identical queries in flight share a fetch (shared-fetches.ts); absent when sharing is off. */
  shareInFlight?: ReturnType<typeof inFlightSharing>;
}

export function useRequestHooks(parts: RequestParts): GatewayPlugin {
  const { requestIds, requestLog, metrics, auth, rateLimit, readFrom, errorShape, timeouts } = parts;
  const clientRequest = (context: unknown) => (context as { request?: Request } | undefined)?.request;
  return {
    onRequest(payload) {
      // The id first, so that even a refused request has one in the logs.
      requestIds.onRequest(payload);
      // Also the request log's start.
      metrics.onRequest(payload);
      return auth.onRequest(payload);
    },
    onParams: metrics.onParams,
    onParse: metrics.onParse,
    onValidate: metrics.onValidate,
    onExecute(payload) {
      readFrom.onExecute(payload);
      // After the token check: signed-in callers are counted by their verified subject.
      rateLimit?.onExecute(payload);
      // After the limit: a refused request was never executed.
      return metrics.onExecute(payload);
    },
    onResultProcess(payload) {
      // An answer from the response cache skipped onExecute: the rate limit counts it here, first.
      const refusal = rateLimit?.countCachedAnswer(payload);
      const current = refusal ? { ...payload, result: { errors: [refusal] } } : payload;
      if (refusal) payload.setResult(current.result);
      metrics.onResultProcess(current);
      // Counts the codes as the subgraphs and the runtime gave them, then shapes the errors.
      requestLog.onResultProcess(current);
      return errorShape.onResultProcess(current);
    },
    onResponse(payload) {
      const { headers } = payload.response;
      // An answer, a signed-in caller's too, is for no shared cache, and is read as the type it says.
      // The response cache's ETag names its key: no client is to send it back (response-cache.ts).
      headers.set('cache-control', 'no-store');
      headers.set('x-content-type-options', 'nosniff');
      headers.delete('etag');
      headers.delete('last-modified');
      timeouts.onResponse(payload);
      requestIds.onResponse(payload);
      requestLog.onResponse(payload);
      metrics.onResponse(payload);
    },
    onSubgraphExecute({ subgraphName, executionRequest, executor, setExecutor }) {
      const request = clientRequest(executionRequest.context);
      // In the subgraph request itself: in-flight sharing keys on its headers, so only
      // callers with the same identity, reading from the same place, share a subgraph answer. Set
      // on the request object, which every hook after this one and the executor see.
      const identity = request && parts.identityHeadersOf(request);
      const primary = request !== undefined && readFrom.readsFromPrimary(request);
      // PUBLIC replica reads send no headers: nothing to set unless something put headers there.
      if (identity || primary || executionRequest.extensions?.headers) {
        const headers = primary ? { ...identity, [READ_FROM_HEADER]: 'primary' } : (identity ?? {});
        executionRequest.extensions = { ...executionRequest.extensions, headers };
      }
      // A request's timers are its own, whatever Hive does with contexts, and whoever's fetch it shares.
      const shared = parts.shareInFlight ? parts.shareInFlight(subgraphName, executor) : executor;
      setExecutor(timeouts.timed(subgraphName, request ?? executionRequest, shared));
      return metrics.onSubgraphExecute({ subgraphName, executionRequest });
    },
    onFetch({ url, context, executionRequest, options, setOptions }) {
      const request = clientRequest(context);
      const headers = { ...options.headers } as Record<string, string>;
      const secret = executionRequest?.subgraphName ? parts.subgraphSecrets[executionRequest.subgraphName] : undefined;
      if (secret) headers[SUBGRAPH_SECRET_HEADER] = secret;
      const requestId = request && requestIds.idOf(request);
      if (requestId) headers[REQUEST_ID_HEADER] = requestId;
      setOptions({ ...options, headers, signal: timeouts.fetchSignal(url, request, options.signal ?? undefined) });
      return metrics.onFetch({ url, options });
    },
  };
}
