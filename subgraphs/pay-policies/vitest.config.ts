import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Vite would load graphql's ESM build while Pothos and Apollo get its CommonJS one under Node:
    // two copies, and execute() rejects the schema. Point tests at the copy Node loads.
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    // Each file migrates and seeds its own in-memory PGlite (~3 s; more with `extra`).
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
