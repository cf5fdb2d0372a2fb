// npm run bench [-- --sizes small,large --scale 1 --warmup 10 --pre-warm 10 --seconds 15 --connections 10 --rate N --fresh --cpu-prof DIR
//                   --mixes mix,mix-1s --mix-size 5000 --seed 13 --signed-in 0.3 --equal-rate auto|N|0 --equal-rounds 6
//                   --scenarios 1,1t,1s,2,3 (or none)]
// Measures our gateway against the bare Hive runtime, @apollo/gateway 2.14 and the subgraph alone
// where one subgraph answers, on a varied mix of requests (the headline) and on repeated requests,
// on PostgreSQL at the article's data and at a province-sized scale; prints the tables and writes
// them with the machine it ran on to test/bench/RESULTS.md. Not a test: no assertions.
// PostgreSQL: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:55432/postgres.
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { SUBGRAPH_SECRET_HEADER } from '@partnership/kit/auth';
import { subgraphSecretVariable } from '@partnership/kit/secrets';
import { timeCounts, type CountTiming } from './counts.ts';
import { BENCH_SERVER_URL, largeDatabases, postgresVersion, smallDatabases, SUBGRAPH_NAMES, totalRows, type BenchDatabases } from './databases.ts';
import { measure, meanOf, answer, sendEachOnce, sqlByOperation, warmUp, type LoadSettings, type Measurement, type Target, type Watched, type Workload } from './load.ts';
import { describeMix, drawMix, universeOf, UNIVERSE_QUERY, type MixRequest } from './mix.ts';
import {
  APOLLO, BARE, type CacheFill, countsTable, equalLoadTable, OURS_OTHER, machine, MIX, MIX_EQUAL_LOAD, MIX_ONE_SUBGRAPH, mixChecks, mixTable, OURS, OURS_CACHED, OURS_NO_DEDUP, resultsMarkdown,
  resultsTable, sqlCheck, sqlTable, SUBGRAPH_ALONE, targetChecks, type Row, type SqlOfSize,
} from './report.ts';
import { repeated, SCENARIOS, type Scenario } from './scenarios.ts';
import { withClient } from '../support/databases.ts';
import { redisInstalled, startRedis, type RedisServer } from '../support/redis-server.ts';
import { answers, gatewayEntry, repoRoot, spawnService, SERVICE_NODE_FLAGS, subgraphEntry, type ServiceProcess } from '../support/processes.ts';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'small,large' },
    scale: { type: 'string', default: '1' },
    scenarios: { type: 'string', default: SCENARIOS.map((s) => s.id).join(',') },
    mixes: { type: 'string', default: 'mix,mix-1s' },
    'mix-size': { type: 'string', default: '5000' },
    seed: { type: 'string', default: '13' },
    'signed-in': { type: 'string', default: '0.3' },
    // The mix's servers take turns this many times, every other round in reverse (A B C C B A): load
    // that changes over the run falls on each of them alike. Each row is the mean of its rounds.
    rounds: { type: 'string', default: '2' },
    // The cached gateway's store: redis (a redis-server of the bench's own) when installed, else memory.
    cache: { type: 'string', default: redisInstalled ? 'redis' : 'memory' },
    warmup: { type: 'string', default: '10' },
    // Before the mix's first round, each of its servers in turn is loaded this long unmeasured.
    'pre-warm': { type: 'string', default: '10' },
    seconds: { type: 'string', default: '15' },
    connections: { type: 'string', default: '10' },
    // Requests per second for each server alike (open loop), instead of as many as they answer.
    rate: { type: 'string' },
    // After the mix's rounds, its gateways again at one rate for all (the gateway targets' measure):
    // auto is half the slowest one's throughput in the rounds, 0 skips it.
    'equal-rate': { type: 'string', default: 'auto' },
    // One round's gateway CPU per request strays up to ±20% on this machine: three rounds once
    // judged a 1.02x gateway (six rounds, the same code) at 1.34x the bare runtime.
    'equal-rounds': { type: 'string', default: '6' },
    // Which of the mix's servers to load, in turn in this order: ours, bare, apollo, cached (mix), alone (mix-1s), other.
    'mix-servers': { type: 'string', default: 'ours,bare,apollo,cached,alone' },
    // An A/B of a change: another build of our gateway (its main.ts, e.g. a copy of the last
    // commit's gateway/src), started like ours and loaded on the mix as "other" when named there.
    'other-gateway': { type: 'string' },
    // An A/B of the subgraphs: another checkout of the project (e.g. a copy of this one at the last
    // commit, node_modules and generated clients included) whose three subgraphs serve "other" (our
    // gateway, or --other-gateway), on the same databases; each side is measured with its own subgraphs.
    'other-subgraphs': { type: 'string' },
    // "other" with the response cache on (a store of its own): an A/B of a change to the cached path,
    // loaded against "cached".
    'other-cache': { type: 'boolean', default: false },
    'port-base': { type: 'string', default: '4700' },
    fresh: { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(repoRoot, 'test/bench/RESULTS.md') },
    // Each service writes a V8 CPU profile (open it in Chrome DevTools) to DIR when it stops.
    'cpu-prof': { type: 'string' },
  },
});
const settings: LoadSettings = {
  connections: Number(args.connections), warmupSeconds: Number(args.warmup), seconds: Number(args.seconds), rate: args.rate ? Number(args.rate) : undefined,
};
const sizes = args.sizes.split(',');
const scenarios = (args.scenarios === 'none' ? [] : args.scenarios.split(',')).map((id) => {
  const found = SCENARIOS.find((s) => s.id === id);
  if (!found) throw new Error(`--scenarios: no scenario "${id}"; there are ${SCENARIOS.map((s) => s.id).join(', ')}`);
  return found;
});
const mixes = args.mixes === 'none' ? [] : args.mixes.split(',');
for (const mix of mixes) if (mix !== 'mix' && mix !== 'mix-1s') throw new Error(`--mixes: "${mix}" is neither mix nor mix-1s`);
if (args['equal-rate'] !== 'auto' && !(Number(args['equal-rate']) >= 0)) throw new Error(`--equal-rate: "${args['equal-rate']}" is neither auto nor a rate`);
const mixOptions = { seed: Number(args.seed), size: Number(args['mix-size']), signedInShare: Number(args['signed-in']) };
const adminUrl = BENCH_SERVER_URL;
const base = Number(args['port-base']);
const loadAtStart = loadavg()[0];

