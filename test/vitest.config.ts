import { testConfig } from '@partnership/kit/vitest';

export default testConfig({
  test: {
    // Each registry's database is migrated and seeded once per run; each file copies it.
    globalSetup: ['./support/global-setup.ts'],
    // Each file starts its own graph (three subgraphs, three databases, a gateway) on free
    // ports, so files run side by side: two at a time, for the two cores CI has.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    // Services started in the test process log errors only (Hive accepts no "silent");
    // child processes log at info (support/processes.ts).
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'error' },
  },
});
