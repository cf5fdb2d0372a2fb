import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapterFactory } from '@prisma/client/runtime/client';
import { readReplicas } from '@prisma/extension-read-replicas';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { logger } from './logger.ts';
import type { PoolStats } from './metrics.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { applyMigrations, pgliteSession, pgSession } from './migrations.ts';
import { pgliteAt } from './pglite.ts';
import { countStatements, type SqlStatement, type StatementCounter } from './statement-counter.ts';
import { ENV } from './config.ts';

export interface DatabaseOptions {
  /** PostgreSQL connection string; without it the subgraph runs on embedded PGlite. */
  url?: string;
  /**
   * Streaming replicas of `url`'s database (PostgreSQL only): each read outside a transaction
   * goes to one of them, picked at random; writes, transactions and raw SQL (unless sent through
   * `replicaOf`) go to the primary.
   */
  replicaUrls?: string[];
  /** PGlite data directory; without it PGlite lives in memory (tests). */
  dataDir?: string;
  /** An already-open PGlite (a test's clone); the database closes it on close(). */
  pglite?: PGlite;
  /** The subgraph's prisma/<name>/migrations folder, applied before the client is used. */
  migrationsDir: string;
  /** Connections in the PostgreSQL pool. @default DATABASE_POOL_MAX, else 10 */
  poolSize?: number;
  /** Sees every statement Prisma sends, e.g. for a test to EXPLAIN it. */
  onStatement?: (statement: SqlStatement) => void;
}

export interface Database<Client> {
  /** What requests use; with replicas, `primaryOf(client)` is the primary alone. */
  client: Client;
  /** Every statement sent, to the primary and to the replicas. */
  statements: StatementCounter;
  /** The statements of `statements` that went to a replica. */
  replicaStatements: StatementCounter;
  /** Which engine serves this database, for logs. */
  engine: 'pglite' | 'postgresql';
  /** Resolves when the database, and every replica, answers a trivial query (readiness); bypasses Prisma and its counter. */
  ping(): Promise<void>;
  /** Connections of the PostgreSQL pools, the replicas' included; absent on PGlite (one embedded connection). */
  poolStats?(): PoolStats;
  close(): Promise<void>;
}

type ClientFactory<Client> = (adapter: SqlDriverAdapterFactory) => Client;
type Disconnectable = { $disconnect(): Promise<void> };
type Extendable = { $extends(extension: ReturnType<typeof readReplicas>): object };

/** Opens a subgraph's database, applies its migrations, and returns a Prisma client on it. */
export async function openDatabase<Client extends Disconnectable>(
  createClient: ClientFactory<Client & Extendable>,
  options: DatabaseOptions,
): Promise<Database<Client>> {
  if (options.url) return openPostgres(createClient, options.url, options);
  if (options.replicaUrls?.length) {
    throw new Error('Read replicas need PostgreSQL: replica URLs (<SUBGRAPH>_DATABASE_REPLICA_URLS) were given without the primary\'s URL (<SUBGRAPH>_DATABASE_URL).');
  }
  return openPglite(createClient, options);
}

/** The client itself when it has no replicas; else the one `method` routes to. */
function routedTo<Client>(client: Client, method: '$primary' | '$replica'): Client {
  const routed = client as Client & { [m in typeof method]?: () => Client };
  return typeof routed[method] === 'function' ? routed[method]() : client;
}

/** The primary alone, for reads that must see the request's own writes (mutations, seeds). */
export const primaryOf = <Client>(client: Client): Client => routedTo(client, '$primary');

/** A replica, for a query's raw SQL, which the extension would send to the primary. */
export const replicaOf = <Client>(client: Client): Client => routedTo(client, '$replica');

/**
 * Distinct statements named at most, per process; later ones go unnamed ('', parsed each time).
 * A prepared statement holds about 50 kB of its backend's memory (parse tree, plan), so a pooled
 * connection holds at most 10 MB of them.
 */
export const NAMED_STATEMENTS = 200;

/**
 * Names each distinct SQL text Prisma sends, so that pg parses it once per connection and
 * PostgreSQL keeps its plan: on the varied mix PostgreSQL's CPU per request fell to about half
 * (article's data) and 0.81x (seed:scale 1). IN lists of every length are distinct texts, hence
 * the bound (the common statements come first); an idle connection closed by the pool takes its
 * statements with it.
 */
export function statementNamer() {
  const names = new Map<string, string>();
  return ({ sql }: { sql: string }): string => {
    let name = names.get(sql);
    if (name === undefined && names.size < NAMED_STATEMENTS) names.set(sql, (name = `prisma_${names.size}`));
    return name ?? '';
  };
}

function openPool(url: string, poolSize: number | undefined): pg.Pool {
  const pool = new pg.Pool(poolConfig(url, poolSize));
  // A server restart or pg_terminate_backend kills idle connections: without a listener the
  // pool's 'error' event would crash the process. The pool drops them and reconnects.
  pool.on('error', (error) => logger.warn({ err: error }, 'idle database connection lost'));
  return pool;
}

