import type { AnyVariables, Client, TypedDocumentNode } from 'urql';

/** Rows per request when reading a whole selection: a few requests, each well under the gateway's cost limit. */
export const EXPORT_PAGE_SIZE = 100;

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
}

/**
 * Every node a connection selects, page by page through its cursors, so an export holds what
 * the filters select rather than the page on screen. Checks for a cancel before each page.
 */
export async function fetchAllPages<Data, Variables extends AnyVariables & { first?: number | null; after?: string | null }, Node>(
  client: Client,
  query: TypedDocumentNode<Data, Variables>,
  variables: Omit<Variables, 'first' | 'after'>,
  connectionOf: (data: Data) => Connection<Node> | null,
  { signal, onRows }: Reading,
): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null | undefined;
  for (;;) {
    signal.throwIfAborted();
    const pageVariables = { ...variables, first: EXPORT_PAGE_SIZE, after } as Variables;
    const result = await client.query(query, pageVariables, { requestPolicy: 'network-only' }).toPromise();
    // A registry that did not answer nulls its root field and says why in the error.
    if (result.error) throw result.error;
    const connection = result.data && connectionOf(result.data);
    if (!connection) throw new Error('no data');
    nodes.push(...connection.edges.map((e) => e.node));
    onRows(nodes.length);
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) return nodes;
    after = connection.pageInfo.endCursor;
  }
}
