import { testConfig } from '@partnership/kit/vitest';

export default testConfig({
  test: {
    // Each file starts its own graph (three subgraphs, three databases, a gateway).
    testTimeout: 60_000,
    // Two cores: one graph at a time keeps timings predictable.
    fileParallelism: false,
  },
});
