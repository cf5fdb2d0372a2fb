// Hive's Prometheus plugin with the README's metrics. The four histograms observed on every
// request or fetch are passed as the plugin's own custom metrics (createHistogram), with the
// plugin's names, help, labels and buckets: its defaults rebuild each observation's labels through
// Object.entries / filter / fromEntries to drop labels turned off, and none are turned off here.
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import usePrometheus, { createHistogram } from '@graphql-mesh/plugin-prometheus';
import type { Registry } from 'prom-client';
import { pathOf } from './url-path.ts';

type PluginContext = Parameters<typeof usePrometheus>[0];
interface OperationLabels {
  operationName?: string;
  operationType?: string;
}

/** The metrics in operations.md, on `registry`; none served by the plugin (the ops server does). */
export function usePrometheusMetrics(context: Omit<PluginContext, 'metrics' | 'registry'>, registry: Registry): GatewayPlugin {
  const histogram = <Params, Context = unknown>(name: string, help: string, labelNames: string[], labels: (params: Params, context: Context) => Record<string, string | number>) =>
    // The plugin's option types tie each metric to its phases' parameters; the labels below are its own.
    createHistogram({ registry, histogram: { name, help, labelNames }, fillLabelsFn: labels as never }) as never;
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
          operationName: params.operationName || 'Anonymous',
          // The path: the full URL (the plugin's default) holds a GET's query string and the
          // caller's Host header, a new series for every different one.
          url: pathOf(request.url),
        }),
      ),
      graphql_envelop_request_duration: histogram(
        'graphql_envelop_request_duration',
        'Time spent on running the GraphQL operation from parse to execute',
        ['operationType', 'operationName'],
        ({ operationName, operationType }: OperationLabels) => ({ operationName: operationName!, operationType: operationType! }),
      ),
      graphql_envelop_error_result: true,
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
