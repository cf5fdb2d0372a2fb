// A test file's seeded in-memory database: opened before its tests, closed after them.
import { afterAll, beforeAll } from 'vitest';
import type { Actor } from './auth.ts';
import type { Database } from './database.ts';
import type { SubgraphProgram } from './registry.ts';
import { subgraphTesting } from './testing.ts';

/** `run` answers a query on the file's database, as `actor` (default: the public), counting its SQL. */
export function seededDatabase<Db>(program: SubgraphProgram<Db>) {
  const { openSeededDb, run } = subgraphTesting(program);
  let database: Database<Db> | undefined;
  beforeAll(async () => {
    database = await openSeededDb();
  });
  afterAll(() => database?.close());
  return {
    run: <Data = any>(source: string, variables?: Record<string, unknown>, actor?: Actor) => run<Data>(database!, source, variables, actor),
  };
}
