// One measurement: warm up, load with autocannon (cycling through a workload's requests), read
// what the load cost: SQL statements and subgraph fetches (the subgraphs' own counters, on their
// /metrics), CPU time of every process from /proc, then what one request costs alone.
import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';

export interface Target {
  name: string;
  url: string;
  headers?: Record<string, string>;
  /** The process answering the load (a gateway, or the subgraph alone). */
  pid: number;
  /** Its /metrics, when it is our gateway: what in-flight sharing and the response cache did. */
  metricsUrl?: string;
}

/** One request of a workload. */
export interface WorkloadRequest {
  body: string;
  headers: Record<string, string>;
}

export interface Workload {
  id: string;
  /** Cycled through in order by every connection together. */
  requests: WorkloadRequest[];
}

/** The processes a measurement watches besides the target. */
export interface Watched {
  subgraphs: { name: string; pid: number; metricsUrl: string }[];
  /** The PostgreSQL postmaster: its backends are its children. */
  postgresPid?: number;
}

export interface LoadSettings {
  connections: number;
  warmupSeconds: number;
  seconds: number;
  /**
   * Requests per second for every server alike (autocannon's overallRate), instead of as many as
   * the connections get answered: a server's CPU per request falls as its throughput rises (more
   * requests per event-loop turn), so a slower server also looks costlier per request at full load.
   */
  rate?: number;
}

export interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** SQL statements one request costs, summed over the subgraphs (sequential requests). */
  sqlPerRequest: number;
  /** Statements during the loaded run per request answered: lower when identical requests share fetches. */
  sqlUnderLoad: number;
  /** CPU time per request answered, in ms: of the server under load, of each subgraph behind it, of PostgreSQL. */
  serverCpuMs: number;
  subgraphsCpuMs: number;
  subgraphCpuMs: Record<string, number>;
  postgresCpuMs: number;
  /** Requests the subgraphs received per request answered. */
  subgraphFetchesPerRequest: number;
  /** Our gateway: the share of its subgraph fetches that in-flight sharing saved. */
  sharedShare?: number;
  /** Our gateway: the share of requests answered from the response cache. */
  cacheHitShare?: number;
  /** Non-2xx answers, socket errors and timeouts during the measured run. */
  failures: number;
}

// CPU time from /proc (Linux), independent of how busy the other processes keep the cores.
// /proc counts in USER_HZ, which Linux fixes at 100 for user space.
const TICKS_PER_SECOND = 100;
/** Fields after the command name: state is [0], ppid [1], utime [11], stime [12], cutime [13], cstime [14]. */
const statOf = (pid: number | string) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');

function cpuMs(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    const fields = statOf(pid);
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/**
 * PostgreSQL's CPU: the postmaster's, its live children's (backends, background workers), and what
 * exited children left in the postmaster's cutime/cstime, so a backend closed mid-run still counts.
 */
function postgresCpuMs(postmaster: number): number {
  const own = statOf(postmaster);
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === postmaster) continue;
    try {
      const fields = statOf(entry);
      if (Number(fields[1]) === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // Exited while listed: its time is now in the postmaster's cutime.
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

export const SQL_SAMPLES = 20;

/** The data a target answers to one request, or an error naming the target if it answers errors. */
export async function answer(target: Target, request: WorkloadRequest): Promise<unknown> {
  const response = await fetch(target.url, { method: 'POST', headers: { ...request.headers, ...target.headers }, body: request.body });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (!response.ok || body.errors?.length) {
    throw new Error(`${target.name} answered ${request.body.slice(0, 80)}… with ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  }
  return body.data;
}

/** Sums of every sample of each metric over the given /metrics URLs. */
async function scrape(urls: string[], names: string[]): Promise<Record<string, number>> {
  const totals = Object.fromEntries(names.map((name) => [name, 0]));
  for (const url of urls) {
    const text = await (await fetch(url)).text();
    for (const name of names) {
      for (const [, value] of text.matchAll(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?)$`, 'gm'))) totals[name] += Number(value);
    }
  }
  return totals;
}

const SUBGRAPH_COUNTERS = ['subgraph_sql_statements_total', 'subgraph_requests_total'];
const GATEWAY_COUNTERS = ['graphql_gateway_subgraph_execute_duration_count', 'gateway_response_cache_hits_total', 'gateway_response_cache_misses_total'];

/** Sum of subgraph_sql_statements_total over the given /metrics URLs. */
export async function sqlStatements(metricsUrls: string[]): Promise<number> {
  return (await scrape(metricsUrls, ['subgraph_sql_statements_total'])).subgraph_sql_statements_total;
}

/** The requests, sent one at a time through `target`: each operation's number of requests and their SQL statements. */
export async function sqlByOperation(target: Target, requests: (WorkloadRequest & { operation: string })[], metricsUrls: string[]) {
  const totals = new Map<string, { requests: number; statements: number }>();
  let before = await sqlStatements(metricsUrls);
  for (const request of requests) {
    await answer(target, request);
    const after = await sqlStatements(metricsUrls);
    const total = totals.get(request.operation) ?? { requests: 0, statements: 0 };
    totals.set(request.operation, { requests: total.requests + 1, statements: total.statements + after - before });
    before = after;
  }
  return totals;
}

/** The subgraphs' counters once they have stopped moving. */
async function settled(metricsUrls: string[]) {
  for (let last = await scrape(metricsUrls, SUBGRAPH_COUNTERS); ; ) {
    await sleep(300);
    const now = await scrape(metricsUrls, SUBGRAPH_COUNTERS);
    if (SUBGRAPH_COUNTERS.every((name) => now[name] === last[name])) return now;
    last = now;
  }
}

