import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { REGISTRY_NAMES, registryEnv, type RegistryName } from '@partnership/kit/config';
import { createPostgresDatabase, seededTemplates } from './databases.ts';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

/** One pino JSON line a service wrote. */
export type LogLine = Record<string, unknown> & { msg?: string; level?: number };

export interface ServiceProcess {
  name: string;
  pid: number;
  /** Its /graphql URL; '' when `readyWhen` matched before it was serving. */
  url: string;
  /** Base URL of its operations port (/metrics, /healthcheck, /readiness); '' for a plain script. */
  opsUrl: string;
  logs: LogLine[];
  /** stderr, for diagnosing a failed start. */
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal?: NodeJS.Signals): void;
  /** SIGTERM, then SIGKILL if it has not exited within 20 s; resolves with its exit. */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  waitForLog(match: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
}

export interface SpawnOptions {
  /** Extra environment; everything else is inherited. */
  env?: Record<string, string>;
  /** How long to wait for the "ready" line. @default 60 s */
  readyTimeoutMs?: number;
  /** The line that means started. @default the one with url and metricsUrl (serving) */
  readyWhen?: (line: LogLine) => boolean;
  /** Instead of a log line, polled until true: for services whose lines are not kept. */
  ready?: () => Promise<boolean>;
  /** Read the service's log lines and drop them (the benchmark: a line per request, for minutes); `logs` stays empty. */
  dropLogs?: boolean;
  /** Node options before the entry, e.g. --cpu-prof. */
  nodeArgs?: string[];
}

/** `fetch` that answers false instead of throwing while a service is still starting. */
export async function answers(url: string, init?: RequestInit): Promise<boolean> {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

/** Starts `node <entry> [args]` (Node strips the types) and resolves once it logs the line with its url. */
export async function spawnService(name: string, entry: string | string[], options: SpawnOptions = {}): Promise<ServiceProcess> {
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), ...[entry].flat()], {
    cwd: repoRoot,
    // JSON whatever the terminal: the lines are parsed.
    env: { ...process.env, LOG_LEVEL: 'info', LOG_FORMAT: 'json', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: LogLine[] = [];
  const waiters = new Set<{ match: (line: LogLine) => boolean; resolve: (line: LogLine) => void }>();
  let errText = '';
  const keep = (text: string) => {
    if (!text.startsWith('{')) return;
    const line = JSON.parse(text) as LogLine;
    logs.push(line);
    for (const waiter of waiters) if (waiter.match(line)) waiter.resolve(line);
  };
  if (options.dropLogs) child.stdout!.resume();
  else createInterface({ input: child.stdout! }).on('line', keep);
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (errText += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );

  function waitForLog(match: (line: LogLine) => boolean, timeoutMs = 10_000): Promise<LogLine> {
    const found = logs.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter = {
        match,
        resolve: (line: LogLine) => {
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(line);
        },
      };
      const timer = setTimeout(() => {
        waiters.delete(waiter);
        reject(new Error(`${name}: no matching log line within ${timeoutMs} ms. stderr:\n${errText.slice(-2000)}`));
      }, timeoutMs);
      waiters.add(waiter);
      void exited.then(({ code, signal }) => {
        if (!waiters.has(waiter)) return;
        clearTimeout(timer);
        waiters.delete(waiter);
        reject(new Error(`${name} exited (${code ?? signal}) before the expected log line. stderr:\n${errText.slice(-2000)}`));
      });
    });
  }

  const serving = (line: LogLine) => typeof line.url === 'string' && typeof line.metricsUrl === 'string';
  const timeoutMs = options.readyTimeoutMs ?? 60_000;
  const ready = await (options.ready ? poll(name, options.ready, timeoutMs, exited, () => errText) : waitForLog(options.readyWhen ?? serving, timeoutMs))
    .catch((error) => {
      child.kill('SIGKILL');
      throw error;
    });
  return {
    name,
    pid: child.pid!,
    url: (ready.url as string | undefined) ?? '',
    opsUrl: String(logs.find((line) => typeof line.metricsUrl === 'string')?.metricsUrl ?? '').replace(/\/metrics$/, ''),
    logs,
    stderr: () => errText,
    exited,
    kill: (signal = 'SIGTERM') => void child.kill(signal),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return withTimeout(exited, 20_000, () => child.kill('SIGKILL'));
    },
    waitForLog,
  };
}

