import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';

interface Props {
  result: { data?: unknown; fetching: boolean; error?: CombinedError };
}

/**
 * What a view says about its request: loading until the first data arrives, and any error,
 * also beside partial data (a registry that failed leaves its fields null, the rest still shows).
 */
export function QueryState({ result: { data, fetching, error } }: Props) {
  const { t } = useTranslation();
  if (error) {
    return (
      <p className="notice notice-error" role="alert" data-testid="query-error">
        {describeError(error, t)}
      </p>
    );
  }
  return fetching && !data ? (
    <p className="notice" role="status">
      {t('app.loading')}
    </p>
  ) : null;
}

/** What a record's page shows instead of the record: "not found" once the answer says so, else its QueryState. */
export function MissingRecord({ result, notFound }: Props & { notFound: string }) {
  return result.data && !result.error ? <p className="notice">{notFound}</p> : <QueryState result={result} />;
}

const KNOWN_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'SUBGRAPH_UNAVAILABLE',
  'GATEWAY_TIMEOUT',
  'DATABASE_UNAVAILABLE',
  'VERSION_CONFLICT',
  'RATE_LIMITED',
  'PERSISTED_QUERY_NOT_IN_LIST',
  'INTERNAL_SERVER_ERROR',
]);
const REGISTRIES = new Set(['pay-policies', 'enterprise-classes', 'master-studios']);

/** An API error in the interface language: the code decides the message, the registry is named as users know it. */
export function describeError(error: CombinedError, t: TFunction): string {
  if (error.networkError) return t('errors.network', { message: error.networkError.message });
  const messages = error.graphQLErrors.map((e) => {
    const code = typeof e.extensions?.code === 'string' ? e.extensions.code : undefined;
    const service = e.extensions?.serviceName;
    const registry = typeof service === 'string' && REGISTRIES.has(service) ? t(`registry.${service}`) : t('errors.someRegistry');
    if (code && KNOWN_CODES.has(code)) return t(`errors.${code}`, { message: e.message, registry });
    return t('errors.unknown', { message: e.message });
  });
  return [...new Set(messages)].join(' · ');
}
