import { setTimeout as sleep } from 'node:timers/promises';
import { ENV, isProduction, registryEnv, registryPorts } from './config.ts';
import { DataDirInUse, dataDirOf } from './data-dir-lock.ts';
import { primaryOf, urlList, type Database } from './database.ts';
import { isDatabaseUnavailable } from './database-errors.ts';
import { logger } from './logger.ts';
import { registry, watchPool, watchStatements } from './metrics.ts';
import { giveUpAfterMs, shutdownFromEnv, type Shutdown } from './http-drain.ts';
import { startOpsServer, type Readiness } from './ops-server.ts';
import { checkSecretsApart, subgraphSecret, subgraphSecretVariable } from './secrets.ts';
import { DemoRefused, seedDemo, type SubgraphSeeds } from './seeding.ts';
import type { SubgraphProgram } from './registry.ts';
import type { RunningServer } from './server.ts';
import { startTracing } from './tracing.ts';

const READINESS_TIMEOUT_MS = 2_000;

/** Opens the database, waiting out an outage (the database may start after us); other errors are fatal. */
async function openWithRetry<Client>(open: () => Promise<Database<Client>>, log: typeof logger) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await open();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      const delay = Math.min(500 * 2 ** (attempt - 1), 10_000);
      log.warn({ err: error, attempt, retryInMs: delay }, 'database unavailable at start; retrying');
      await sleep(delay);
    }
  }
}

/**
 * Starts a subgraph process from the environment: its secret checked first, then the operations
 * port (readiness says "starting" until migrations and seeds are in), the database, the API.
 * Every database gets the catalogues; the demo data only outside production, into a database
 * holding no other records.
 * On SIGINT/SIGTERM it turns unready, answers for SHUTDOWN_DELAY_MS more, stops accepting, lets
 * requests in flight finish within SHUTDOWN_TIMEOUT_MS, closes the database and exits 0.
 */
export async function runSubgraph<Client>(program: SubgraphProgram<Client>): Promise<void> {
  const names = registryEnv(program.name);
  const host = process.env[ENV.host] ?? '127.0.0.1';
  const { port, metricsPort } = registryPorts(program.name);
  const url = process.env[names.databaseUrl];
  const replicaUrls = urlList(process.env[names.databaseReplicaUrls]);
  const dataDir = dataDirOf(program.name);
  const log = logger.child({ service: program.name });
  process.on('unhandledRejection', (error) => {
    log.fatal({ err: error }, 'unhandled rejection');
    process.exit(1);
  });
  const production = isProduction();
  // Before anything touches the database: a misconfigured process must not migrate or seed it.
  let secret: string;
  let shutdown: Shutdown;
  try {
    shutdown = shutdownFromEnv();
    secret = subgraphSecret(program.name);
    checkSecretsApart([ENV.jwtSecret, subgraphSecretVariable(program.name)]);
  } catch (error) {
    log.fatal((error as Error).message);
    process.exit(1);
  }

  const tracing = await startTracing({ serviceName: program.name });
  let phase = 'starting' as 'starting' | 'ready' | 'stopping';
  let database: Database<Client> | undefined;
  let server: RunningServer | undefined;

  async function readiness(): Promise<Readiness> {
    if (phase === 'starting') return { ready: false, reason: 'starting: migrations and seed not applied yet' };
    if (phase === 'stopping') return { ready: false, reason: 'shutting down' };
    const timeout = sleep(READINESS_TIMEOUT_MS, 'timeout' as const, { ref: false });
    const answer = await Promise.race([database!.ping().then(() => 'ok' as const, () => 'failed' as const), timeout]);
    return answer === 'ok' ? { ready: true } : { ready: false, reason: `database ${answer === 'timeout' ? 'timed out' : 'did not answer'}` };
  }
  const ops = await startOpsServer({ port: metricsPort, host, registry, readiness });
  log.info({ metricsUrl: `${ops.url}/metrics` }, 'operations endpoints up; opening the database');

  const stop = async (signal: string) => {
    if (phase === 'stopping') return;
    phase = 'stopping';
    log.info({ signal, ...shutdown }, 'stopping');
    // Should closing itself hang, still exit, and say so.
    setTimeout(() => {
      log.error('shutdown did not finish in time');
      process.exit(1);
    }, giveUpAfterMs(shutdown)).unref();
    await server?.stop(shutdown);
    if (database) {
      await database.close();
      log.info('database closed');
    }
    await ops.stop();
    await tracing?.shutdown();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  try {
    database = await openWithRetry(() => program.open(url ? { url, replicaUrls } : { dataDir, replicaUrls }), log);
  } catch (error) {
    // One line that says what to do, not a stack trace (nor, for PGlite, a screen of its source).
    const where = url ? 'the database' : `the embedded database in ${dataDir}`;
    const damaged = url || error instanceof DataDirInUse ? '' : ' If it is damaged, move the directory away (or delete it to start over with the demo data).';
    log.fatal({ err: { message: (error as Error).message } }, `cannot open ${where}: ${(error as Error).message}${damaged}`);
    process.exit(1);
  }
  if (database.poolStats) watchPool(program.name, database.poolStats);
  watchStatements(program.name, () => database!.statements.count);
  // Seed before listening, so no request sees half-seeded data; on the primary, which a replica lags.
  const primary = primaryOf(database.client);
  if (production) await program.seeds.catalogues(primary);
  else await seedDemoForDevelopment(program.seeds, primary, log);
  if (phase === 'stopping') return;
  const gatewayUrl = process.env[ENV.gatewayUrl] ?? 'http://127.0.0.1:4000/graphql';
  server = await program.start({ db: database.client, port, host, secret, gatewayUrl: () => gatewayUrl });
  phase = 'ready';
  log.info(
    { url: server.url, metricsUrl: `${ops.url}/metrics`, engine: database.engine, replicas: replicaUrls.length, dataDir: url ? undefined : dataDir },
    `${program.name} ready at ${server.url}`,
  );
}

/** Development's demo data, loaded when the database holds nothing else; a warning otherwise. */
async function seedDemoForDevelopment<Client>(seeds: SubgraphSeeds<Client>, client: Client, log: typeof logger) {
  try {
    if ((await seedDemo(seeds, client)) === 'loaded') log.info('demo data loaded (the article\'s records and generated placeholders)');
  } catch (error) {
    if (!(error instanceof DemoRefused)) throw error;
    log.warn(`demo data not loaded: the database ${error.message}`);
  }
}
