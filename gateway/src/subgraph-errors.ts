import { GraphQLError } from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { maskError } from 'graphql-yoga';

/** The subgraph may have committed a write before its answer was lost: say when a retry is safe. */
const RETRY_ADVICE =
  'Retry shortly: a query is safe to retry, and so is a write sent with an idempotencyKey (retry it with the same key); ' +
  'a write sent without one may have been made, and retrying it may make it twice.';

const REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  UND_ERR_SOCKET: 'connection closed',
  ETIMEDOUT: 'connection timed out',
  ENOTFOUND: 'host not found',
};

function transportReason(error: GraphQLError): string {
  const text = `${error.message} ${(error.originalError as { cause?: { code?: string } } | undefined)?.cause?.code ?? ''}`;
  const code = Object.keys(REASONS).find((key) => text.includes(key));
  return code ? REASONS[code] : 'no answer';
}

/**
 * Yoga's error masking, except for a subgraph that could not be reached: Hive reports that as
 * an internal error, which the client would only see as "Unexpected error". Instead the client
 * learns which subgraph failed (code SUBGRAPH_UNAVAILABLE, extensions.serviceName); the
 * fields it would have served are null, the rest of the answer is kept. Addresses stay in the log.
 */
export function maskSubgraphErrors(error: unknown, message: string, isDev?: boolean): Error {
  if (error instanceof GraphQLError && error.extensions?.code === 'SUBREQUEST_HTTP_ERROR') {
    const subgraph = String(error.extensions.serviceName ?? 'unknown');
    return new GraphQLError(
      `The ${subgraph} subgraph is unavailable (${transportReason(error)}); the fields it serves are null. ${RETRY_ADVICE}`,
      { nodes: error.nodes, path: error.path, extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: subgraph } },
    );
  }
  return maskError(error, message, isDev);
}

interface ResultError {
  message: string;
  extensions?: Record<string, unknown>;
}

/**
 * Shapes errors that name a subgraph for the client: the upstream request Hive attaches
 * (internal URL, the subgraph query) stays out of the answer, a timeout says which subgraph
 * and how long, and partial data keeps HTTP 200 rather than the timeout's 504. Run by request-hooks.ts.
 */
export function subgraphErrorShape(timeoutOf: (subgraph: string) => number): Required<Pick<GatewayPlugin, 'onResultProcess'>> {
  const shape = (error: ResultError): ResultError => {
    const subgraph = error.extensions?.serviceName;
    if (typeof subgraph !== 'string') return error;
    const { request: _request, http: _http, ...extensions } = error.extensions!;
    const message =
      extensions.code === 'GATEWAY_TIMEOUT'
        ? `The ${subgraph} subgraph did not answer within ${timeoutOf(subgraph)} ms; the fields it serves are null. ${RETRY_ADVICE}`
        : error.message;
    return error instanceof GraphQLError
      ? new GraphQLError(message, { nodes: error.nodes, path: error.path, originalError: error.originalError, extensions })
      : { ...error, message, extensions };
  };
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !result || typeof result !== 'object' || !('errors' in result) || !result.errors) return;
      const errors = (result.errors as unknown as ResultError[]).map(shape);
      setResult({ ...result, errors } as unknown as typeof result);
    },
  };
}
