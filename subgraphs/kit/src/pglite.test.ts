import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { pgliteAt } from './pglite.ts';

it('starts every in-memory PGlite blank, with pg_trgm at hand', async () => {
  const first = await pgliteAt();
  const second = await pgliteAt();
  try {
    await first.exec('CREATE TABLE scratch (id int)');
    const tables = await second.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`);
    expect(tables.rows).toEqual([{ n: 0 }]);
    const databases = await second.query(`SELECT datname FROM pg_database`);
    expect(databases.rows, 'only the database PGlite opens: a copy loads in proportion to its size').toEqual([{ datname: 'postgres' }]);
    await second.exec('CREATE EXTENSION pg_trgm');
    const similar = await second.query<{ s: number }>(`SELECT similarity('萧山技师学院', '萧山技师') > 0 AS s`);
    expect(similar.rows).toEqual([{ s: true }]);
  } finally {
    await first.close();
    await second.close();
  }
});

it('makes a new data directory a copy of the blank cluster, and opens it as it was left', async () => {
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'pglite-test-')), 'cluster');
  try {
    const created = await pgliteAt(dataDir);
    expect((await created.query(`SELECT datname FROM pg_database`)).rows).toEqual([{ datname: 'postgres' }]);
    await created.exec('CREATE TABLE kept (id int); INSERT INTO kept VALUES (7)');
    await created.close();
    const reopened = await pgliteAt(dataDir);
    expect((await reopened.query(`SELECT id FROM kept`)).rows).toEqual([{ id: 7 }]);
    expect((await reopened.query(`SHOW shared_buffers`)).rows, 'small buffers: a start sets them all up').toEqual([{ shared_buffers: '16MB' }]);
    await reopened.close();
  } finally {
    rmSync(path.dirname(dataDir), { recursive: true, force: true });
  }
});
