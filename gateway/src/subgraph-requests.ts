// What a subgraph fetch carries beyond its query, set by one onFetch hook: Hive runs every
// plugin's onFetch on every fetch, each with a payload object of its own and promise-helper
// wrappers, however little it does. The parts keep their logic in their own modules.
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { SUBGRAPH_SECRET_HEADER } from '@partnership/kit/auth';
import { REQUEST_ID_HEADER } from './request-id.ts';

export interface SubgraphFetchParts {
  /**
   * Subgraph name -> the secret it expects (auth.ts). The same for every caller, so it is added
   * here and not to the subgraph request: it stays out of the in-flight sharing key and its logs.
   */
  subgraphSecrets: Readonly<Record<string, string>>;
  /** The client request's id (request-id.ts). */
  requestIdOf(request: Request): string | undefined;
  /** The signal the fetch runs under (timeouts.ts). */
  fetchSignal(url: string, request: Request | undefined, signal: AbortSignal | undefined): AbortSignal | undefined;
}

/** Every subgraph fetch gets its subgraph's secret, the client request's id and its timeout's signal. */
export function useSubgraphFetch(parts: SubgraphFetchParts): GatewayPlugin {
  return {
    onFetch({ url, context, executionRequest, options, setOptions }) {
      const request = (context as { request?: Request } | undefined)?.request;
      const headers = { ...options.headers } as Record<string, string>;
      const secret = executionRequest?.subgraphName ? parts.subgraphSecrets[executionRequest.subgraphName] : undefined;
      if (secret) headers[SUBGRAPH_SECRET_HEADER] = secret;
      const requestId = request && parts.requestIdOf(request);
      if (requestId) headers[REQUEST_ID_HEADER] = requestId;
      setOptions({ ...options, headers, signal: parts.fetchSignal(url, request, options.signal ?? undefined) });
    },
  };
}