async function openPostgres<Client extends Disconnectable>(
  createClient: ClientFactory<Client & Extendable>,
  url: string,
  options: DatabaseOptions,
): Promise<Database<Client>> {
  const pool = openPool(url, options.poolSize);
  const connection = await pool.connect();
  try {
    // Building an index on a large table may outlast the request statement timeout.
    await connection.query('SET statement_timeout = 0');
    await applyMigrations(pgSession(connection), options.migrationsDir);
  } finally {
    connection.release(true); // discarded: its session no longer has the pool's timeout
  }
  const statementNameGenerator = statementNamer();
  const primary = countStatements(new PrismaPg(pool, { statementNameGenerator }), options.onStatement);
  // Replicas replay the primary's migrations; their pools connect on first use.
  const replicas = (options.replicaUrls ?? []).map((replicaUrl) => {
    const replicaPool = openPool(replicaUrl, options.poolSize);
    return { pool: replicaPool, ...countStatements(new PrismaPg(replicaPool, { statementNameGenerator }), options.onStatement) };
  });
  const base = createClient(primary.factory);
  // Prisma types an extended client apart from its base (other generics on every model method)
  // though it serves the same models; it lacks only $on, which a subgraph's Db leaves out.
  // Its $disconnect disconnects the replica clients too.
  const client = replicas.length
    ? (base.$extends(readReplicas({ replicas: replicas.map((r) => createClient(r.factory)) })) as Client)
    : base;
  const pools = [pool, ...replicas.map((r) => r.pool)];
  const replicaStatements = {
    get count() {
      return sum(replicas, (r) => r.counter.count);
    },
  };
  return {
    client,
    statements: {
      get count() {
        return primary.counter.count + replicaStatements.count;
      },
    },
    replicaStatements,
    engine: 'postgresql',
    async ping() {
      await Promise.all(pools.map((p) => p.query('SELECT 1')));
    },
    poolStats: () => ({
      total: sum(pools, (p) => p.totalCount),
      idle: sum(pools, (p) => p.idleCount),
      waiting: sum(pools, (p) => p.waitingCount),
    }),
    async close() {
      await client.$disconnect();
      await Promise.all(pools.map((p) => p.end()));
    },
  };
}

const sum = <T>(items: T[], value: (item: T) => number) => items.reduce((total, item) => total + value(item), 0);

/** A comma-separated list of URLs, as `<SUBGRAPH>_DATABASE_REPLICA_URLS` holds; unset or blank means none. */
export const urlList = (value: string | undefined): string[] => (value ?? '').split(',').map((url) => url.trim()).filter(Boolean);

/**
 * The pool's settings, from the environment so each deployment sizes its own (per process):
 * DATABASE_POOL_MAX (10 connections), DATABASE_POOL_IDLE_TIMEOUT_MS (10000),
 * DATABASE_CONNECT_TIMEOUT_MS (5000), DATABASE_STATEMENT_TIMEOUT_MS (10000; 0 means none).
 */
export function poolConfig(url: string, poolSize?: number, env: NodeJS.ProcessEnv = process.env): pg.PoolConfig {
  const setting = (name: string, fallback: number, min = 0) => {
    const value = Number(env[name] ?? fallback);
    if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number of at least ${min}, not "${env[name]}".`);
    return value;
  };
  return {
    connectionString: url,
    max: poolSize ?? setting(ENV.databasePoolMax, 10, 1),
    idleTimeoutMillis: setting(ENV.databasePoolIdleTimeoutMs, 10_000),
    // pg waits for a free connection forever by default; fail the request instead.
    connectionTimeoutMillis: setting(ENV.databaseConnectTimeoutMs, 5_000),
    // Sent at connect time, so it holds for every statement of every pooled connection.
    statement_timeout: setting(ENV.databaseStatementTimeoutMs, 10_000),
  };
}

async function openPglite<Client extends Disconnectable>(
  createClient: ClientFactory<Client>,
  options: DatabaseOptions,
): Promise<Database<Client>> {
  // PGlite creates only the last segment of its data directory.
  if (options.dataDir) mkdirSync(path.dirname(options.dataDir), { recursive: true });
  const unlock = options.dataDir ? lockDataDir(options.dataDir) : () => {};
  let pglite: PGlite;
  try {
    pglite = options.pglite ?? (await pgliteAt(options.dataDir));
  } catch (error) {
    unlock();
    throw error;
  }
  try {
    await applyMigrations(pgliteSession(pglite), options.migrationsDir);
  } catch (error) {
    await pglite.close();
    unlock();
    throw error;
  }
  const { factory, counter } = countStatements(new PrismaPGlite(pglite), options.onStatement);
  const client = createClient(factory);
  return {
    client,
    statements: counter,
    replicaStatements: { count: 0 },
    engine: 'pglite',
    async ping() {
      await pglite.query('SELECT 1');
    },
    async close() {
      await client.$disconnect();
      // Without close() Node waits on PGlite and exits with code 99.
      await pglite.close();
      unlock();
    },
  };
}
