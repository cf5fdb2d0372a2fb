import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { READ_FROM_HEADER } from '@partnership/kit/auth';
import { operationTypeOf } from './operation-type.ts';

/**
 * Registries with read replicas answer queries from a replica that may lag. A mutation's whole
 * answer, including the fields other registries add to it, and any request sent with
 * `x-read-from: primary` (a client reading back what it just wrote, a subgraph checking a
 * reference), read the primaries instead. onExecute marks such a request, and request-hooks.ts
 * puts the header into its subgraph requests, after the actor's, so it is part of the in-flight
 * sharing key: such a caller never shares a replica's answer.
 */
export function readFromPrimary() {
  const fromPrimary = new WeakSet<Request>();
  const hooks: Required<Pick<GatewayPlugin, 'onExecute'>> = {
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      if (!request) return;
      const asked = request.headers.get(READ_FROM_HEADER) === 'primary';
      if (asked || operationTypeOf(args.document, args.operationName) === 'mutation') fromPrimary.add(request);
    },
  };
  return { ...hooks, readsFromPrimary: (request: Request) => fromPrimary.has(request) };
}
