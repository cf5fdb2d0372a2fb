// Vitest globalSetup: migrate and seed each registry once per run; every test file's graph
// starts from a copy (support/graph.ts), which takes a fraction of migrating and seeding anew.
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { dropRunDatabases, TEST_RUN_VARIABLE, testPostgresUrl } from './databases.ts';
import { noPostgresBinaries, startPostgresServer } from './postgres-server.ts';
import { makeSeededDatabases, type PostgresTemplates } from './seeded-databases.ts';

export default async function setup(project: TestProject) {
  // Workers inherit it: a graph a worker keeps to its end (readOnlyGraph) has no afterAll to drop its databases.
  const run = (process.env[TEST_RUN_VARIABLE] = `${randomBytes(3).toString('hex')}_`);
  // On PGlite, the files that need PostgreSQL all the same (processes, outages) share one server.
  const [made, server] = await Promise.allSettled([
    makeSeededDatabases(testPostgresUrl),
    testPostgresUrl || noPostgresBinaries ? undefined : startThrowawayPostgres(),
  ]);
  if (made.status === 'rejected' || server.status === 'rejected') {
    if (made.status === 'fulfilled') await made.value.remove();
    if (server.status === 'fulfilled') await server.value?.server.destroy();
    throw made.status === 'rejected' ? made.reason : (server as PromiseRejectedResult).reason;
  }
  const { seeded, remove } = made.value;
  const throwaway = server.value;
  project.provide('seededDatabases', seeded);
  project.provide('throwawayPostgres', throwaway?.seeded ?? null);
  return async () => {
    await remove();
    if (testPostgresUrl) await dropRunDatabases(testPostgresUrl, run);
    await throwaway?.server.destroy();
  };
}

/** A server with a seeded template per registry, for the graphs of processes started on it. */
async function startThrowawayPostgres() {
  const server = await startPostgresServer();
  try {
    return { server, seeded: (await makeSeededDatabases(server.url)).seeded as PostgresTemplates };
  } catch (error) {
    await server.destroy();
    throw error;
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's own PostgreSQL server when TEST_DATABASE_URL names none (null without the binaries). */
    throwawayPostgres: PostgresTemplates | null;
  }
}
