import { MAX_PAGE_SIZE } from '@partnership/kit/paging';
import type { AnyVariables, Client, CombinedError, TypedDocumentNode } from 'urql';

/**
 * Rows per request when reading a whole selection: the largest page the registries serve, so
 * 100,000 studios are 101 requests, within the gateway's rate limit (600 root fields a minute in
 * production) and each well under its cost limit (gateway/src/operation-cost.test.ts prices them).
 */
export const EXPORT_PAGE_SIZE = MAX_PAGE_SIZE;

interface Connection<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: Node }[];
}

/** How a long read reports its progress and is stopped: the user's cancel aborts `signal`. */
export interface Reading {
  signal: AbortSignal;
  /** Rows read so far, after each page. */
  onRows: (read: number) => void;
  /** The gateway's rate limit refused a page: it is asked again after this many seconds. */
  onWait: (seconds: number) => void;
}

/** Refusals in a row a read waits out before it gives up with the gateway's error. */
export const MAX_WAITS = 5;

const retryAfterOf = (error: CombinedError | undefined): number | undefined => {
  const seconds = error?.graphQLErrors.find((e) => e.extensions?.code === 'RATE_LIMITED')?.extensions?.retryAfterSeconds;
  return typeof seconds === 'number' && seconds >= 0 ? seconds : undefined;
};

/** Waits `ms`, or rejects as soon as `signal` aborts; leaves no listener behind on the export's signal. */
const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const abort = () => (clearTimeout(timer), reject(signal.reason));
    const timer = setTimeout(() => (signal.removeEventListener('abort', abort), resolve()), ms);
    signal.addEventListener('abort', abort, { once: true });
  });

/**
 * One page of a long read, fresh from the network. A whole registry is more requests than the
 * gateway's rate limit lets a client send a minute (600 in production), so a refused page is
 * asked again after the wait the gateway names, unless the user cancels meanwhile.
 */
export async function readPage<Data, Variables extends AnyVariables>(
  client: Client,
  query: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  { signal, onWait }: Reading,
): Promise<Data> {
  for (let waits = 0; ; waits++) {
    signal.throwIfAborted();
    const result = await client.query(query, variables, { requestPolicy: 'network-only' }).toPromise();
    const seconds = retryAfterOf(result.error);
    if (seconds === undefined || waits === MAX_WAITS) {
      // A registry that did not answer nulls its root field and says why in the error.
      if (result.error) throw result.error;
      if (!result.data) throw new Error('no data');
      return result.data;
    }
    onWait(seconds);
    await sleep(seconds * 1000, signal);
  }
}

/**
 * Every node a connection selects, page by page through its cursors, so an export holds what
 * the filters select rather than the page on screen.
 */
export async function fetchAllPages<Data, Variables extends AnyVariables & { first?: number | null; after?: string | null }, Node>(
  client: Client,
  query: TypedDocumentNode<Data, Variables>,
  variables: Omit<Variables, 'first' | 'after'>,
  connectionOf: (data: Data) => Connection<Node> | null,
  reading: Reading,
): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null | undefined;
  for (;;) {
    const pageVariables = { ...variables, first: EXPORT_PAGE_SIZE, after } as Variables;
    const connection = connectionOf(await readPage(client, query, pageVariables, reading));
    if (!connection) throw new Error('no data');
    nodes.push(...connection.edges.map((e) => e.node));
    reading.onRows(nodes.length);
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) return nodes;
    after = connection.pageInfo.endCursor;
  }
}
