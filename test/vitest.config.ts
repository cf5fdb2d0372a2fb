import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Each file starts its own graph (three subgraphs, three databases, a gateway).
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: one graph at a time keeps timings predictable.
    fileParallelism: false,
  },
});
