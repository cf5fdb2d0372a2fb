import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import { ENV } from '@partnership/kit/config';

/** Whether OTEL_TRACES_EXPORTER names an exporter; unlike OpenTelemetry's default, unset means off. */
export function tracingRequested(env = process.env): boolean {
  if (env[ENV.otelSdkDisabled] === 'true') return false;
  return (env[ENV.otelTracesExporter] ?? 'none').split(',').some((name) => !['none', ''].includes(name.trim()));
}

/**
 * The exporters OTEL_TRACES_EXPORTER names (`otlp`, `console`, comma-separated), as the
 * subgraphs read it. The OTLP exporter reads OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT and _HEADERS.
 */
async function exportersFromEnv(env = process.env): Promise<SpanExporter[]> {
  const exporters: SpanExporter[] = [];
  for (const name of env[ENV.otelTracesExporter]!.split(',').map((n) => n.trim())) {
    if (name === 'otlp') exporters.push(new (await import('@opentelemetry/exporter-trace-otlp-http')).OTLPTraceExporter());
    else if (name === 'console') exporters.push(new (await import('@opentelemetry/sdk-trace-base')).ConsoleSpanExporter());
    else if (name !== 'none' && name !== '') {
      throw new Error(`OTEL_TRACES_EXPORTER: unknown exporter "${name}"; use otlp, console or none.`);
    }
  }
  return exporters;
}

/**
 * Registers the global tracer provider through Hive's own setup (W3C propagation,
 * AsyncLocalStorage context) when OTEL_TRACES_EXPORTER names an exporter; the SDK is loaded
 * only then. Returns whether tracing is on, for startGateway's `tracing`.
 */
export async function setUpTracingFromEnv(): Promise<boolean> {
  if (!tracingRequested()) return false;
  const exporters = await exportersFromEnv();
  const { openTelemetrySetup } = await import('@graphql-hive/plugin-opentelemetry/setup');
  const { AsyncLocalStorageContextManager } = await import('@opentelemetry/context-async-hooks');
  const { BatchSpanProcessor, ParentBasedSampler, TraceIdRatioBasedSampler } = await import('@opentelemetry/sdk-trace-base');
  // Hive samples everything unless told; the gateway decides for the whole trace, the
  // subgraphs follow (their default, parentbased_always_on).
  const ratio = ['traceidratio', 'parentbased_traceidratio'].includes(process.env[ENV.otelTracesSampler] ?? '')
    ? Number(process.env[ENV.otelTracesSamplerArg] ?? 1)
    : 1;
  if (!(ratio >= 0 && ratio <= 1)) throw new Error(`OTEL_TRACES_SAMPLER_ARG must be a ratio from 0 to 1, got "${process.env[ENV.otelTracesSamplerArg]}".`);
  openTelemetrySetup({
    contextManager: new AsyncLocalStorageContextManager(),
    // OTEL_SERVICE_NAME, read by the default resource, still wins.
    resource: { serviceName: process.env[ENV.otelServiceName] ?? 'gateway' },
    traces: { processors: exporters.map((exporter) => new BatchSpanProcessor(exporter)) },
    sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(ratio) }),
  });
  return true;
}
