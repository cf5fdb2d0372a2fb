// Turns measurements into the tables `npm run bench` prints and writes to RESULTS.md.
import os from 'node:os';
import type { CountTiming } from './counts.ts';
import type { LoadSettings, Measurement } from './load.ts';
import { DEFAULT_RESPONSE_CACHE_TTL_MS } from '@partnership/gateway';
import { SCENARIOS } from './scenarios.ts';

export interface Row {
  size: string;
  /** A repeated-request scenario's id, or a mix's (MIX, MIX_ONE_SUBGRAPH). */
  scenario: string;
  target: string;
  /** The mean of its rounds, for the mix's rows; the one measurement otherwise. */
  measurement: Measurement;
  rounds?: Measurement[];
  /** The requests per second every server was loaded at (MIX_EQUAL_LOAD). */
  rate?: number;
}

export const MIX = 'mix';
export const MIX_ONE_SUBGRAPH = 'mix, one subgraph';
/** The mix again, every gateway at one request rate: what the gateway CPU targets are judged on. */
export const MIX_EQUAL_LOAD = 'mix, equal load';

export const OURS = 'ours (Hive runtime, Rust planner)';
/** Ours with identical in-flight subgraph fetches not shared, as @apollo/gateway does not share them. */
export const OURS_NO_DEDUP = 'ours, subgraph dedup off';
export const APOLLO = '@apollo/gateway 2.14';
/** Ours with the response cache on (in Redis, or in memory without a redis-server). */
export const OURS_CACHED = 'ours, response cache on';
/** Hive gateway-runtime + Rust planner as shipped, only the subgraph secrets added: the floor for our plugins. */
export const BARE = 'bare Hive runtime + Rust planner';
export const SUBGRAPH_ALONE = 'subgraph alone';
/** Another build of our gateway (--other-gateway): an A/B of a change in one run. */
export const OURS_OTHER = 'ours, other build';

const fixed = (n: number, digits = 1) => n.toFixed(digits);
const ratio = (a: number, b: number) => (b === 0 ? '—' : `${fixed(a / b, 2)}x`);

function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const find = (rows: Row[], size: string, scenario: string, target: string) =>
  rows.find((r) => r.size === size && r.scenario === scenario && r.target === target)?.measurement;

const SUBGRAPH_COLUMNS = ['enterprise-classes', 'master-studios', 'pay-policies'];
const share = (n: number | undefined) => (n === undefined ? '—' : `${Math.round(100 * n)}%`);

/** The headline: the varied mixes, every server, where the CPU of a request goes. */
export function mixTable(rows: Row[]): string {
  return markdownTable(
    ['data', 'workload', 'server', 'req/s', 'p50 ms', 'p99 ms', 'CPU ms/req: server', ...SUBGRAPH_COLUMNS, 'PostgreSQL',
      'SQL/req', 'subgraph fetches/req', 'fetches saved by sharing', 'cache hits', 'failed'],
    rows.filter((r) => r.scenario === MIX || r.scenario === MIX_ONE_SUBGRAPH).map(({ size, scenario, target, measurement: m }) => [
      size, scenario, target, fixed(m.requestsPerSecond), fixed(m.p50, 0), fixed(m.p99, 0), fixed(m.serverCpuMs, 2),
      ...SUBGRAPH_COLUMNS.map((name) => (name in m.subgraphCpuMs ? fixed(m.subgraphCpuMs[name], 2) : '(server)')),
      fixed(m.postgresCpuMs, 2), fixed(m.sqlPerRequest, 2), fixed(m.subgraphFetchesPerRequest, 2), share(m.sharedShare),
      share(m.cacheHitShare), String(m.failures),
    ]),
  );
}

/** The mix at one rate for every gateway, with each round's gateway CPU to show the spread. */
export function equalLoadTable(rows: Row[]): string {
  return markdownTable(
    ['data', 'server', 'req/s', 'p50 ms', 'p99 ms', 'CPU ms/req: server', 'server, per round', ...SUBGRAPH_COLUMNS, 'PostgreSQL', 'failed'],
    rows.filter((r) => r.scenario === MIX_EQUAL_LOAD).map(({ size, target, measurement: m, rounds = [] }) => [
      size, target, fixed(m.requestsPerSecond), fixed(m.p50, 0), fixed(m.p99, 0), fixed(m.serverCpuMs, 2),
      rounds.map((round) => fixed(round.serverCpuMs, 2)).join(', '),
      ...SUBGRAPH_COLUMNS.map((name) => fixed(m.subgraphCpuMs[name], 2)), fixed(m.postgresCpuMs, 2), String(m.failures),
    ]),
  );
}

