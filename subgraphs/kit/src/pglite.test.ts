import { expect, it } from 'vitest';
import { newMemoryPglite } from './pglite.ts';

it('starts every in-memory PGlite blank, with pg_trgm at hand', async () => {
  const first = await newMemoryPglite();
  const second = await newMemoryPglite();
  try {
    await first.exec('CREATE TABLE scratch (id int)');
    const tables = await second.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`);
    expect(tables.rows).toEqual([{ n: 0 }]);
    await second.exec('CREATE EXTENSION pg_trgm');
    const similar = await second.query<{ s: number }>(`SELECT similarity('萧山技师学院', '萧山技师') > 0 AS s`);
    expect(similar.rows).toEqual([{ s: true }]);
  } finally {
    await first.close();
    await second.close();
  }
});
