import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { provided, testPostgresUrl, withClient } from './databases.ts';
import { freePort } from './free-port.ts';

/** Debian's PostgreSQL 15 binaries, as .ci/postgres.sh uses them. */
export const PGBIN = process.env.PGBIN ?? '/usr/lib/postgresql/15/bin';
const postgresInstalled = existsSync(path.join(PGBIN, 'pg_ctl'));

/** Why a test cannot start a PostgreSQL server of its own here; undefined when it can. */
export const noPostgresBinaries = postgresInstalled ? undefined : `no PostgreSQL binaries in ${PGBIN} (install PostgreSQL 15, or set PGBIN)`;

/** Why testPostgres() has no server to give here; undefined when it has. */
export const noTestPostgres = testPostgresUrl || postgresInstalled ? undefined : `${noPostgresBinaries}, and no TEST_DATABASE_URL`;

/** For describe.skipIf: whether `reason` says the suite cannot run here, printing it (one line) if so. */
export function skipBecause(reason: string | undefined): boolean {
  if (reason) console.log(`skipped: ${reason}`);
  return reason !== undefined;
}

/** A PostgreSQL server of a test's own, on loopback, that the test may stop and start. */
export interface PostgresServer {
  /** Connection string of its `postgres` database. */
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it and deletes its data directory. */
  destroy(): Promise<void>;
}

// initdb refuses to run as root; the same system user as .ci/postgres.sh owns the cluster.
function asOwner(command: string, args: string[]) {
  const root = process.getuid?.() === 0;
  if (!root) return execFileSync(command, args, { stdio: 'pipe' });
  const quoted = [command, ...args].map((arg) => `'${arg.replaceAll("'", "'\\''")}'`).join(' ');
  return execFileSync('su', ['pgci', '-s', '/bin/bash', '-c', quoted], { stdio: 'pipe' });
}

/** An empty data directory the cluster's owner may use (PostgreSQL wants it private). */
function ownedDataDir(): string {
  if (process.getuid?.() === 0) {
    try {
      execFileSync('id', ['pgci'], { stdio: 'ignore' });
    } catch {
      execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'pgci']);
    }
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'partnership-pg-test-'));
  if (process.getuid?.() === 0) execFileSync('chown', ['pgci', dataDir]);
  chmodSync(dataDir, 0o700);
  return dataDir;
}

/** Starts the cluster in `dataDir` on a free loopback port (fsync off, 300 clients as .ci/postgres.sh). */
async function serve(dataDir: string): Promise<PostgresServer> {
  const port = await freePort();
  const options = `-h 127.0.0.1 -p ${port} -k ${dataDir} -c fsync=off -c max_connections=300`;
  const pgCtl = (...args: string[]) => asOwner(path.join(PGBIN, 'pg_ctl'), ['-D', dataDir, ...args]);
  const start = async () => void pgCtl('-l', path.join(dataDir, 'server.log'), '-w', '-o', options, 'start');
  const stop = async () => void pgCtl('-m', 'fast', '-w', 'stop');
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    async destroy() {
      await stop().catch(() => {});
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Creates a throwaway cluster (initdb, trust auth, fsync off) on a free loopback port and starts
 * it. Unlike the shared server on 55432, a test can stop this one to play a database outage.
 */
export async function startPostgresServer(): Promise<PostgresServer> {
  const dataDir = ownedDataDir();
  // UTF-8 ctype as in .ci/postgres.sh: under C, pg_trgm finds no trigrams in Chinese names.
  asOwner(path.join(PGBIN, 'initdb'), ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '--no-sync', '--encoding=UTF8', '--lc-ctype=C.UTF-8']);
  return serve(dataDir);
}

/** A hot standby: a read-only copy of another server that replays its WAL as it streams in. */
export interface StandbyServer extends PostgresServer {
  /** Resolves once the standby has replayed everything the primary had written when it was called. */
  caughtUp(): Promise<void>;
}

/**
 * Starts a hot standby of `primary` on a port of its own: a base backup (pg_basebackup -R, which
 * also writes the streaming settings) of a cluster made by startPostgresServer, whose trust rules
 * let loopback replication in.
 */
export async function startStandby(primary: PostgresServer): Promise<StandbyServer> {
  const dataDir = ownedDataDir();
  const { hostname, port } = new URL(primary.url);
  asOwner(path.join(PGBIN, 'pg_basebackup'), ['-h', hostname, '-p', port, '-U', 'postgres', '-D', dataDir, '-R', '-c', 'fast', '--no-sync']);
  const standby = await serve(dataDir);
  return {
    ...standby,
    async caughtUp() {
      const { rows } = await withClient(primary.url, (client) => client.query<{ lsn: string }>('SELECT pg_current_wal_lsn() AS lsn'));
      await withClient(standby.url, async (client) => {
        for (const deadline = Date.now() + 10_000; Date.now() < deadline; await sleep(20)) {
          const replayed = await client.query('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done', [rows[0].lsn]);
          if (replayed.rows[0].done) return;
        }
        throw new Error(`the standby did not replay up to ${rows[0].lsn} within 10 s`);
      });
    },
  };
}

/**
 * A PostgreSQL server for tests that need one whatever the suite's engine: TEST_DATABASE_URL's
 * when set (CI), else the run's throwaway one (support/global-setup.ts), else one of its own.
 * Tests make databases of their own on it; one that stops its server takes startPostgresServer().
 */
export async function testPostgres(): Promise<{ url: string; destroy(): Promise<void> }> {
  const shared = testPostgresUrl || (await provided('throwawayPostgres'))?.serverUrl;
  if (shared) return { url: shared, destroy: async () => {} };
  return startPostgresServer();
}
