// What a subgraph request carries beyond its query, set by one onSubgraphExecute and one onFetch
// hook: Hive runs every plugin's hooks on every subgraph request and fetch, each with a payload
// object of its own and promise-helper wrappers, however little it does. The parts keep their
// logic in their own modules.
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { READ_FROM_HEADER, SUBGRAPH_SECRET_HEADER } from '@partnership/kit/auth';
import { REQUEST_ID_HEADER } from './request-id.ts';
import type { subgraphTimeouts } from './timeouts.ts';

export interface SubgraphRequestParts {
  /** Who asks (auth.ts): none for PUBLIC. */
  identityHeadersOf(request: Request): Record<string, string> | undefined;
  /** Whether the request reads from the primaries (read-from.ts). */
  readsFromPrimary(request: Request): boolean;
  /**
   * Subgraph name -> the secret it expects (auth.ts). The same for every caller, so it is added
   * to the fetch, not to the subgraph request: it stays out of the in-flight sharing key and its logs.
   */
  subgraphSecrets: Readonly<Record<string, string>>;
  /** The client request's id (request-id.ts). */
  requestIdOf(request: Request): string | undefined;
  /** Each subgraph's time to answer (timeouts.ts). */
  timeouts: Pick<ReturnType<typeof subgraphTimeouts>, 'timed' | 'fetchSignal'>;
}

export function useSubgraphRequests(parts: SubgraphRequestParts): GatewayPlugin {
  const clientRequest = (context: unknown) => (context as { request?: Request } | undefined)?.request;
  return {
    onSubgraphExecute({ subgraphName, executionRequest, executor, setExecutor }) {
      const request = clientRequest(executionRequest.context);
      // In the subgraph request itself: Hive's in-flight sharing keys on its headers, so only
      // callers with the same identity, reading from the same place, share a subgraph answer. Set
      // on the request object, which every hook after this one and the executor see.
      const identity = request && parts.identityHeadersOf(request);
      const primary = request !== undefined && parts.readsFromPrimary(request);
      // PUBLIC replica reads send no headers: nothing to set unless something put headers there.
      if (identity || primary || executionRequest.extensions?.headers) {
        const headers = primary ? { ...identity, [READ_FROM_HEADER]: 'primary' } : (identity ?? {});
        executionRequest.extensions = { ...executionRequest.extensions, headers };
      }
      // A request's timers are its own, whatever Hive does with contexts.
      setExecutor(parts.timeouts.timed(subgraphName, request ?? executionRequest, executor));
    },
    onFetch({ url, context, executionRequest, options, setOptions }) {
      const request = clientRequest(context);
      const headers = { ...options.headers } as Record<string, string>;
      const secret = executionRequest?.subgraphName ? parts.subgraphSecrets[executionRequest.subgraphName] : undefined;
      if (secret) headers[SUBGRAPH_SECRET_HEADER] = secret;
      const requestId = request && parts.requestIdOf(request);
      if (requestId) headers[REQUEST_ID_HEADER] = requestId;
      setOptions({ ...options, headers, signal: parts.timeouts.fetchSignal(url, request, options.signal ?? undefined) });
    },
  };
}
