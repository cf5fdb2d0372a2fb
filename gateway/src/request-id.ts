import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { currentRequest, REQUEST_ID_HEADER, requestIdFrom } from '@partnership/kit/request-scope';

export { REQUEST_ID_HEADER };

/**
 * Hive's own request-id plugin, plus validation: a well-formed incoming x-request-id is kept,
 * anything else is replaced by a new UUID. The id goes onto every log line of the request and back
 * to the client, and `idOf` gives it to every subgraph fetch. Under startGateway's server the
 * request already runs in a scope with its id (so lines logged outside its context, such as
 * Yoga's for a masked error, name it too); a runtime called directly gets one here. Hooks run by
 * request-hooks.ts.
 */
export function validatedRequestIds() {
  const ids = new WeakMap<Request, string>();
  const hooks: Required<Pick<GatewayPlugin, 'onRequest' | 'onResponse'>> = {
    onRequest({ request, serverContext }) {
      const scoped = currentRequest()?.requestId;
      const requestId = scoped ?? requestIdFrom(request.headers.get(REQUEST_ID_HEADER) ?? undefined);
      ids.set(request, requestId);
      // In the scope the logger already names the request on every line: no child logger per request.
      const context = serverContext as { log?: { child(attrs: object): unknown } };
      if (!scoped && context.log) context.log = context.log.child({ requestId }) as typeof context.log;
    },
    onResponse({ request, response }) {
      const requestId = ids.get(request);
      if (requestId) response.headers.set(REQUEST_ID_HEADER, requestId);
    },
  };
  return { ...hooks, idOf: (request: Request) => ids.get(request) };
}