/** Polls `ready` every 250 ms; rejects if the service exits or the time runs out. */
async function poll(name: string, ready: () => Promise<boolean>, timeoutMs: number, exited: Promise<unknown>, stderr: () => string): Promise<LogLine> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (gone || Date.now() > deadline) throw new Error(`${name} did not become ready (${gone ? 'it exited' : 'timeout'}). stderr:\n${stderr().slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {};
}

export const subgraphEntry = (name: string) => ['subgraphs/kit/src/main.ts', `subgraphs/${name}`];
/** Node's flags for a subgraph or gateway process, as `npm start` and the systemd units give them: the benchmark measures what is deployed. */
export const SERVICE_NODE_FLAGS = ['--max-semi-space-size=32'];
export const gatewayEntry = 'gateway/src/main.ts';

/** Port of a URL like http://127.0.0.1:1234/graphql. */
export const portOf = (url: string) => new URL(url).port;

export interface ProcessGraph {
  /** JWT_SECRET (signs tokens the gateway accepts) and each subgraph's x-subgraph-secret. */
  secrets: { jwt: string; subgraphs: Record<RegistryName, string> };
  gateway: ServiceProcess;
  subgraphs: Record<RegistryName, ServiceProcess>;
  /** Each subgraph's own PostgreSQL database, for a test to inspect directly. */
  databaseUrls: Record<RegistryName, string>;
  /** POSTs to the gateway; `headers` are added to the request. */
  query<Data = any>(query: string, options?: { variables?: Record<string, unknown>; headers?: Record<string, string> }): Promise<{
    status: number;
    headers: Headers;
    data: Data;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  }>;
  /** Starts a subgraph again on its port and database, after it was killed or stopped. */
  restart(name: RegistryName): Promise<ServiceProcess>;
  /** SIGTERM to every process still running; resolves with each one's exit. */
  stop(): Promise<Record<string, { code: number | null; signal: NodeJS.Signals | null }>>;
}

export interface ProcessGraphOptions {
  /**
   * The PostgreSQL server each subgraph gets a database on (PGlite files take ~10 s each to
   * migrate): a copy of the run's seeded one where the run made one there.
   */
  postgresUrl: string;
  /** Empty databases instead, which the processes migrate and seed themselves. */
  emptyDatabases?: boolean;
  /** Environment for the gateway (timeouts, log level). */
  gatewayEnv?: Record<string, string>;
  /** Environment for every subgraph. */
  subgraphEnv?: Record<string, string>;
  /** Where a subgraph's URL points in the supergraph instead of at itself (a proxy). */
  routeVia?: Partial<Record<RegistryName, (subgraphUrl: string) => Promise<string>>>;
}

/**
 * The whole graph as production runs it, one process per service from its own main.ts: each
 * subgraph on a free port over a fresh PostgreSQL database, the gateway from the checked-in
 * supergraph with their URLs. A test can SIGKILL any of them.
 */
export async function startProcessGraph(options: ProcessGraphOptions): Promise<ProcessGraph> {
  const cleanups: (() => Promise<void> | void)[] = [];
  const running = new Set<ServiceProcess>();
  const subgraphEnv: Record<string, Record<string, string>> = {};
  const databaseUrls = {} as Record<RegistryName, string>;
  const newSecret = () => randomBytes(32).toString('hex');
  const secrets = { jwt: newSecret(), subgraphs: Object.fromEntries(REGISTRY_NAMES.map((name) => [name, newSecret()])) as Record<RegistryName, string> };
  const secretEnv = { JWT_SECRET: secrets.jwt, ...Object.fromEntries(REGISTRY_NAMES.map((name) => [registryEnv(name).secret, secrets.subgraphs[name]])) };
  const templates = options.emptyDatabases ? undefined : await seededTemplates(options.postgresUrl);
  try {
    for (const name of REGISTRY_NAMES) {
      const env = registryEnv(name);
      const database = await createPostgresDatabase(options.postgresUrl, name, templates?.[name]);
      cleanups.push(database.drop);
      databaseUrls[name] = database.url;
      subgraphEnv[name] = {
        ...options.subgraphEnv,
        ...secretEnv,
        [env.port]: '0',
        [env.metricsPort]: '0',
        [env.databaseUrl]: database.url,
      };
    }
    const settled = await Promise.allSettled(REGISTRY_NAMES.map((name) => spawnService(name, subgraphEntry(name), { env: subgraphEnv[name] })));
    const started = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    started.forEach((service) => running.add(service));
    // One failed to start: the catch below stops the ones that did.
    for (const result of settled) if (result.status === 'rejected') throw result.reason;
    const subgraphs = Object.fromEntries(started.map((s) => [s.name, s])) as Record<RegistryName, ServiceProcess>;

    const routes: Record<string, string> = {};
    for (const name of REGISTRY_NAMES) {
      routes[registryEnv(name).url] = (await options.routeVia?.[name]?.(subgraphs[name].url)) ?? subgraphs[name].url;
    }
    const gateway = await spawnService('gateway', gatewayEntry, {
      // Uncached unless a test asks: the failures under test must reach the subgraphs.
      env: { GATEWAY_PORT: '0', GATEWAY_METRICS_PORT: '0', GATEWAY_RESPONSE_CACHE: 'off', ...secretEnv, ...routes, ...options.gatewayEnv },
    });
    running.add(gateway);

    return {
      secrets,
      gateway,
      subgraphs,
      databaseUrls,
      async query(query, { variables, headers } = {}) {
        const response = await fetch(gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
          body: JSON.stringify({ query, variables }),
        });
        return { ...(await response.json()), status: response.status, headers: response.headers };
      },
      async restart(name) {
        const previous = subgraphs[name];
        running.delete(previous);
        const env = registryEnv(name);
        const again = await spawnService(name, subgraphEntry(name), {
          env: { ...subgraphEnv[name], [env.port]: portOf(previous.url), [env.metricsPort]: portOf(previous.opsUrl) },
        });
        subgraphs[name] = again;
        running.add(again);
        return again;
      },
      async stop() {
        const exits: Record<string, { code: number | null; signal: NodeJS.Signals | null }> = {};
        // Gateway first, as a deployment would drain it before its subgraphs.
        for (const service of [gateway, ...Object.values(subgraphs)]) {
          if (!running.has(service)) continue;
          exits[service.name] = await service.stop();
          running.delete(service);
        }
        for (const cleanup of cleanups.reverse()) await cleanup();
        return exits;
      },
    };
  } catch (error) {
    for (const service of running) service.kill('SIGKILL');
    for (const cleanup of cleanups.reverse()) await cleanup();
    throw error;
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  const timer = setTimeout(onTimeout, ms);
  try {
    return await promise;
  } finally {
    clearTimeout(timer);
  }
}