/** The issue's targets on the mix, each with the numbers it was judged on. */
export function mixChecks(rows: Row[], sizes: string[]): string[] {
  const checks: string[] = [];
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  for (const size of sizes) {
    const ours = find(rows, size, MIX, OURS);
    const cached = find(rows, size, MIX, OURS_CACHED);
    const apollo = find(rows, size, MIX, APOLLO);
    // CPU per request is compared at one rate when measured so: it falls as a server's rate rises.
    const cpuScenario = find(rows, size, MIX_EQUAL_LOAD, OURS) ? MIX_EQUAL_LOAD : MIX;
    const rate = rows.find((r) => r.size === size && r.scenario === cpuScenario && r.target === OURS)?.rate;
    const how = rate ? `each at ${rate} req/s` : 'each as fast as it answers';
    const cpuOf = (target: string) => find(rows, size, cpuScenario, target)?.serverCpuMs;
    for (const [peer, name, target] of [[BARE, 'the bare Hive runtime', 1.15], [APOLLO, 'Apollo Gateway', 0.6]] as const) {
      const [us, them] = [cpuOf(OURS), cpuOf(peer)];
      if (us === undefined || them === undefined) continue;
      const r = us / them;
      checks.push(`${verdict(r <= target)}: mix, ${size} data, ${how}: our gateway's CPU per request ${fixed(r, 2)}x ${name}'s (${fixed(us, 2)} / ${fixed(them, 2)} ms; target <= ${target}x)`);
    }
    if (!ours || !apollo) continue;
    const t = ours.requestsPerSecond / apollo.requestsPerSecond;
    checks.push(`${verdict(t >= 1.5)}: mix, ${size} data, cache off: throughput ${fixed(t, 2)}x Apollo's (target >= 1.5x)`);
    if (cached) {
      const tc = cached.requestsPerSecond / apollo.requestsPerSecond;
      const pc = cached.p99 / apollo.p99;
      checks.push(`${verdict(tc >= 5 && pc <= 0.3)}: mix, ${size} data, cache on (${share(cached.cacheHitShare)} hits after the warm-up): throughput ${fixed(tc, 2)}x Apollo's (target >= 5x), p99 ${fixed(pc, 2)}x (target <= 0.3x)`);
    }
  }
  return checks;
}

/** The statements of each operation's requests at one data size. */
/** The cached gateway's pre-warm at one data size: the pool's requests, each sent once. */
export interface CacheFill {
  size: string;
  requests: number;
  seconds: number;
}

export interface SqlOfSize {
  size: string;
  operations: Map<string, { requests: number; statements: number }>;
}

const perRequest = (o?: { requests: number; statements: number }) => (o ? o.statements / o.requests : NaN);

/** The same requests at every size, SQL statements per request of each operation. */
export function sqlTable(sql: SqlOfSize[]): string {
  const operations = [...sql[0].operations.keys()];
  return markdownTable(
    ['operation', 'requests', ...sql.map((s) => `SQL/req, ${s.size}`)],
    operations.map((name) => [name, String(sql[0].operations.get(name)!.requests), ...sql.map((s) => fixed(perRequest(s.operations.get(name)), 2))]),
  );
}

/** The target: the same requests cost the same statements at both sizes. */
export function sqlCheck(sql: SqlOfSize[]): string | undefined {
  if (sql.length < 2) return undefined;
  const [a, b] = sql;
  const unequal = [...a.operations.keys()].filter((name) => perRequest(a.operations.get(name)) !== perRequest(b.operations.get(name)));
  const values = (name: string) => `${name} ${fixed(perRequest(a.operations.get(name)), 2)} and ${fixed(perRequest(b.operations.get(name)), 2)}`;
  return unequal.length
    ? `MISSED: the same requests' SQL statements per request differ between ${a.size} and ${b.size} data for ${unequal.map(values).join('; ')} (target equal)`
    : `met: the same requests cost the same SQL statements at ${a.size} and ${b.size} data, every operation (target equal)`;
}