function cannon(target: Target, workload: Workload, settings: LoadSettings, seconds: number, start: { next: number }, amount?: number) {
  const { requests } = workload;
  return autocannon({
    url: target.url,
    connections: settings.connections,
    ...(amount ? { amount } : { duration: seconds }),
    pipelining: 1,
    ...(settings.rate && { overallRate: settings.rate }),
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const next = requests[start.next++ % requests.length];
          return { ...request, method: 'POST', body: next.body, headers: { ...next.headers, ...target.headers } };
        },
      },
    ],
  });
}

/** Load without measuring: the processes behind the target compile their hot code. */
export async function warmUp(target: Target, workload: Workload, settings: LoadSettings): Promise<void> {
  await cannon(target, workload, settings, settings.warmupSeconds, { next: 0 });
}

/**
 * Sends every request of the workload once (as fast as the target answers) and says how many
 * seconds that took: a response cache then holds every answer the workload asks for.
 */
export async function sendEachOnce(target: Target, workload: Workload, settings: LoadSettings): Promise<number> {
  const started = performance.now();
  await cannon(target, workload, { ...settings, rate: undefined }, 0, { next: 0 }, workload.requests.length);
  return (performance.now() - started) / 1000;
}

export async function measure(target: Target, workload: Workload, settings: LoadSettings, watched: Watched): Promise<Measurement> {
  const metricsUrls = watched.subgraphs.map((s) => s.metricsUrl);
  const behind = watched.subgraphs.filter((s) => s.pid !== target.pid);
  const position = { next: 0 };
  await cannon(target, workload, settings, settings.warmupSeconds, position);
  // Settled: requests autocannon abandoned at its deadline still finish on the servers.
  const atStart = await settled(metricsUrls);
  const gatewayAtStart = target.metricsUrl ? await scrape([target.metricsUrl], GATEWAY_COUNTERS) : undefined;
  const cpu = () => ({
    server: cpuMs([target.pid]),
    subgraphs: behind.map((s) => cpuMs([s.pid])),
    postgres: watched.postgresPid ? postgresCpuMs(watched.postgresPid) : 0,
  });
  const cpuAtStart = cpu();
  const result = await cannon(target, workload, settings, settings.seconds, position);
  const cpuAtEnd = cpu();
  const atEnd = await settled(metricsUrls);
  const gatewayAtEnd = target.metricsUrl ? await scrape([target.metricsUrl], GATEWAY_COUNTERS) : undefined;
  const answered = result['2xx'] || 1;
  const perRequest = (ms: number) => ms / answered;

  // One request at a time, so the count is what a request costs, not what concurrency shares.
  const samples = Math.max(SQL_SAMPLES, Math.min(workload.requests.length, 100));
  for (let i = 0; i < samples; i++) await answer(target, workload.requests[i % workload.requests.length]);
  const sqlPerRequest = ((await sqlStatements(metricsUrls)) - atEnd.subgraph_sql_statements_total) / samples;

  const fetched = atEnd.subgraph_requests_total - atStart.subgraph_requests_total;
  const delta = (name: string) => gatewayAtEnd![name] - gatewayAtStart![name];
  const executed = gatewayAtEnd && delta('graphql_gateway_subgraph_execute_duration_count');
  const lookups = gatewayAtEnd && delta('gateway_response_cache_hits_total') + delta('gateway_response_cache_misses_total');
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    sqlPerRequest,
    sqlUnderLoad: (atEnd.subgraph_sql_statements_total - atStart.subgraph_sql_statements_total) / answered,
    serverCpuMs: perRequest(cpuAtEnd.server - cpuAtStart.server),
    subgraphsCpuMs: perRequest(cpuAtEnd.subgraphs.reduce((a, b) => a + b, 0) - cpuAtStart.subgraphs.reduce((a, b) => a + b, 0)),
    subgraphCpuMs: Object.fromEntries(behind.map((s, i) => [s.name, perRequest(cpuAtEnd.subgraphs[i] - cpuAtStart.subgraphs[i])])),
    postgresCpuMs: perRequest(cpuAtEnd.postgres - cpuAtStart.postgres),
    subgraphFetchesPerRequest: fetched / answered,
    sharedShare: executed ? Math.max(0, 1 - fetched / executed) : undefined,
    cacheHitShare: lookups ? delta('gateway_response_cache_hits_total') / lookups : undefined,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/** The mean of several rounds' measurements (failures summed). */
export function meanOf(rounds: Measurement[]): Measurement {
  const mean = (pick: (m: Measurement) => number | undefined) => {
    const values = rounds.map(pick).filter((v): v is number => v !== undefined);
    return values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined;
  };
  const names = Object.keys(rounds[0].subgraphCpuMs);
  return {
    requestsPerSecond: mean((m) => m.requestsPerSecond)!,
    p50: mean((m) => m.p50)!,
    p99: mean((m) => m.p99)!,
    sqlPerRequest: mean((m) => m.sqlPerRequest)!,
    sqlUnderLoad: mean((m) => m.sqlUnderLoad)!,
    serverCpuMs: mean((m) => m.serverCpuMs)!,
    subgraphsCpuMs: mean((m) => m.subgraphsCpuMs)!,
    subgraphCpuMs: Object.fromEntries(names.map((name) => [name, mean((m) => m.subgraphCpuMs[name])!])),
    postgresCpuMs: mean((m) => m.postgresCpuMs)!,
    subgraphFetchesPerRequest: mean((m) => m.subgraphFetchesPerRequest)!,
    sharedShare: mean((m) => m.sharedShare),
    cacheHitShare: mean((m) => m.cacheHitShare),
    failures: rounds.reduce((sum, m) => sum + m.failures, 0),
  };
}