const prefix = (name: string) => name.toUpperCase().replaceAll('-', '_');
const ports = {
  gateway: base,
  gatewayMetrics: base + 5,
  apollo: base + 1,
  gatewayNoDedup: base + 2,
  gatewayNoDedupMetrics: base + 6,
  bare: base + 3,
  gatewayCached: base + 4,
  gatewayCachedMetrics: base + 7,
  other: base + 8,
  otherMetrics: base + 9,
  subgraph: (i: number) => base + 11 + i,
  subgraphMetrics: (i: number) => base + 21 + i,
  otherSubgraph: (i: number) => base + 31 + i,
  otherSubgraphMetrics: (i: number) => base + 41 + i,
};
const secrets = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [subgraphSecretVariable(name), randomBytes(24).toString('hex')]));
const common = {
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  OTEL_SDK_DISABLED: 'true',
  JWT_SECRET: randomBytes(24).toString('hex'),
  ...secrets,
};
const subgraphUrl = (i: number) => `http://127.0.0.1:${ports.subgraph(i)}/graphql`;
const subgraphUrlEnv = Object.fromEntries(SUBGRAPH_NAMES.map((name, i) => [`${prefix(name)}_URL`, subgraphUrl(i)]));
const metricsUrls = SUBGRAPH_NAMES.map((_, i) => `http://127.0.0.1:${ports.subgraphMetrics(i)}/metrics`);
const otherRoot = args['other-subgraphs'] && path.resolve(args['other-subgraphs']);
const otherSubgraphUrlEnv = Object.fromEntries(SUBGRAPH_NAMES.map((name, i) => [`${prefix(name)}_URL`, `http://127.0.0.1:${ports.otherSubgraph(i)}/graphql`]));
const otherMetricsUrls = SUBGRAPH_NAMES.map((_, i) => `http://127.0.0.1:${ports.otherSubgraphMetrics(i)}/metrics`);

