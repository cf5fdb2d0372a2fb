// Turns measurements into the tables `npm run bench` prints and writes to RESULTS.md.
import os from 'node:os';
import type { CountTiming } from './counts.ts';
import { SQL_SAMPLES, type LoadSettings, type Measurement } from './load.ts';
import { SCENARIOS } from './scenarios.ts';

export interface Row {
  size: string;
  scenario: string;
  target: string;
  measurement: Measurement;
}

export const OURS = 'ours (Hive runtime, Rust planner)';
/** Ours with identical in-flight subgraph fetches not shared, as @apollo/gateway does not share them. */
export const OURS_NO_DEDUP = 'ours, subgraph dedup off';
export const APOLLO = '@apollo/gateway 2.14';
export const SUBGRAPH_ALONE = 'subgraph alone';

const fixed = (n: number, digits = 1) => n.toFixed(digits);
const ratio = (a: number, b: number) => (b === 0 ? '—' : `${fixed(a / b, 2)}x`);

function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const find = (rows: Row[], size: string, scenario: string, target: string) =>
  rows.find((r) => r.size === size && r.scenario === scenario && r.target === target)?.measurement;

export function resultsTable(rows: Row[]): string {
  return markdownTable(
    ['data', 'scenario', 'server', 'req/s', 'p50 ms', 'p99 ms', 'CPU ms/req: server', 'subgraphs behind', 'SQL/req', 'SQL/req under load', 'ours/this req/s', 'ours/this p99', 'failed'],
    rows.map(({ size, scenario, target, measurement: m }) => {
      const ours = find(rows, size, scenario, OURS)!;
      const compare = target !== OURS && ours;
      return [
        size, scenario, target, fixed(m.requestsPerSecond), fixed(m.p50, 0), fixed(m.p99, 0), fixed(m.serverCpuMs, 2),
        target === SUBGRAPH_ALONE ? '' : fixed(m.subgraphsCpuMs, 2), fixed(m.sqlPerRequest, 1), fixed(m.sqlUnderLoad, 2),
        compare ? ratio(ours.requestsPerSecond, m.requestsPerSecond) : '', compare ? ratio(ours.p99, m.p99) : '', String(m.failures),
      ];
    }),
  );
}

/** The issue's targets, each with the numbers it was judged on. */
export function targetChecks(rows: Row[], sizes: string[]): string[] {
  const checks: string[] = [];
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  for (const ours of [OURS, OURS_NO_DEDUP]) {
    for (const size of sizes) {
      for (const scenario of ['2', '3']) {
        const us = find(rows, size, scenario, ours);
        const apollo = find(rows, size, scenario, APOLLO);
        if (!us || !apollo) continue;
        const throughput = us.requestsPerSecond / apollo.requestsPerSecond;
        const tail = us.p99 / apollo.p99;
        checks.push(`${verdict(throughput >= 2 && tail <= 0.5)}: ${ours}, scenario ${scenario}, ${size} data: throughput ${fixed(throughput, 2)}x Apollo's (target >= 2x), p99 ${fixed(tail, 2)}x (target <= 0.5x)`);
      }
    }
    for (const scenario of ['1', '1t']) {
      const small = find(rows, 'small', scenario, ours);
      const large = find(rows, 'large', scenario, ours);
      if (!small || !large) continue;
      checks.push(`${verdict(large.p99 <= 1.2 * small.p99)}: ${ours}, scenario ${scenario}, large/small p99 ${fixed(large.p99 / small.p99, 2)}x (${fixed(large.p99, 0)} / ${fixed(small.p99, 0)} ms; target <= 1.2x)`);
    }
  }
  if (sizes.length > 1) {
    const unequal = rows.filter((r) => r.size === sizes[0]).filter((r) => {
      const other = find(rows, sizes[1], r.scenario, r.target);
      return other && other.sqlPerRequest !== r.measurement.sqlPerRequest;
    });
    checks.push(unequal.length === 0
      ? 'met: SQL statements per request equal at both sizes, for every scenario and server'
      : `MISSED: SQL statements per request differ between sizes for ${unequal.map((r) => `${r.scenario}/${r.target}`).join(', ')}`);
  }
  return checks;
}

export function countsTable(timings: CountTiming[]): string {
  return markdownTable(
    ['totalCount of', 'rows', 'how PostgreSQL reads it', 'ms (median of 7)'],
    timings.map((t) => [t.case.label, t.rows.toLocaleString('en'), t.scan, fixed(t.ms, 2)]),
  );
}

export interface Machine {
  /** 1-minute load average when the run started and when it ended: other work on the machine. */
  load: [number, number];
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  postgres: string;
  os: string;
}

export function machine(postgres: string, loadAtStart: number): Machine {
  return {
    load: [loadAtStart, os.loadavg()[0]],
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    postgres,
    os: `${os.type()} ${os.release()}`,
  };
}

export function resultsMarkdown(input: {
  machine: Machine;
  settings: LoadSettings;
  sizes: { name: string; description: string }[];
  rows: Row[];
  checks: string[];
  counts: CountTiming[] | null;
  date: string;
}): string {
  const m = input.machine;
  const s = input.settings;
  return `# Benchmark results

Written by \`npm run bench\` on ${input.date}; the README's Performance section explains how to run it.

## Machine

${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGiB} GiB memory, ${m.os}; Node ${m.node}; PostgreSQL ${m.postgres} on the same
machine. Load generator, gateways, subgraphs and PostgreSQL all share these cores. 1-minute load average
${fixed(m.load[0], 2)} when the run started, ${fixed(m.load[1], 2)} when it ended.${Math.max(...m.load) > m.cpus
    ? ' Other work was running on the machine (load above its core count): p99 figures in particular are noisy.'
    : ''}

## Method

autocannon over loopback, ${s.connections} connections, ${s.warmupSeconds} s warm-up then ${s.seconds} s measured per row, one
server under load at a time. Every server answers the same request with the same data (checked before each run).
Subgraphs, our gateway and the Apollo peer are separate processes with \`NODE_ENV=production\`; the peer runs
as shipped (Apollo Server 5, its default subgraph fetcher), our gateway with its production plugins (limits, metrics, logs).
SQL/req: statements the subgraphs sent for one request (their \`subgraph_sql_statements_total\` over ${SQL_SAMPLES} sequential requests);
under load: statements during the measured run per request answered. CPU ms/req: CPU time (from /proc) the server under
load, and the subgraphs behind it, spent per request answered during the measured run; unlike req/s and latency it does
not depend on what else keeps the two cores busy. Our gateway by default lets identical subgraph queries in
flight for the same caller share one fetch (Hive's in-flight deduplication, keyed on the caller's identity too); the load
repeats one anonymous request, which favours that, so it is also measured with sharing off
(\`GATEWAY_DEDUPLICATE_SUBGRAPH_REQUESTS=false\`). @apollo/gateway does not share.

Data: ${input.sizes.map((size) => `**${size.name}**: ${size.description}`).join('; ')}.

Scenarios:
${SCENARIOS.map((scenario) => `- ${scenario.id}: ${scenario.title}`).join('\n')}

## Results

${resultsTable(input.rows)}

## Targets

${input.checks.map((c) => `- ${c}`).join('\n')}
${input.counts ? `\n## totalCount on the large data\n\n${countsTable(input.counts)}\n` : ''}`;
}
