// Applies the checked-in prisma/<subgraph>/migrations/*/migration.sql files. Prisma 7's
// `migrate deploy` needs a native schema engine that cannot be installed here, so this runner
// does its job and keeps Prisma's own bookkeeping table, so that `prisma migrate deploy/status`
// on a machine with the real engine accepts the database as migrated.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PGlite, PGliteInterface } from '@electric-sql/pglite';
import type pg from 'pg';

/** What the runner needs from a database: PGlite and node-postgres both fit. */
export interface SqlSession {
  /** Runs one or more statements without parameters (simple query protocol). */
  exec(sql: string): Promise<void>;
  /** Runs one statement with $1.. parameters and returns its rows. */
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
}

/** Takes a PGlite or what `clone()` returns (typed as the interface). */
export function pgliteSession(pglite: PGlite | PGliteInterface): SqlSession {
  return {
    async exec(sql) {
      await pglite.exec(sql);
    },
    async query<Row>(sql: string, params?: unknown[]) {
      return (await pglite.query<Row>(sql, params)).rows;
    },
  };
}

/** Needs one connection (a Client or a checked-out PoolClient): the advisory lock is per session. */
export function pgSession(client: pg.ClientBase): SqlSession {
  return {
    async exec(sql) {
      // Without parameters node-postgres uses the simple protocol, which allows many statements.
      await client.query(sql);
    },
    async query<Row>(sql: string, params?: unknown[]) {
      return (await client.query(sql, params)).rows as Row[];
    },
  };
}

// The key Prisma's schema engine itself locks with, so this runner and a real
// `prisma migrate deploy` also wait for each other.
const ADVISORY_LOCK_KEY = 72707369;

// Exactly Prisma's table (schema engine, PostgreSQL connector).
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished: boolean;
}

/** The migration folders in name order (Prisma's order: they start with a UTC timestamp). */
function readMigrations(migrationsDir: string): MigrationFile[] {
  if (!existsSync(migrationsDir)) throw new Error(`No migrations directory at ${migrationsDir}`);
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const file = path.join(migrationsDir, name, 'migration.sql');
      if (!existsSync(file)) throw new Error(`Migration ${name} has no migration.sql (${file})`);
      const bytes = readFileSync(file);
      // Prisma's checksum: sha256 of the file as written, in lowercase hex.
      return { name, sql: bytes.toString('utf8'), checksum: createHash('sha256').update(bytes).digest('hex') };
    });
}

/**
 * Applies the migrations under `migrationsDir` that the database has not recorded yet, each in
 * its own transaction together with its `_prisma_migrations` row. Returns the names applied now.
 */
export async function applyMigrations(session: SqlSession, migrationsDir: string): Promise<string[]> {
  const migrations = readMigrations(migrationsDir);
  // Session-level lock: two processes starting at once against one PostgreSQL take turns.
  await session.query(`SELECT pg_advisory_lock(${ADVISORY_LOCK_KEY})`);
  try {
    await session.exec(CREATE_MIGRATIONS_TABLE);
    // Rows Prisma marked rolled back (`migrate resolve --rolled-back`) no longer count.
    const rows = await session.query<MigrationRow>(
      `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished
         FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const recorded = new Map(rows.map((row) => [row.migration_name, row]));
    const applied: string[] = [];
    for (const migration of migrations) {
      const row = recorded.get(migration.name);
      if (row && !row.finished) {
        // Left by a failed `prisma migrate deploy` (ours roll back whole): Prisma refuses too.
        throw new Error(
          `Migration ${migration.name} failed earlier and is recorded as unfinished in _prisma_migrations; ` +
            'fix the database, then mark it with `prisma migrate resolve`',
        );
      }
      if (row) {
        if (row.checksum !== migration.checksum) {
          throw new Error(
            `Migration ${migration.name} was edited after being applied: its migration.sql checksum ` +
              `${migration.checksum} differs from ${row.checksum} recorded in _prisma_migrations. ` +
              'Restore the file and put the change in a new migration.',
          );
        }
        continue;
      }
      await applyOne(session, migration);
      applied.push(migration.name);
    }
    await unlock(session);
    return applied;
  } catch (error) {
    await unlock(session).catch(() => {}); // the first error is the one worth reporting
    throw error;
  }
}

async function unlock(session: SqlSession): Promise<void> {
  await session.query(`SELECT pg_advisory_unlock(${ADVISORY_LOCK_KEY})`);
}

async function applyOne(session: SqlSession, migration: MigrationFile): Promise<void> {
  // Same row as Prisma's deploy leaves: started, one step applied, finished. Prisma sends the
  // script as one simple query, an implicit transaction; a migration.sql with its own
  // BEGIN/COMMIT (Prisma writes those for some enum changes) ends it early there as here.
  await session.exec('BEGIN');
  try {
    const id = randomUUID();
    await session.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), 0)`,
      [id, migration.checksum, migration.name],
    );
    await session.exec(migration.sql);
    // clock_timestamp(): now() is frozen at the transaction's start.
    await session.query(
      `UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
    await session.exec('COMMIT');
  } catch (error) {
    await session.exec('ROLLBACK').catch(() => {});
    throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
  }
}
