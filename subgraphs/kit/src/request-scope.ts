import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What is known about the request being served, wherever in its call chain code runs. */
export interface RequestScope {
  requestId: string;
  /** The subgraph serving it; absent at the gateway. */
  subgraph?: string;
}

const storage = new AsyncLocalStorage<RequestScope>();

export const runInRequest = <T>(scope: RequestScope, fn: () => T): T => storage.run(scope, fn);
export const currentRequest = (): RequestScope | undefined => storage.getStore();

export const REQUEST_ID_HEADER = 'x-request-id';
// Ids from outside end up in logs: short, printable, no spaces or quotes.
const VALID_REQUEST_ID = /^[\w.:-]{1,128}$/;

/** The caller's request id when it is well-formed, otherwise a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && VALID_REQUEST_ID.test(value) ? value : randomUUID();
}
