import type { CombinedError } from 'urql';

interface Props {
  result: { data?: unknown; fetching: boolean; error?: CombinedError };
}

/**
 * What a view says about its request: loading until the first data arrives, and any error,
 * also beside partial data (a registry that failed leaves its fields null, the rest still shows).
 */
export function QueryState({ result: { data, fetching, error } }: Props) {
  if (error) {
    return (
      <p className="notice notice-error" role="alert">
        {describeError(error)}
      </p>
    );
  }
  return fetching && !data ? (
    <p className="notice" role="status">
      Loading…
    </p>
  ) : null;
}

function describeError(error: CombinedError): string {
  if (error.networkError) return `The gateway could not be reached: ${error.networkError.message}`;
  return error.graphQLErrors
    .map((e) => (typeof e.extensions?.code === 'string' ? `${e.message} (${e.extensions.code})` : e.message))
    .join(' · ');
}
