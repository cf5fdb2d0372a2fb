// Hive's Prometheus plugin with the README's metrics. The four histograms observed on every
// request or fetch are passed as the plugin's own custom metrics (createHistogram), with the
// plugin's names, help, labels and buckets: its defaults rebuild each observation's labels through
// Object.entries / filter / fromEntries to drop labels turned off, and none are turned off here.
// The labels callers choose (operation names, error paths) are bounded (bounded-label.ts).
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import usePrometheus, { createCounter, createHistogram } from '@graphql-mesh/plugin-prometheus';
import type { Registry } from 'prom-client';
import { boundedLabel } from './bounded-label.ts';
import { pathOf } from './url-path.ts';

/** Distinct operation names, and error paths, that callers' requests may add as labels. */
export const CALLER_LABEL_VALUES = 200;

type PluginContext = Parameters<typeof usePrometheus>[0];
interface OperationLabels {
  operationName?: string;
  operationType?: string;
}

interface ErrorParams extends OperationLabels {
  errorPhase?: string;
  error?: { path?: readonly (string | number)[] };
}

/**
 * The metrics in operations.md, on `registry`; none served by the plugin (the ops server does).
 * `operationNames` (the trusted documents') are always labels of their own.
 */
export function usePrometheusMetrics(context: Omit<PluginContext, 'metrics' | 'registry'>, registry: Registry, operationNames: Iterable<string>): GatewayPlugin {
  // The plugin's option types tie each metric to its phases' parameters; the labels below are its own.
  const histogram = <Params, Context = unknown>(name: string, help: string, labelNames: string[], labels: (params: Params, context: Context) => Record<string, string | number>) =>
    createHistogram({ registry, histogram: { name, help, labelNames }, fillLabelsFn: labels as never }) as never;
  const counter = <Params>(name: string, help: string, labelNames: string[], labels: (params: Params) => Record<string, string | number>) =>
    createCounter({ registry, counter: { name, help, labelNames }, fillLabelsFn: labels as never }) as never;
  const operationName = boundedLabel(CALLER_LABEL_VALUES, ['Anonymous', ...operationNames]);
  const errorPath = boundedLabel(CALLER_LABEL_VALUES);
  return usePrometheus({
    ...context,
    registry,
    endpoint: false,
    // The plugin turns on every metric not named false: the deprecated-field counter walks every
    // request's document with its types, and the phase histograms observe each request five times more.
    metrics: {
      graphql_gateway_subgraph_execute_duration: histogram(
        'graphql_gateway_subgraph_execute_duration',
        'Time spent on subgraph execution',
        ['subgraphName', 'operationName', 'operationType'],
        ({ subgraphName, executionRequest }: { subgraphName: string; executionRequest: OperationLabels }) => ({
          subgraphName,
          operationName: executionRequest.operationName || 'Anonymous',
          operationType: executionRequest.operationType || 'query',
        }),
      ),
      graphql_gateway_subgraph_execute_errors: true,
      graphql_gateway_fetch_duration: histogram(
        'graphql_gateway_fetch_duration',
        'Time spent on outgoing HTTP calls',
        ['url', 'method', 'statusCode', 'statusText'],
        ({ url, options, response }: { url: string; options: { method?: string }; response: Response }) => ({
          url,
          method: options.method ?? 'GET',
          statusCode: response.status,
          statusText: response.statusText,
        }),
      ),
      graphql_yoga_http_duration: histogram(
        'graphql_yoga_http_duration',
        'Time spent on HTTP connection',
        ['operationName', 'operationType', 'method', 'statusCode', 'url'],
        (params: OperationLabels, { request, response }: { request: Request; response: Response }) => ({
          method: request.method,
          statusCode: response.status,
          operationType: params.operationType || 'unknown',
          operationName: operationName(params.operationName || 'Anonymous'),
          // The path: the full URL (the plugin's default) holds a GET's query string and the
          // caller's Host header, a new series for every different one.
          url: pathOf(request.url),
        }),
      ),
      graphql_envelop_request_duration: histogram(
        'graphql_envelop_request_duration',
        'Time spent on running the GraphQL operation from parse to execute',
        ['operationType', 'operationName'],
        (params: OperationLabels) => ({ operationName: operationName(params.operationName || 'Anonymous'), operationType: params.operationType! }),
      ),
      graphql_envelop_error_result: counter(
        'graphql_envelop_error_result',
        'Counts the amount of errors reported from all phases',
        ['operationType', 'operationName', 'path', 'phase'],
        ({ operationName: name, operationType, errorPhase, error }: ErrorParams) => ({
          operationName: operationName(name || 'Anonymous'),
          operationType: operationType!,
          phase: errorPhase!,
          ...(error?.path && { path: errorPath(error.path.join('.')) }),
        }),
      ),
      graphql_envelop_deprecated_field: false,
      graphql_envelop_request: false,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_phase_parse: false,
      graphql_envelop_phase_validate: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_phase_execute: false,
      graphql_envelop_phase_subscribe: false,
      graphql_envelop_schema_change: false,
      graphql_envelop_execute_resolver: false,
    },
  });
}
