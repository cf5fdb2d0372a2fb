import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Node loads graphql's CommonJS build for Pothos; Vite would pick the .mjs build for tests,
  // and graphql refuses a schema built by the other copy.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    // Each file migrates and seeds its own in-memory PGlite (~3 s; more with `extra`).
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
