import { randomUUID } from 'node:crypto';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

export const REQUEST_ID_HEADER = 'x-request-id';
// Ids from outside end up in logs: short, printable, no spaces or quotes.
const VALID_REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * Hive's own request-id plugin, plus validation: a well-formed incoming x-request-id is kept,
 * anything else is replaced by a new UUID. The id goes onto every log line of the request and back
 * to the client, and `idOf` gives it to every subgraph fetch. Hooks run by request-hooks.ts.
 */
export function validatedRequestIds() {
  const ids = new WeakMap<Request, string>();
  const hooks: Required<Pick<GatewayPlugin, 'onRequest' | 'onResponse'>> = {
    onRequest({ request, serverContext }) {
      const incoming = request.headers.get(REQUEST_ID_HEADER);
      const requestId = incoming && VALID_REQUEST_ID.test(incoming) ? incoming : randomUUID();
      ids.set(request, requestId);
      const context = serverContext as { log?: { child(attrs: object): unknown } };
      if (context.log) context.log = context.log.child({ requestId }) as typeof context.log;
    },
    onResponse({ request, response }) {
      const requestId = ids.get(request);
      if (requestId) response.headers.set(REQUEST_ID_HEADER, requestId);
    },
  };
  return { ...hooks, idOf: (request: Request) => ids.get(request) };
}