if (args.cache !== 'redis' && args.cache !== 'memory') throw new Error(`--cache: "${args.cache}" is neither redis nor memory`);
const redis: RedisServer | undefined = args.cache === 'redis' ? await startRedis() : undefined;
const cacheEnvOf = (database: number): Record<string, string> =>
  redis ? { GATEWAY_RESPONSE_CACHE: 'redis', GATEWAY_REDIS_URL: redis.url.replace(/\/0$/, `/${database}`) } : { GATEWAY_RESPONSE_CACHE: 'memory' };
const cacheEnv = cacheEnvOf(0);

// The services running: a bench stopped by a signal stops them too, so none keeps its port.
const live = new Set<ServiceProcess>();
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => {
    console.error(`${signal}: stopping the bench's services`);
    for (const service of live) service.kill('SIGTERM');
    void Promise.all([...live].map((service) => service.exited))
      .then(() => redis?.stop())
      .finally(() => process.exit(code));
  });
}

async function startAll(databases: BenchDatabases): Promise<ServiceProcess[]> {
  const started: ServiceProcess[] = [];
  // A subgraph migrating a large database takes a while.
  const start = async (name: string, entry: string | string[], env: Record<string, string>, ready: () => Promise<boolean>, flags: string[] = []) => {
    const service = await spawnService(name, entry, { env: { ...common, ...env }, ready, readyTimeoutMs: 180_000, dropLogs: true, nodeArgs: [...flags, ...profileArgs(name)] });
    live.add(service);
    return service;
  };
  try {
    // One at a time: on two cores, parallel starts only slow each other down. A filter naming
    // another registry's codes is checked through a gateway (GATEWAY_URL): ours, not the default
    // port, where the bench runs none (each such request would wait for a refused connection).
    const startSubgraph = (name: string, label: string, root: string, port: number, metricsPort: number, gatewayPort: number) =>
      start(label, subgraphEntry(name).map((part) => path.join(root, part)),
        { [`${prefix(name)}_PORT`]: String(port), [`${prefix(name)}_METRICS_PORT`]: String(metricsPort),
          [`${prefix(name)}_DATABASE_URL`]: databases.urls[name], GATEWAY_URL: url(gatewayPort) },
        () => answers(`http://127.0.0.1:${metricsPort}/readiness`), SERVICE_NODE_FLAGS);
    for (const [i, name] of SUBGRAPH_NAMES.entries()) {
      started.push(await startSubgraph(name, name, repoRoot, ports.subgraph(i), ports.subgraphMetrics(i), ports.gateway));
      if (otherRoot) started.push(await startSubgraph(name, `${name}-other`, otherRoot, ports.otherSubgraph(i), ports.otherSubgraphMetrics(i), ports.other));
    }
    const off: Record<string, string> = { GATEWAY_RESPONSE_CACHE: 'off' };
    // The rate limit stays on (its cost is measured) but out of reach: every anonymous request
    // comes from 127.0.0.1. A 1 s window keeps each client's log of calls near a real client's
    // size, not the whole run's.
    const rateLimit = { GATEWAY_RATE_LIMIT_MAX: '1000000000', GATEWAY_RATE_LIMIT_WINDOW_SECONDS: '1' };
    for (const [name, port, metrics, dedupe, cache] of [
      ['gateway', ports.gateway, ports.gatewayMetrics, 'true', off],
      ['gateway-no-dedup', ports.gatewayNoDedup, ports.gatewayNoDedupMetrics, 'false', off],
      ['gateway-cached', ports.gatewayCached, ports.gatewayCachedMetrics, 'true', cacheEnv],
    ] as const) {
      started.push(await start(name, gatewayEntry,
        { ...subgraphUrlEnv, GATEWAY_PORT: String(port), GATEWAY_METRICS_PORT: String(metrics), GATEWAY_DEDUPLICATE_SUBGRAPH_REQUESTS: dedupe,
          ...rateLimit, ...cache },
        () => answers(`http://127.0.0.1:${metrics}/readiness`), SERVICE_NODE_FLAGS));
    }
    if (args['other-gateway'] || otherRoot) {
      started.push(await start('gateway-other', args['other-gateway'] ?? gatewayEntry,
        { ...(otherRoot ? otherSubgraphUrlEnv : subgraphUrlEnv), GATEWAY_PORT: String(ports.other), GATEWAY_METRICS_PORT: String(ports.otherMetrics), ...rateLimit, ...(args['other-cache'] ? cacheEnvOf(1) : off) },
        () => answers(`http://127.0.0.1:${ports.otherMetrics}/readiness`), SERVICE_NODE_FLAGS));
    }
    // The bare runtime is ours without its plugins, so it runs with our flags; Apollo's gateway with Node's defaults.
    started.push(await start('bare-hive', 'test/bench/bare-hive.ts', { ...subgraphUrlEnv, BARE_HIVE_PORT: String(ports.bare) },
      () => answers(`http://127.0.0.1:${ports.bare}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}',
      }), SERVICE_NODE_FLAGS));
    started.push(await start('apollo-gateway', 'test/bench/apollo-gateway.ts',
      { ...subgraphUrlEnv, APOLLO_GATEWAY_PORT: String(ports.apollo), APOLLO_TELEMETRY_DISABLED: '1' },
      () => answers(`http://127.0.0.1:${ports.apollo}/`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}',
      })));
    return started;
  } catch (error) {
    await stopAll(started);
    throw error;
  }
}