export function resultsTable(rows: Row[]): string {
  rows = rows.filter((r) => ![MIX, MIX_ONE_SUBGRAPH, MIX_EQUAL_LOAD].includes(r.scenario));
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
    // Each size's mix is a pool drawn over its own data: sqlCheck compares the same requests.
    const unequal = rows.filter((r) => r.size === sizes[0] && ![MIX, MIX_ONE_SUBGRAPH, MIX_EQUAL_LOAD].includes(r.scenario)).filter((r) => {
      const other = find(rows, sizes[1], r.scenario, r.target);
      return other && other.sqlPerRequest !== r.measurement.sqlPerRequest;
    });
    checks.push(unequal.length === 0
      ? 'met: SQL statements per request equal at both sizes, for every repeated scenario and server'
      : `MISSED: SQL statements per request differ between sizes for repeated scenarios ${unequal.map((r) => `${r.scenario}/${r.target}`).join(', ')}`);
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
  mix: { description: string; seed: number; poolSize: number; cache: string; rounds: number; equalRounds: number; preWarmSeconds: number; cacheFills: CacheFill[] };
  mixChecks: string[];
  sql: SqlOfSize[];
  checks: string[];
  counts: CountTiming[] | null;
  date: string;
}): string {
  const m = input.machine;
  const s = input.settings;
  const sqlRequests = [...(input.sql[0]?.operations.values() ?? [])].reduce((n, o) => n + o.requests, 0);
  return `# Benchmark results

Written by \`npm run bench\` on ${input.date}; [docs/performance.md](../../docs/performance.md#running-the-bench) explains how to run it.

## Machine

${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGiB} GiB memory, ${m.os}; Node ${m.node}; PostgreSQL ${m.postgres} on the same
machine. Load generator, gateways, subgraphs and PostgreSQL all share these cores. 1-minute load average
${fixed(m.load[0], 2)} when the run started, ${fixed(m.load[1], 2)} when it ended (the bench's own processes).${m.load[0] > m.cpus
    ? ' Other work was running on the machine when the run started (load above its core count): p99 figures in particular are noisy.'
    : ''}

## Method

autocannon over loopback, ${s.connections} connections${s.rate ? `, at most ${s.rate} requests per second` : ''}, ${s.warmupSeconds} s warm-up then ${s.seconds} s measured per row, one
server under load at a time, the servers alternating within each workload.
Subgraphs, our gateway, the bare Hive runtime and the Apollo peer are separate processes with \`NODE_ENV=production\`; the
peer runs as shipped (Apollo Server 5, its default subgraph fetcher), the bare runtime as shipped with only the subgraph
secrets added (the floor for our plugins), our gateway with its production plugins (token verification, limits and cost,
rate limit (at a maximum no run reaches: the load comes from one address), error shaping, timeouts, request ids, logs,
metrics) and the response cache off unless the row says on.

**The mix** (the headline): a pool of ${input.mix.poolSize.toLocaleString('en')} different requests drawn by a seeded generator (seed ${input.mix.seed},
\`test/bench/mix.ts\`) over every id, level filter, industry and page size of the data: ${input.mix.description}. Every
connection takes the pool's next request. The Apollo peer and the bare runtime do not verify tokens, so they answer
signed-in callers as anonymous readers (the mix reads public data only: the answers are the same, checked on the
pool's first requests before each run). Each of the mix's servers is first loaded ${input.mix.preWarmSeconds} s unmeasured (the subgraphs' CPU per
request keeps falling for a minute or more of load after they start, which would be charged to the first server measured), then
they take turns ${input.mix.rounds} times, every other round in reverse (A B C D D C B A), so load that changes over the run falls on
each alike; a row is the mean of its rounds. Then the gateways take turns again, ${input.mix.equalRounds} times, all at one
request rate (half the slowest one's throughput in the rounds, or \`--equal-rate\`): a process's CPU per request falls as its
request rate rises, so loaded as fast as it answers a slower server also looks costlier per request.
"mix, one subgraph" is its one-subgraph operation alone, also sent straight to the subgraph. With the cache on (${input.mix.cache === 'redis' ? 'in a redis-server of the run\'s own' : 'in memory'}), its pre-warm is instead every request of the
pool sent once (${input.mix.cacheFills.map((f) => `${fixed(f.seconds, 1)} s on the ${f.size} data`).join(', ') || 'none in this run'}), so the cache holds every answer the mix asks for,
as it holds the public reads of steady traffic; its entries live ${DEFAULT_RESPONSE_CACHE_TTL_MS / 1000} s (the default TTL), longer than the rounds. Anonymous requests
are answered from the entries all anonymous callers share, signed-in ones from their caller's own.

CPU ms/req: CPU time (from /proc, utime+stime) of the server under load, of each subgraph process, and of PostgreSQL
(postmaster, its backends and what exited backends left), per request answered during the measured run; it depends less than req/s and
latency on what else keeps the two cores busy, but rises as the server's request rate falls. SQL/req: statements the subgraphs sent for one
request at a time (their \`subgraph_sql_statements_total\`, over the workload's first requests, sequential; with the cache on,
after the warm-ups, so the anonymous ones among them are answered from it). Subgraph
fetches/req: requests the subgraphs received per request answered. Fetches saved by sharing: our gateway's subgraph
executions that in-flight sharing (identical subgraph queries of the same caller in flight together) answered
without a fetch of their own; a headline that does not depend on it shows it near 0%.

**Repeated requests** (secondary): one request repeated from every connection, sharing's best case, so also with sharing
off (\`GATEWAY_DEDUPLICATE_SUBGRAPH_REQUESTS=false\`). @apollo/gateway does not share. SQL/req under load: statements
during the measured run per request answered.

Data: ${input.sizes.map((size) => `**${size.name}**: ${size.description}`).join('; ')}.

Scenarios:
${SCENARIOS.map((scenario) => `- ${scenario.id}: ${scenario.title}`).join('\n')}

## The mix

${mixTable(input.rows)}

${input.rows.some((r) => r.scenario === MIX_EQUAL_LOAD) ? `At one rate for every gateway (the gateway CPU targets below are judged here):

${equalLoadTable(input.rows)}
` : ''}
${input.sql.length ? `SQL statements per request of each of the mix's operations, the same ${sqlRequests} requests at every size (the
pool's first, drawn over the ${input.sql[0].size} data, sent one at a time through our gateway):

${sqlTable(input.sql)}

` : ''}${input.mixChecks.map((c) => `- ${c}`).join('\n')}

## Repeated requests

${resultsTable(input.rows)}

## Targets on repeated requests

${input.checks.map((c) => `- ${c}`).join('\n')}
${input.counts ? `\n## totalCount on the large data\n\n${countsTable(input.counts)}\n` : ''}`;
}
