import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { applyMigrations, pgliteSession } from './migrations.ts';
import { pgliteAt } from './pglite.ts';

const migrationsDir = path.resolve(import.meta.dirname, '../../../prisma/master-studios/migrations');
const migrationNames = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const sqlOf = (name: string, dir = migrationsDir) => readFileSync(path.join(dir, name, 'migration.sql'));

/** A scratch copy of the real migrations, for cases that alter them. */
function copyMigrations(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'kit-migrations-')), 'migrations');
  cpSync(migrationsDir, dir, { recursive: true });
  return dir;
}

describe('applyMigrations on PGlite', () => {
  let pglite: PGlite;
  let appliedFirst: string[];
  const scratch: string[] = [];

  beforeAll(async () => {
    pglite = await pgliteAt();
    appliedFirst = await applyMigrations(pgliteSession(pglite), migrationsDir);
  });

  afterAll(async () => {
    await pglite.close();
    for (const dir of scratch) rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  test('applies every migration folder, in name order', () => {
    expect(migrationNames.length).toBeGreaterThan(0);
    expect(appliedFirst).toEqual(migrationNames);
  });

  test('creates the tables the migrations declare', async () => {
    const declared = migrationNames.flatMap((name) =>
      [...sqlOf(name).toString('utf8').matchAll(/CREATE TABLE "([^"]+)"/g)].map((match) => match[1]),
    );
    expect(declared).toContain('MasterStudio');
    const { rows } = await pglite.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    expect(rows.map((row) => row.table_name).sort()).toEqual([...declared, '_prisma_migrations'].sort());
  });

  test("keeps Prisma's _prisma_migrations table, columns and types", async () => {
    const { rows } = await pglite.query(
      `SELECT column_name, data_type, character_maximum_length AS length, is_nullable, column_default
         FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(rows).toEqual([
      { column_name: 'id', data_type: 'character varying', length: 36, is_nullable: 'NO', column_default: null },
      { column_name: 'checksum', data_type: 'character varying', length: 64, is_nullable: 'NO', column_default: null },
      { column_name: 'finished_at', data_type: 'timestamp with time zone', length: null, is_nullable: 'YES', column_default: null },
      { column_name: 'migration_name', data_type: 'character varying', length: 255, is_nullable: 'NO', column_default: null },
      { column_name: 'logs', data_type: 'text', length: null, is_nullable: 'YES', column_default: null },
      { column_name: 'rolled_back_at', data_type: 'timestamp with time zone', length: null, is_nullable: 'YES', column_default: null },
      { column_name: 'started_at', data_type: 'timestamp with time zone', length: null, is_nullable: 'NO', column_default: 'now()' },
      { column_name: 'applied_steps_count', data_type: 'integer', length: null, is_nullable: 'NO', column_default: '0' },
    ]);
  });

  test('records each migration with the sha256 of its file, finished', async () => {
    const { rows } = await pglite.query<Record<string, unknown>>(
      `SELECT id, migration_name, checksum, finished_at, rolled_back_at, logs, applied_steps_count, started_at
         FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((row) => row.migration_name)).toEqual(migrationNames);
    for (const row of rows) {
      const name = row.migration_name as string;
      expect(row.checksum).toBe(createHash('sha256').update(sqlOf(name)).digest('hex'));
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at as Date >= (row.started_at as Date)).toBe(true);
      expect(row).toMatchObject({ rolled_back_at: null, logs: null, applied_steps_count: 1 });
    }
  });

  test('re-running applies nothing and releases its advisory lock', async () => {
    expect(await applyMigrations(pgliteSession(pglite), migrationsDir)).toEqual([]);
    const { rows } = await pglite.query<{ n: number }>(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
    expect(rows[0].n).toBe(migrationNames.length);
    const locks = await pglite.query(`SELECT 1 FROM pg_locks WHERE locktype = 'advisory'`);
    expect(locks.rows).toEqual([]);
  });

  test('refuses a migration edited after it was applied, naming it', async () => {
    const dir = copyMigrations();
    scratch.push(dir);
    const first = migrationNames[0];
    appendFileSync(path.join(dir, first, 'migration.sql'), '\n-- edited afterwards\n');
    const clone = await pglite.clone();
    try {
      await expect(applyMigrations(pgliteSession(clone), dir)).rejects.toThrow(
        new RegExp(`Migration ${first} was edited after being applied`),
      );
      const locks = await clone.query(`SELECT 1 FROM pg_locks WHERE locktype = 'advisory'`);
      expect(locks.rows).toEqual([]);
    } finally {
      await clone.close();
    }
  });

  test('a failing migration leaves neither its changes nor its row behind', async () => {
    const dir = copyMigrations();
    scratch.push(dir);
    const broken = '99999999999999_broken';
    mkdirSync(path.join(dir, broken));
    writeFileSync(path.join(dir, broken, 'migration.sql'), 'CREATE TABLE "Half" ("id" INTEGER);\nSELECT 1 / 0;\n');
    const clone = await pglite.clone();
    try {
      await expect(applyMigrations(pgliteSession(clone), dir)).rejects.toThrow(/Migration 99999999999999_broken failed: division by zero/);
      const half = await clone.query(`SELECT to_regclass('"Half"') AS t`);
      expect(half.rows).toEqual([{ t: null }]);
      const row = await clone.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1`, [broken]);
      expect(row.rows).toEqual([]);
    } finally {
      await clone.close();
    }
  });
});