/** With --cpu-prof, one directory per service. */
const profileArgs = (name: string) => (args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${path.join(args['cpu-prof'], name)}`] : []);

async function stopAll(services: ServiceProcess[]) {
  for (const service of services.reverse()) {
    await service.stop();
    live.delete(service);
  }
}

const url = (port: number) => `http://127.0.0.1:${port}/graphql`;
const ours = (pid: (service: string) => number): Target =>
  ({ name: OURS, url: url(ports.gateway), pid: pid('gateway'), metricsUrl: `http://127.0.0.1:${ports.gatewayMetrics}/metrics` });
const apollo = (pid: (service: string) => number): Target => ({ name: APOLLO, url: `http://127.0.0.1:${ports.apollo}/`, pid: pid('apollo-gateway') });
const bare = (pid: (service: string) => number): Target => ({ name: BARE, url: url(ports.bare), pid: pid('bare-hive') });

function subgraphAlone(subgraph: string, pid: (service: string) => number): Target {
  const i = SUBGRAPH_NAMES.indexOf(subgraph);
  // What the gateway sends; without it the subgraph refuses the request.
  const secret = secrets[subgraphSecretVariable(subgraph)];
  return { name: SUBGRAPH_ALONE, url: subgraphUrl(i), headers: { [SUBGRAPH_SECRET_HEADER]: secret }, pid: pid(subgraph) };
}

function targetsFor(scenario: Scenario, pid: (service: string) => number): Target[] {
  const targets: Target[] = [
    ours(pid),
    { name: OURS_NO_DEDUP, url: url(ports.gatewayNoDedup), pid: pid('gateway-no-dedup'), metricsUrl: `http://127.0.0.1:${ports.gatewayNoDedupMetrics}/metrics` },
    apollo(pid),
  ];
  if (scenario.subgraph) targets.push(subgraphAlone(scenario.subgraph, pid));
  return targets;
}

const mixServers = args['mix-servers'].split(',');
for (const server of mixServers) {
  if (!['ours', 'bare', 'apollo', 'cached', 'alone', 'other'].includes(server)) throw new Error(`--mix-servers: no server "${server}"`);
}
if (mixServers.includes('other') && !args['other-gateway'] && !otherRoot) throw new Error('--mix-servers other needs --other-gateway or --other-subgraphs');

function mixTargets(mix: string, pid: (service: string) => number): Target[] {
  const cached: Target = { name: OURS_CACHED, url: url(ports.gatewayCached), pid: pid('gateway-cached'), metricsUrl: `http://127.0.0.1:${ports.gatewayCachedMetrics}/metrics` };
  const all: [string, () => Target][] = [
    ['ours', () => ours(pid)],
    ['bare', () => bare(pid)],
    ['apollo', () => apollo(pid)],
    mix === MIX ? ['cached', () => cached] : ['alone', () => subgraphAlone('master-studios', pid)],
    ['other', () => ({ name: OURS_OTHER, url: url(ports.other), pid: pid('gateway-other'), metricsUrl: `http://127.0.0.1:${ports.otherMetrics}/metrics` })],
  ];
  // In the order given: the turns can be swapped to see whether going first matters.
  return mixServers.flatMap((server) => all.filter(([name]) => name === server).map(([, target]) => target()));
}

/** The PostgreSQL server's postmaster, whose children are the backends serving the subgraphs. */
async function postmasterPid(): Promise<number | undefined> {
  try {
    const dataDir = await withClient(adminUrl, async (c) => (await c.query('SHOW data_directory')).rows[0].data_directory as string);
    return Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch (error) {
    console.error(`   PostgreSQL's CPU is not measured: ${(error as Error).message}`);
    return undefined;
  }
}

/** Every server must give the same answers, or the comparison means nothing. */
async function sameAnswers(targets: Target[], workload: Workload, count: number) {
  for (const request of workload.requests.slice(0, count)) {
    const reference = await answer(targets[0], request);
    for (const target of targets.slice(1)) {
      if (!isDeepStrictEqual(await answer(target, request), reference)) {
        throw new Error(`${target.name} answers workload ${workload.id} differently from ${targets[0].name}: ${request.body.slice(0, 200)}`);
      }
    }
  }
}

/** The targets take turns, every other round in reverse; each target's measurements, in rounds. */
async function takeTurns(label: string, targets: Target[], workload: Workload, load: LoadSettings, count: number, watchedBehind: (target: Target) => Watched) {
  const rounds = targets.map(() => [] as Measurement[]);
  for (let round = 1; round <= count; round++) {
    const order = [...targets.entries()];
    for (const [i, target] of round % 2 ? order : order.reverse()) {
      console.error(`   ${label}, round ${round}, ${target.name}: ${load.warmupSeconds} s warm-up, ${load.seconds} s measured`);
      rounds[i].push(await measure(target, workload, load, watchedBehind(target)));
      console.error(`     ${rounds[i].at(-1)!.serverCpuMs.toFixed(3)} ms of ${target.name}'s CPU per request`);
    }
  }
  return rounds;
}

const rows: Row[] = [];
const sql: SqlOfSize[] = [];
// The mix's SQL per operation is counted on the same requests at every size: drawn over the first
// size's data (the article's records, which the large data also holds, by default).
let sqlRequests: MixRequest[] | undefined;
const SQL_REQUESTS = 200;
const descriptions: { name: string; description: string }[] = [];
let counts: CountTiming[] | null = null;
const cacheFills: CacheFill[] = [];

try {
  for (const size of sizes) {
    if (size !== 'small' && size !== 'large') throw new Error(`--sizes: "${size}" is neither small nor large`);
    console.error(`== ${size} data: preparing databases`);
    const databases = size === 'small' ? await smallDatabases(adminUrl) : await largeDatabases(adminUrl, Number(args.scale), args.fresh);
    const total = await totalRows(databases.urls);
    console.error(`   ${databases.note}; ${total.toLocaleString('en')} rows in all`);
    descriptions.push({
      name: size,
      description: size === 'small' ? `the article's records, ${total.toLocaleString('en')} rows` : `the article's records plus seed:scale ${args.scale}, ${total.toLocaleString('en')} rows`,
    });
    if (size === 'large') counts = await timeCounts(databases.urls);

    const services = await startAll(databases);
    const pid = (name: string) => services.find((s) => s.name === name)!.pid;
    const postgresPid = await postmasterPid();
    const watched: Watched = { subgraphs: SUBGRAPH_NAMES.map((name, i) => ({ name, pid: pid(name), metricsUrl: metricsUrls[i] })), postgresPid };
    const otherWatched: Watched = otherRoot
      ? { subgraphs: SUBGRAPH_NAMES.map((name, i) => ({ name, pid: pid(`${name}-other`), metricsUrl: otherMetricsUrls[i] })), postgresPid }
      : watched;
    const watchedBehind = (target: Target) => (target.name === OURS_OTHER ? otherWatched : watched);
    try {
      const universe = universeOf((await answer(ours(pid), repeated({ id: 'universe', title: '', query: UNIVERSE_QUERY }).requests[0])) as never);
      if (mixes.includes('mix')) {
        sqlRequests ??= await drawMix(universe, common.JWT_SECRET, { ...mixOptions, size: SQL_REQUESTS });
        console.error(`   mix: SQL statements of ${sqlRequests.length} requests, one at a time`);
        sql.push({ size, operations: await sqlByOperation(ours(pid), sqlRequests, metricsUrls) });
      }
      for (const mix of mixes) {
        const id = mix === 'mix' ? MIX : MIX_ONE_SUBGRAPH;
        const requests = await drawMix(universe, common.JWT_SECRET, { ...mixOptions, subgraph: mix === 'mix' ? undefined : 'master-studios' });
        const workload: Workload = { id, requests };
        const targets = mixTargets(id, pid);
        await sameAnswers(targets, workload, 30);
        // The subgraphs' CPU per request keeps falling for a minute or more of load after they
        // start: without this, the first server measured was charged up to 30% more of it.
        for (const target of targets) {
          if (target.name === OURS_CACHED) {
            // The cache holds what the mix asks once it has been asked once (its TTL outlasts the rounds).
            const seconds = await sendEachOnce(target, workload, settings);
            cacheFills.push({ size, requests: requests.length, seconds });
            console.error(`   ${id}, pre-warm through ${target.name}: each of the pool's ${requests.length} requests once, ${seconds.toFixed(1)} s`);
            continue;
          }
          console.error(`   ${id}, pre-warm through ${target.name}: ${args['pre-warm']} s`);
          await warmUp(target, workload, { ...settings, warmupSeconds: Number(args['pre-warm']) });
        }
        const rounds = await takeTurns(id, targets, workload, settings, Number(args.rounds), watchedBehind);
        const means = rounds.map(meanOf);
        targets.forEach((target, i) => rows.push({ size, scenario: id, target: target.name, measurement: means[i], rounds: rounds[i], rate: settings.rate }));
        // The mix's servers but the cached one (the subgraph alone serves only the one-subgraph mix).
        const gateways = targets.filter((target) => target.name !== OURS_CACHED);
        if (id === MIX && gateways.length > 1 && !settings.rate && args['equal-rate'] !== '0') {
          const slowest = Math.min(...gateways.map((target) => means[targets.indexOf(target)].requestsPerSecond));
          const rate = args['equal-rate'] === 'auto' ? Math.max(10, Math.floor(slowest / 20) * 10) : Number(args['equal-rate']);
          const equal = await takeTurns(`${id} at ${rate} req/s`, gateways, workload, { ...settings, rate }, Number(args['equal-rounds']), watchedBehind);
          gateways.forEach((target, i) => rows.push({ size, scenario: MIX_EQUAL_LOAD, target: target.name, measurement: meanOf(equal[i]), rounds: equal[i], rate }));
        }
      }
      for (const scenario of scenarios) {
        const targets = targetsFor(scenario, pid);
        const workload = repeated(scenario);
        await sameAnswers(targets, workload, 1);
        for (const target of targets) {
          console.error(`   scenario ${scenario.id}, ${target.name}: ${settings.warmupSeconds} s warm-up, ${settings.seconds} s measured`);
          rows.push({ size, scenario: scenario.id, target: target.name, measurement: await measure(target, workload, settings, watched) });
        }
      }
    } finally {
      await stopAll(services);
    }
  }
} finally {
  // Also when a size fails: the bench's Redis is its own.
  await redis?.stop();
}
const checks = targetChecks(rows, sizes);
const checksOfMix = [...mixChecks(rows, sizes), sqlCheck(sql)].filter((check) => check !== undefined);
const markdown = resultsMarkdown({
  mix: {
    description: describeMix(mixOptions.signedInShare), seed: mixOptions.seed, poolSize: mixOptions.size, cache: args.cache, rounds: Number(args.rounds),
    equalRounds: Number(args['equal-rounds']), preWarmSeconds: Number(args['pre-warm']), cacheFills,
  },
  mixChecks: checksOfMix,
  sql,
  machine: machine(await postgresVersion(adminUrl), loadAtStart),
  settings,
  sizes: descriptions,
  rows,
  checks,
  counts,
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
});
console.log(`\n${mixTable(rows)}\n\n${rows.some((r) => r.scenario === MIX_EQUAL_LOAD) ? `${equalLoadTable(rows)}\n\n` : ''}${sql.length ? `${sqlTable(sql)}\n\n` : ''}${checksOfMix.join('\n')}\n\n${resultsTable(rows)}\n\n${checks.join('\n')}`);
if (counts) console.log(`\n${countsTable(counts)}`);
writeFileSync(args.out, markdown);
console.log(`\nWritten to ${path.relative(process.cwd(), args.out)}`);
