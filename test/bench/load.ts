// One measurement: warm up, load with autocannon, read what the load cost in SQL statements
// (the subgraphs' own counters, on their /metrics) and CPU time, then what one request costs alone.
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import type { Scenario } from './scenarios.ts';

export interface Target {
  name: string;
  url: string;
  headers?: Record<string, string>;
  /** The process answering the load (a gateway, or the subgraph alone). */
  pid: number;
}

/** The processes a measurement watches: the subgraphs' counters and CPU. */
export interface Subgraphs {
  metricsUrls: string[];
  pids: number[];
}

export interface LoadSettings {
  connections: number;
  warmupSeconds: number;
  seconds: number;
}

export interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** SQL statements one request costs, summed over the subgraphs. */
  sqlPerRequest: number;
  /** Statements during the loaded run per request answered: lower when identical requests share fetches. */
  sqlUnderLoad: number;
  /** CPU time per request answered, in ms: of the server under load, and of the subgraphs behind it. */
  serverCpuMs: number;
  subgraphsCpuMs: number;
  /** Non-2xx answers, socket errors and timeouts during the measured run. */
  failures: number;
}

// CPU time from /proc (Linux), independent of how busy the other processes keep the cores.
// /proc counts in USER_HZ, which Linux fixes at 100 for user space.
const TICKS_PER_SECOND = 100;
function cpuMs(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    // utime and stime are fields 14 and 15; the command name before them may contain spaces.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

export const SQL_SAMPLES = 20;

function requestInit(target: Target, scenario: Scenario) {
  return {
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', accept: 'application/json', ...target.headers },
    body: JSON.stringify({ query: scenario.query, variables: scenario.variables ?? {} }),
  };
}

/** The data a target answers, or an error naming the target if it answers errors. */
export async function answer(target: Target, scenario: Scenario): Promise<unknown> {
  const response = await fetch(target.url, requestInit(target, scenario));
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (!response.ok || body.errors?.length) {
    throw new Error(`${target.name} answered scenario ${scenario.id} with ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  }
  return body.data;
}

/** Sum of subgraph_sql_statements_total over the given /metrics URLs. */
export async function sqlStatements(metricsUrls: string[]): Promise<number> {
  let total = 0;
  for (const url of metricsUrls) {
    const text = await (await fetch(url)).text();
    for (const [, value] of text.matchAll(/^subgraph_sql_statements_total\{[^}]*\} (\d+(?:\.\d+)?)$/gm)) total += Number(value);
  }
  return total;
}

/** The statement count once it has stopped moving. */
async function settled(metricsUrls: string[]): Promise<number> {
  for (let last = await sqlStatements(metricsUrls); ; ) {
    await sleep(300);
    const now = await sqlStatements(metricsUrls);
    if (now === last) return now;
    last = now;
  }
}

function cannon(target: Target, scenario: Scenario, connections: number, seconds: number) {
  return autocannon({ url: target.url, connections, duration: seconds, pipelining: 1, ...requestInit(target, scenario) });
}

export async function measure(target: Target, scenario: Scenario, settings: LoadSettings, subgraphs: Subgraphs): Promise<Measurement> {
  const { metricsUrls } = subgraphs;
  const behind = subgraphs.pids.filter((pid) => pid !== target.pid);
  await cannon(target, scenario, settings.connections, settings.warmupSeconds);
  // Settled: requests autocannon abandoned at its deadline still finish on the servers.
  const atStart = await settled(metricsUrls);
  const cpuAtStart = [cpuMs([target.pid]), cpuMs(behind)];
  const result = await cannon(target, scenario, settings.connections, settings.seconds);
  const atEnd = await settled(metricsUrls);
  const answered = result['2xx'] || 1;
  const [serverCpuMs, subgraphsCpuMs] = [cpuMs([target.pid]), cpuMs(behind)].map((ms, i) => (ms - cpuAtStart[i]) / answered);

  // One request at a time, so the count is what a request costs, not what concurrency shares.
  for (let i = 0; i < SQL_SAMPLES; i++) await answer(target, scenario);
  const sqlPerRequest = (await sqlStatements(metricsUrls) - atEnd) / SQL_SAMPLES;

  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    sqlPerRequest,
    sqlUnderLoad: (atEnd - atStart) / answered,
    serverCpuMs,
    subgraphsCpuMs,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}
