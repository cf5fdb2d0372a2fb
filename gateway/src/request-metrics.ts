// The request metrics operations.md lists, under the names, help texts, labels and buckets of Hive's
// Prometheus plugin, so dashboards built on that plugin read them as they are. Observed in the
// gateway's own hooks (request-hooks.ts) rather than by the plugin, which times a request only once
// its own parse hook has run: never an answer from the response cache, nor a text that does not
// parse. The labels callers choose (operation names, error paths) are bounded (bounded-label.ts).
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getOperationAST, parse, type GraphQLError } from 'graphql';
import { Counter, Histogram, type Registry } from 'prom-client';
import { boundedLabel } from './bounded-label.ts';
import { memoByText } from './memo-by-text.ts';
import { operationOf } from './operation-type.ts';
import { servedFromCache } from './response-cache.ts';
import { pathOf } from './url-path.ts';

/** Distinct operation names, and error paths, that callers' requests may add as labels. */
export const CALLER_LABEL_VALUES = 200;

type HookName = 'onRequest' | 'onParams' | 'onParse' | 'onValidate' | 'onExecute' | 'onResultProcess' | 'onResponse' | 'onSubgraphExecute' | 'onFetch';
type Hook<Name extends HookName> = NonNullable<GatewayPlugin[Name]>;
type Payload<Name extends HookName> = Parameters<Hook<Name>>[0];

interface Observed {
  start: number;
  /** Set with its GraphQL parameters: a request without them (a GraphiQL page, a probe) is not observed. */
  operationName?: string;
  /** query, mutation or subscription once parsed; unknown when it did not parse or names no operation. */
  operationType: string;
  /** The text run, when the request sent one and named no operation. */
  unnamedText?: string;
}

interface GraphQLResult {
  errors?: readonly GraphQLError[];
}

const seconds = (start: number) => (performance.now() - start) / 1000;
const isStream = (result: unknown): result is AsyncIterable<GraphQLResult> =>
  typeof result === 'object' && result !== null && Symbol.asyncIterator in result;

/**
 * The metrics, on `registry`, and the hooks that observe them. `operationNames` (the trusted
 * documents') are always labels of their own.
 */
