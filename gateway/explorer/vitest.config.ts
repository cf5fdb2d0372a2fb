import { defineConfig } from 'vitest/config';

// Node-side tests (generated files, routes); the explorer in a browser is tested under test/browser/.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 30_000 },
});
