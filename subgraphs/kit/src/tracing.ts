import type { IncomingHttpHeaders } from 'node:http';
import { context, INVALID_SPAN_CONTEXT, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type { SpanExporter } from '@opentelemetry/sdk-trace-node';
import { ENV } from './config.ts';

/** Whether OTEL_TRACES_EXPORTER names an exporter; unlike OpenTelemetry's default, unset means off. */
export function tracingRequested(env = process.env): boolean {
  if (env[ENV.otelSdkDisabled] === 'true') return false;
  return (env[ENV.otelTracesExporter] ?? 'none').split(',').some((name) => !['none', ''].includes(name.trim()));
}

/**
 * The exporters OTEL_TRACES_EXPORTER names (`otlp`, `console`, comma-separated). The OTLP
 * exporter reads OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT and _HEADERS itself.
 */
export async function exportersFromEnv(env = process.env): Promise<SpanExporter[]> {
  if (!tracingRequested(env)) return [];
  const names = env[ENV.otelTracesExporter]!.split(',').map((name) => name.trim());
  const exporters: SpanExporter[] = [];
  for (const name of names) {
    if (name === 'otlp') exporters.push(new (await import('@opentelemetry/exporter-trace-otlp-http')).OTLPTraceExporter());
    else if (name === 'console') exporters.push(new (await import('@opentelemetry/sdk-trace-node')).ConsoleSpanExporter());
    else if (name !== 'none' && name !== '') {
      throw new Error(`OTEL_TRACES_EXPORTER: unknown exporter "${name}"; use otlp, console or none.`);
    }
  }
  return exporters;
}

export interface Tracing {
  /** Exports what is buffered and stops tracing. */
  shutdown(): Promise<void>;
}

/**
 * Registers a global tracer provider (W3C trace context, AsyncLocalStorage context) and the
 * Prisma instrumentation, so a subgraph's request span parents its Prisma and SQL spans.
 * Returns undefined when there is no exporter; the SDK is then not even loaded, and spans
 * cost nothing.
 */
export async function startTracing(options: {
  serviceName: string;
  exporters?: SpanExporter[];
  batch?: boolean;
}): Promise<Tracing | undefined> {
  const exporters = options.exporters ?? (await exportersFromEnv());
  if (exporters.length === 0) return undefined;
  const { BatchSpanProcessor, NodeTracerProvider, SimpleSpanProcessor } = await import('@opentelemetry/sdk-trace-node');
  const { defaultResource, detectResources, envDetector, resourceFromAttributes } = await import('@opentelemetry/resources');
  const { PrismaInstrumentation } = await import('@prisma/instrumentation');
  const provider = new NodeTracerProvider({
    // Later resources win: OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES over the subgraph's name.
    resource: defaultResource()
      .merge(resourceFromAttributes({ 'service.name': options.serviceName }))
      .merge(detectResources({ detectors: [envDetector] })),
    spanProcessors: exporters.map((exporter) =>
      options.batch === false ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter),
    ),
  });
  provider.register();
  tracerRegistered = true;
  const prisma = new PrismaInstrumentation();
  prisma.setTracerProvider(provider);
  prisma.enable();
  return {
    async shutdown() {
      prisma.disable();
      tracerRegistered = false;
      await provider.shutdown();
    },
  };
}

const tracer = trace.getTracer('@partnership/kit');

/** Set while startTracing's provider is registered; without it a span would be a no-op anyway. */
let tracerRegistered = false;

const NO_SPAN = trace.wrapSpanContext(INVALID_SPAN_CONTEXT);

/**
 * Runs `handle` inside a SERVER span that continues the caller's trace (its traceparent
 * header), as the HTTP instrumentation would; without startTracing, `handle` gets a no-op span
 * and nothing else runs.
 */
export function withServerSpan<T>(
  name: string,
  headers: IncomingHttpHeaders,
  attributes: Record<string, string>,
  handle: (span: Span) => Promise<T>,
): Promise<T> {
  // Extracting the parent and entering two contexts cost more than the request's own parsing.
  if (!tracerRegistered) return handle(NO_SPAN);
  const parent = propagation.extract(ROOT_CONTEXT, headers);
  return context.with(parent, () =>
    tracer.startActiveSpan(name, { kind: SpanKind.SERVER, attributes }, async (span) => {
      try {
        return await handle(span);
      } catch (error) {
        span.recordException(error as Error);
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw error;
      } finally {
        span.end();
      }
    }),
  );
}
