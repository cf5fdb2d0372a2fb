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
        {describeError(error, t, someArrived(data))}
      </p>
    );
  }
  return fetching && !data ? (
    <p className="notice" role="status">
      {t('app.loading')}
    </p>
  ) : null;
}

/** Whether any root field came back: only then does "the rest is shown" hold. */
const someArrived = (data: unknown) => !!data && typeof data === 'object' && Object.values(data).some((value) => value != null);

export type Registry = 'pay-policies' | 'enterprise-classes' | 'master-studios';

/** What a section shows instead of its records when their registry did not answer (its root field came back null). */
export function RegistryUnavailable({ registry }: { registry: Registry }) {
  const { t } = useTranslation();
  return (
    <p className="subtitle" data-testid="registry-unavailable" data-registry={registry}>
      {t('registry.unavailable', { registry: t(`registry.${registry}`) })}
    </p>
  );
}

/**
 * Whether an error names this field or one under it: its null then means "did not answer", not
 * "none". List indexes are left out: the gateway names a field of every item at once.
 */
export const failedAt = (error: CombinedError | undefined, ...path: string[]) =>
  !!error?.graphQLErrors.some((e) => {
    const keys = e.path?.filter((key) => typeof key === 'string') ?? [];
    return path.every((key, i) => keys[i] === key);
  });

/** Said under a select whose choices did not come: their registry did not answer. */
export function ChoicesUnavailable({ registry }: { registry: Registry }) {
  const { t } = useTranslation();
  return (
    <p className="subtitle choices-unavailable" data-testid="choices-unavailable" data-registry={registry}>
      {t('registry.choicesUnavailable', { registry: t(`registry.${registry}`) })}
    </p>
  );
}

/**
 * Whether a select's choices are missing because their registry did not answer: the request is
 * over and their field came back null. Not when the browser reached no one: the page says so once.
 */
export const choicesMissing = (result: { fetching: boolean; error?: CombinedError }, choices: unknown) =>
  !result.fetching && choices == null && !result.error?.networkError;

/** What a record's page shows instead of the record: "not found" once the answer says so, else its QueryState. */
export function MissingRecord({ result, notFound }: Props & { notFound: string }) {
  const { t } = useTranslation();
  if (!result.data || result.error) return <QueryState result={result} />;
  return (
    <section>
      <h1>{t('app.notFoundTitle')}</h1>
      <p className="notice">{notFound}</p>
    </section>
  );
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

/**
 * An API error in the interface language: the code decides the message, the registry is named as
 * users know it. `partial`: other fields did arrive, so an outage message says the rest is shown.
 */
export function describeError(error: CombinedError, t: TFunction, partial = false): string {
  if (error.networkError) return t('errors.network');
  const messages = error.graphQLErrors.map((e) => {
    const code = typeof e.extensions?.code === 'string' ? e.extensions.code : undefined;
    const service = e.extensions?.serviceName;
    const registry = typeof service === 'string' && REGISTRIES.has(service) ? t(`registry.${service}`) : t('errors.someRegistry');
    // The rule an input broke, in the interface language, where the API names one.
    const rule = typeof e.extensions?.rule === 'string' && t(`rule.${e.extensions.rule}`, { defaultValue: '' });
    if (code === 'BAD_USER_INPUT' && rule) return t('errors.BAD_USER_INPUT_rule', { message: e.message, rule });
    if (code && KNOWN_CODES.has(code)) return t(`errors.${code}`, { message: e.message, registry, context: partial ? 'partial' : undefined });
    return t('errors.unknown', { message: e.message });
  });
  return [...new Set(messages)].join(' · ');
}
