// Vitest globalSetup: migrate and seed each registry once per run; every test file's graph
// starts from a copy (support/graph.ts), which takes a fraction of migrating and seeding anew.
import type { TestProject } from 'vitest/node';
import { testPostgresUrl } from './databases.ts';
import { makeSeededDatabases } from './seeded-databases.ts';

export default async function setup(project: TestProject) {
  const { seeded, remove } = await makeSeededDatabases(testPostgresUrl);
  project.provide('seededDatabases', seeded);
  return remove;
}
