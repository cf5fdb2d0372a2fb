import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapterFactory } from '@prisma/client/runtime/client';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { applyMigrations, pgliteSession, pgSession } from './migrations.ts';
import { countStatements, type StatementCounter } from './statement-counter.ts';

export interface DatabaseOptions {
  /** PostgreSQL connection string; without it the subgraph runs on embedded PGlite. */
  url?: string;
  /** PGlite data directory; without it PGlite lives in memory (tests). */
  dataDir?: string;
  /** An already-open PGlite (a test's clone); the database closes it on close(). */
  pglite?: PGlite;
  /** The subgraph's prisma/<name>/migrations folder, applied before the client is used. */
  migrationsDir: string;
  /** Connections in the PostgreSQL pool. @default 10 */
  poolSize?: number;
}

export interface Database<Client> {
  client: Client;
  statements: StatementCounter;
  /** Which engine serves this database, for logs. */
  engine: 'pglite' | 'postgresql';
  close(): Promise<void>;
}

type ClientFactory<Client> = (adapter: SqlDriverAdapterFactory) => Client;
type Disconnectable = { $disconnect(): Promise<void> };

/** Opens a subgraph's database, applies its migrations, and returns a Prisma client on it. */
export async function openDatabase<Client extends Disconnectable>(
  createClient: ClientFactory<Client>,
  options: DatabaseOptions,
): Promise<Database<Client>> {
  if (options.url) return openPostgres(createClient, options.url, options);
  return openPglite(createClient, options);
}

async function openPostgres<Client extends Disconnectable>(
  createClient: ClientFactory<Client>,
  url: string,
  options: DatabaseOptions,
): Promise<Database<Client>> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  const connection = await pool.connect();
  try {
    await applyMigrations(pgSession(connection), options.migrationsDir);
  } finally {
    connection.release();
  }
  const { factory, counter } = countStatements(new PrismaPg(pool));
  const client = createClient(factory);
  return {
    client,
    statements: counter,
    engine: 'postgresql',
    async close() {
      await client.$disconnect();
      await pool.end();
    },
  };
}

async function openPglite<Client extends Disconnectable>(
  createClient: ClientFactory<Client>,
  options: DatabaseOptions,
): Promise<Database<Client>> {
  // PGlite creates only the last segment of its data directory.
  if (options.dataDir) mkdirSync(path.dirname(options.dataDir), { recursive: true });
  const pglite = options.pglite ?? new PGlite(options.dataDir);
  try {
    await applyMigrations(pgliteSession(pglite), options.migrationsDir);
  } catch (error) {
    await pglite.close();
    throw error;
  }
  const { factory, counter } = countStatements(new PrismaPGlite(pglite));
  const client = createClient(factory);
  return {
    client,
    statements: counter,
    engine: 'pglite',
    async close() {
      await client.$disconnect();
      // Without close() Node waits on PGlite and exits with code 99.
      await pglite.close();
    },
  };
}
