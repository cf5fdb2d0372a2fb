import { testConfig } from '@partnership/kit/vitest';
import SlowestFirst from './support/slowest-first.ts';

// The files that drive the explorer in Chromium, and trusted-documents (which takes its documents).
const browserFiles = ['browser/**/*.test.ts', 'trusted-documents.test.ts'];

export default testConfig({
  test: {
    // Each registry's database is migrated and seeded once per run; each file copies it.
    globalSetup: ['./support/global-setup.ts'],
    testTimeout: 60_000,
    sequence: { sequencer: SlowestFirst },
    // Services started in the test process log errors only (Hive accepts no "silent");
    // child processes log at info (support/processes.ts).
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'error' },
    projects: [
      // Each file starts its own graph (three subgraphs, three databases, a gateway) on free
      // ports, so files run side by side: two at a time, for the two cores CI has.
      { extends: true, test: { name: 'api', exclude: [...browserFiles, '**/node_modules/**'], maxWorkers: 2, sequence: { groupOrder: 0 } } },
      // Then the browser files, two at a time: beside the others, a subgraph under concurrent-updates
      // missed the gateway's 5 s timeout.
      { extends: true, test: { name: 'browser', include: browserFiles, maxWorkers: 2, sequence: { groupOrder: 1 } } },
    ],
  },
});
