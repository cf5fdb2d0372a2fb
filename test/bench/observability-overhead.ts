// node test/bench/observability-overhead.ts [--seconds 10 --connections 10]
// What tracing costs: the whole graph as processes on PostgreSQL (logs at info, the default: one
// line per request per service), loaded with one query that joins two subgraphs, without and with
// OTLP tracing to a collector on loopback. Prints a table; no assertions.
// PostgreSQL: TEST_DATABASE_URL, else a throwaway server (test/support/postgres-server.ts).
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startOtlpCollector } from '../support/otlp-collector.ts';
import { testPostgres } from '../support/postgres-server.ts';
import { startProcessGraph } from '../support/processes.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' } } });
const QUERY = '{ enterprise(id: "5") { name payPolicies { scope } } masterStudio(id: "1") { name leader { name } } }';

const postgres = await testPostgres();
const collector = await startOtlpCollector();
const variants: [string, Record<string, string>][] = [
  ['tracing off (default)', {}],
  ['OTLP tracing, every request', { OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: collector.url }],
  [
    'OTLP tracing, 10% sampled',
    { OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: collector.url, OTEL_TRACES_SAMPLER: 'parentbased_traceidratio', OTEL_TRACES_SAMPLER_ARG: '0.1' },
  ],
];
const rows: string[] = [];
try {
  for (const [name, env] of variants) {
    const graph = await startProcessGraph({ postgresUrl: postgres.url, gatewayEnv: env, subgraphEnv: env });
    try {
      const run = (duration: number) =>
        autocannon({
          url: graph.gateway.url,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: QUERY }),
          connections: Number(values.connections),
          duration,
        });
      await run(2); // warm-up: query plans, pools, JIT
      const result = await run(Number(values.seconds));
      rows.push(`| ${name} | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} | ${result.non2xx + result.errors} | ${collector.spans.length} |`);
      collector.spans.length = 0;
    } finally {
      await graph.stop();
    }
  }
} finally {
  await collector.close();
  await postgres.destroy();
}
console.log(['| variant | requests/s | p50 ms | p99 ms | failed | spans exported |', '|---|---|---|---|---|---|', ...rows].join('\n'));
