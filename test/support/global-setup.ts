// Vitest globalSetup: migrate and seed each registry once per run; every test file's graph
// starts from a copy (support/graph.ts), which takes a fraction of migrating and seeding anew.
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { dropRunDatabases, TEST_RUN_VARIABLE, testPostgresUrl } from './databases.ts';
import { makeSeededDatabases } from './seeded-databases.ts';

export default async function setup(project: TestProject) {
  // Workers inherit it: a graph a worker keeps to its end (readOnlyGraph) has no afterAll to drop its databases.
  const run = (process.env[TEST_RUN_VARIABLE] = `${randomBytes(3).toString('hex')}_`);
  const { seeded, remove } = await makeSeededDatabases(testPostgresUrl);
  project.provide('seededDatabases', seeded);
  return async () => {
    await remove();
    if (testPostgresUrl) await dropRunDatabases(testPostgresUrl, run);
  };
}