export function requestMetrics(registry: Registry, operationNames: Iterable<string>) {
  const registers = [registry];
  const http = new Histogram({
    name: 'graphql_yoga_http_duration',
    help: 'Time spent on HTTP connection',
    labelNames: ['operationName', 'operationType', 'method', 'statusCode', 'url'],
    registers,
  });
  const execution = new Histogram({
    name: 'graphql_envelop_request_duration',
    help: 'Time spent on running the GraphQL operation from parse to execute',
    labelNames: ['operationType', 'operationName'],
    registers,
  });
  const errors = new Counter({
    name: 'graphql_envelop_error_result',
    help: 'Counts the amount of errors reported from all phases',
    labelNames: ['operationType', 'operationName', 'path', 'phase'],
    registers,
  });
  const subgraphLabels = ['subgraphName', 'operationName', 'operationType'];
  const subgraphExecution = new Histogram({ name: 'graphql_gateway_subgraph_execute_duration', help: 'Time spent on subgraph execution', labelNames: subgraphLabels, registers });
  const subgraphErrors = new Counter({ name: 'graphql_gateway_subgraph_execute_errors', help: 'Number of errors on subgraph execution', labelNames: subgraphLabels, registers });
  const fetches = new Histogram({
    name: 'graphql_gateway_fetch_duration',
    help: 'Time spent on outgoing HTTP calls',
    labelNames: ['url', 'method', 'statusCode', 'statusText'],
    registers,
  });

  const operationName = boundedLabel(CALLER_LABEL_VALUES, ['Anonymous', ...operationNames]);
  const errorPath = boundedLabel(CALLER_LABEL_VALUES);
  const requests = new WeakMap<Request, Observed>();
  // An answer from the response cache is to a text that ran before, here or at another gateway.
  const nameInText = memoByText((text) => {
    try {
      return getOperationAST(parse(text))?.name?.value || 'Anonymous';
    } catch {
      return 'Anonymous';
    }
  });
  const operationLabels = (observed: Observed) => ({ operationType: observed.operationType, operationName: operationName(observed.operationName ?? 'Anonymous') });
  const countErrors = (observed: Observed, phase: string, found: readonly { path?: readonly (string | number)[] }[]) => {
    for (const error of found) {
      const path = error.path && errorPath(error.path.join('.'));
      errors.inc({ ...operationLabels(observed), phase, ...(path !== undefined && { path }) });
    }
  };

  return {
    /** When the request arrived (performance.now()), from onRequest on. */
    startOf: (request: Request) => requests.get(request)?.start,
    onRequest({ request }: Payload<'onRequest'>) {
      requests.set(request, { start: performance.now(), operationType: 'unknown' });
    },
    onParams({ request, params }: Payload<'onParams'>) {
      const observed = requests.get(request);
      if (!observed) return;
      observed.operationName = params.operationName || 'Anonymous';
      if (!params.operationName) observed.unnamedText = params.query;
    },
    onParse({ context }: Payload<'onParse'>): ReturnType<Hook<'onParse'>> {
      const { request, params } = context as { request?: Request; params?: { operationName?: string } };
      const observed = request && requests.get(request);
      if (!observed) return undefined;
      return ({ result }) => {
        if (result instanceof Error) return countErrors(observed, 'parse', [{}]);
        const operation = result && operationOf(result, params?.operationName);
        if (!operation) return;
        observed.operationType = operation.operation;
        observed.operationName = operation.name?.value || 'Anonymous';
      };
    },
    onValidate({ context }: Payload<'onValidate'>): ReturnType<Hook<'onValidate'>> {
      const observed = requests.get((context as { request: Request }).request);
      // One count per refused request, whatever the number of its validation errors.
      return observed && (({ valid }) => void (valid || countErrors(observed, 'validate', [{}])));
    },
    onExecute({ args }: Payload<'onExecute'>): ReturnType<Hook<'onExecute'>> {
      const observed = requests.get((args.contextValue as { request: Request }).request);
      if (!observed) return undefined;
      const start = performance.now();
      const done = () => execution.observe(operationLabels(observed), seconds(start));
      return {
        onExecuteDone({ result }) {
          if (!isStream(result)) return void (countErrors(observed, 'execute', (result as GraphQLResult).errors ?? []), done());
          return { onNext: ({ result: next }) => countErrors(observed, 'execute', (next as GraphQLResult).errors ?? []), onEnd: done };
        },
      };
    },
    onResultProcess({ request, result }: Payload<'onResultProcess'>) {
      const observed = servedFromCache(result) && requests.get(request);
      if (!observed) return;
      // Only queries are cached; an answer from the cache was never parsed.
      observed.operationType = 'query';
      if (observed.unnamedText) observed.operationName = nameInText(observed.unnamedText);
    },
    onResponse({ request, response }: Payload<'onResponse'>) {
      const observed = requests.get(request);
      if (!observed?.operationName) return;
      const labels = { method: request.method, statusCode: response.status, ...operationLabels(observed), url: pathOf(request.url) };
      http.observe(labels, seconds(observed.start));
    },
    onSubgraphExecute({ subgraphName, executionRequest }: Pick<Payload<'onSubgraphExecute'>, 'subgraphName' | 'executionRequest'>) {
      const start = performance.now();
      const labels = {
        subgraphName,
        operationName: executionRequest.operationName || 'Anonymous',
        operationType: executionRequest.operationType || 'query',
      };
      const count = ({ result }: { result: unknown }) => {
        for (const _ of (result as GraphQLResult).errors ?? []) subgraphErrors.inc(labels);
      };
      const done = () => subgraphExecution.observe(labels, seconds(start));
      return ({ result }: { result: unknown }) => {
        if (!isStream(result)) return void (count({ result }), done());
        return { onNext: count, onEnd: done };
      };
    },
    onFetch({ url, options }: Pick<Payload<'onFetch'>, 'url' | 'options'>) {
      const start = performance.now();
      return ({ response }: { response: Response }) =>
        fetches.observe({ url, method: options.method ?? 'GET', statusCode: response.status, statusText: response.statusText }, seconds(start));
    },
  };
}
