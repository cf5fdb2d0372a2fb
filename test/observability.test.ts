import { randomBytes, randomUUID } from 'node:crypto';
import { signLocalToken } from '@partnership/gateway';
import { startTracing, type Tracing } from '@partnership/kit';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type Graph } from './support/graph.ts';
import { startOtlpCollector } from './support/otlp-collector.ts';
import { noTestPostgres, skipBecause, testPostgres } from './support/postgres-server.ts';
import { REGISTRY_NAMES } from '@partnership/kit/config';
import { startProcessGraph, type ProcessGraph } from './support/processes.ts';

// Reaches all three subgraphs: pay-policies (enterprise), enterprise-classes and master-studios.
const PROFILE = /* GraphQL */ `{
  enterprise(id: "5") { name enterpriseClasses { name } studios { name } }
  masterStudios(first: 3) { edges { node { name leader { name } } } }
}`;

describe.skipIf(skipBecause(noTestPostgres))('logs, metrics and traces of the running services', () => {
  let postgres: Awaited<ReturnType<typeof testPostgres>>;
  let collector: Awaited<ReturnType<typeof startOtlpCollector>>;
  let graph: ProcessGraph;
  beforeAll(async () => {
    postgres = await testPostgres();
    collector = await startOtlpCollector();
    const env = {
      // Debug level: the most a service ever writes, and still no secret in it.
      LOG_LEVEL: 'debug',
      // Tracing as production turns it on, to a collector on loopback.
      OTEL_TRACES_EXPORTER: 'otlp',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: collector.url,
      OTEL_BSP_SCHEDULE_DELAY: '100',
    };
    graph = await startProcessGraph({ postgresUrl: postgres.url, gatewayEnv: env, subgraphEnv: env });
  });
  afterAll(async () => {
    await graph?.stop();
    await collector?.close();
    await postgres?.destroy();
  });

  const allLogText = () =>
    [graph.gateway, ...Object.values(graph.subgraphs)].flatMap((service) => service.logs.map((line) => JSON.stringify(line))).join('\n');

  it('logs the request id the caller sent at the gateway and at every subgraph it reached, and returns it', async () => {
    const requestId = `obs-${randomUUID()}`;
    const token = await signLocalToken({ subject: 'observer', role: 'BUREAU_ADMIN' }, graph.secrets.jwt);
    const response = await graph.query(PROFILE, { headers: { 'x-request-id': requestId, authorization: `Bearer ${token}` } });
    expect(response.errors).toBeUndefined();
    expect(response.headers.get('x-request-id')).toBe(requestId);

    const gatewayLine = await graph.gateway.waitForLog((line) => line.requestId === requestId && line.msg === 'graphql request');
    expect(gatewayLine).toMatchObject({ service: 'gateway', status: 200 });
    for (const name of REGISTRY_NAMES) {
      const line = await graph.subgraphs[name].waitForLog((l) => l.requestId === requestId && l.msg === 'graphql request');
      expect(line).toMatchObject({ subgraph: name, status: 200 });
    }

    // Neither the caller's token nor the gateway-to-subgraph secrets reach any log.
    const text = allLogText();
    expect(text).not.toContain(token);
    for (const secret of [graph.secrets.jwt, ...Object.values(graph.secrets.subgraphs)]) expect(text).not.toContain(secret);
  });

  it('replaces a malformed incoming request id with a new one, used on both sides', async () => {
    const response = await graph.query('{ masterStudio(id: "1") { name } }', { headers: { 'x-request-id': 'no spaces; or "quotes"' } });
    const requestId = response.headers.get('x-request-id')!;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    await graph.gateway.waitForLog((line) => line.requestId === requestId);
    await graph.subgraphs['master-studios'].waitForLog((line) => line.requestId === requestId);
    expect(allLogText()).not.toContain('or \\"quotes\\"');
  });

  it('serves Prometheus metrics on each service’s operations port', async () => {
    await graph.query(PROFILE);
    // A GET carries its operation in the query string, which must not become a label.
    const get = await fetch(`${graph.gateway.url}?query=${encodeURIComponent('query ByGet { masterStudio(id: "1") { name } }')}`, {
      headers: { 'x-graphql-csrf': '1', accept: 'application/json' },
    });
    expect(get.status).toBe(200);
    // A user error, to be counted by its code.
    expect((await graph.query('{ masterStudio(id: "abc") { name } }')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const metrics = async (opsUrl: string) => {
      const response = await fetch(`${opsUrl}/metrics`);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      return response.text();
    };

    const gateway = await metrics(graph.gateway.opsUrl);
    for (const name of REGISTRY_NAMES) {
      expect(gateway).toMatch(new RegExp(`graphql_gateway_subgraph_execute_duration_count\\{subgraphName="${name}"`));
    }
    expect(gateway).toMatch(/graphql_gateway_fetch_duration_bucket\{/);
    expect(gateway).toMatch(/graphql_yoga_http_duration_count\{method="GET",statusCode="200",operationType="query",operationName="ByGet",url="\/graphql"\} 1/);
    expect(gateway).not.toMatch(/url="[^"]*\?/);
    expect(gateway).toMatch(/gateway_graphql_errors_total\{code="BAD_USER_INPUT",subgraph="master-studios"\} [1-9]/);

    const studios = await metrics(graph.subgraphs['master-studios'].opsUrl);
    expect(studios).toMatch(/subgraph_requests_total\{subgraph="master-studios",status="200"\} [1-9]/);
    expect(studios).toMatch(/subgraph_request_duration_seconds_count\{subgraph="master-studios"\} [1-9]/);
    expect(studios).toMatch(/subgraph_graphql_errors_total\{subgraph="master-studios",code="BAD_USER_INPUT"\} [1-9]/);
    // The enterprise's studios came through master-studios' loader for hosts, in one batch.
    expect(studios).toMatch(/subgraph_dataloader_batch_size_count\{subgraph="master-studios",loader="studiosByHostEnterpriseId"\} [1-9]/);
    expect(studios).toMatch(/subgraph_db_pool_connections\{subgraph="master-studios",state="total"\} [1-9]/);
    expect(studios).toMatch(/process_resident_memory_bytes/);
  });

  it('exports one trace per request over OTLP, across the gateway and subgraph processes', async () => {
    // The client starts the trace (W3C traceparent); the gateway continues it.
    const traceId = randomBytes(16).toString('hex');
    const traceparent = `00-${traceId}-${randomBytes(8).toString('hex')}-01`;
    const response = await graph.query('{ masterStudio(id: "2") { name leader { name } } }', { headers: { traceparent } });
    expect(response.errors).toBeUndefined();

    const inTrace = () => collector.spans.filter((span) => span.traceId === traceId);
    // Each process exports its spans in its own batches: wait for the SQL span and the gateway's root.
    const exported = () => {
      const spans = inTrace();
      return spans.some((s) => s.name === 'prisma:client:db_query') && spans.some((s) => s.service === 'gateway' && s.name === 'POST /graphql');
    };
    await expect.poll(exported, { timeout: 10_000, interval: 100, message: `the SQL span and the gateway's root span exported in trace ${traceId}` }).toBe(true);
    const trace = inTrace();
    const byId = new Map(trace.map((span) => [span.spanId, span]));
    const chain: string[] = [];
    const sql = trace.find((span) => span.name === 'prisma:client:db_query')!;
    for (let span = byId.get(sql.spanId); span; span = span.parentSpanId ? byId.get(span.parentSpanId) : undefined) {
      chain.push(`${span.service}: ${span.name}`);
    }
    // From the SQL statement up to the client's request, through both processes.
    expect(chain[0]).toBe('master-studios: prisma:client:db_query');
    expect(chain).toContain('master-studios: POST /graphql');
    expect(chain).toContain('gateway: subgraph.execute (master-studios)');
    expect(chain.at(-1)).toBe('gateway: POST /graphql');
  });

  it('answers liveness and readiness probes', async () => {
    for (const service of [graph.gateway, ...Object.values(graph.subgraphs)]) {
      expect((await fetch(`${service.opsUrl}/healthcheck`)).status).toBe(200);
      const readiness = await fetch(`${service.opsUrl}/readiness`);
      expect([service.name, readiness.status, await readiness.json()]).toEqual([service.name, 200, { status: 'ready' }]);
    }
  });
});

describe('a trace across the hop', () => {
  const exporter = new InMemorySpanExporter();
  let tracing: Tracing | undefined;
  let graph: Graph;
  beforeAll(async () => {
    // One provider for the whole process: gateway, subgraphs and Prisma all export here.
    tracing = await startTracing({ serviceName: 'e2e', exporters: [exporter], batch: false });
    graph = await startGraph({ gateway: { tracing: true } });
  });
  afterAll(async () => {
    await graph?.stop();
    await tracing?.shutdown();
  });

  it('links the gateway’s span, the subgraph’s request span and its Prisma/SQL spans in one trace', async () => {
    exporter.reset();
    const { errors } = await graph.query('{ masterStudio(id: "1") { name leader { name } } }');
    expect(errors).toBeUndefined();

    const spans = exporter.getFinishedSpans();
    const byId = new Map(spans.map((span) => [span.spanContext().spanId, span]));
    const parentOf = (span: ReadableSpan) => byId.get(span.parentSpanContext?.spanId ?? '');
    const ancestors = (span: ReadableSpan) => {
      const chain: ReadableSpan[] = [];
      for (let parent = parentOf(span); parent; parent = parentOf(parent)) chain.push(parent);
      return chain;
    };

    const subgraphSpan = spans.find((span) => span.attributes['service.subgraph'] === 'master-studios');
    expect(subgraphSpan?.name).toBe('POST /graphql');
    expect(subgraphSpan!.resource.attributes['service.name']).toBe('e2e');
    // Level 1: the gateway's own spans, above the subgraph's.
    const gatewaySpans = ancestors(subgraphSpan!);
    expect(gatewaySpans.length).toBeGreaterThan(0);
    expect(gatewaySpans.every((span) => span.instrumentationScope.name === 'gateway')).toBe(true);
    // Level 3: Prisma's spans, down to the SQL statement, below the subgraph's.
    const sqlSpans = spans.filter((span) => span.name === 'prisma:client:db_query' || span.name.startsWith('prisma:engine:db_query'));
    expect(sqlSpans.length).toBeGreaterThan(0);
    for (const sql of sqlSpans) expect(ancestors(sql)).toContain(subgraphSpan);
    expect(sqlSpans[0].attributes['db.query.text'] ?? sqlSpans[0].attributes['db.statement']).toMatch(/SELECT/);
    // All one trace.
    expect(new Set([...gatewaySpans, subgraphSpan!, ...sqlSpans].map((span) => span.spanContext().traceId)).size).toBe(1);
  });
});
