import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig, mergeConfig } from 'vitest/config';

// Workers, and the services tests start as processes, keep V8's compiled code on disk (as each
// service's main.ts does): a run compiles Prisma, Pothos, graphql and the gateway's modules once.
process.env.NODE_COMPILE_CACHE ??= path.join(tmpdir(), 'node-compile-cache');

/**
 * The vitest configuration every workspace shares. Vite would load graphql's ESM build while
 * Pothos and Apollo get its CommonJS one under Node: two copies, and execute() rejects the
 * schema. Tests use the copy Node loads. (Plain JS: Node loads it from node_modules unbundled.)
 * @param {import('vitest/config').UserConfig} overrides
 */
export function testConfig(overrides = {}) {
  return mergeConfig(
    defineConfig({
      resolve: {
        alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
      },
      test: {
        // Tests migrate and seed real databases: seconds, not milliseconds.
        testTimeout: 30_000,
        hookTimeout: 120_000,
        // A worker runs file after file in one module cache, so Prisma, Pothos, the gateway and
        // PGlite's WebAssembly load once per worker, not once per file: no test mocks a module.
        isolate: false,
      },
    }),
    overrides,
  );
}
