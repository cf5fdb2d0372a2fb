import { testConfig } from '@partnership/kit/vitest';

export default testConfig({
  test: {
    // Each file starts its own graph (three subgraphs, three databases, a gateway).
    testTimeout: 60_000,
    // Two cores: one graph at a time keeps timings predictable.
    fileParallelism: false,
    // Services started in the test process log errors only (Hive accepts no "silent");
    // child processes log at info (support/processes.ts).
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'error' },
  },
});
