import path from 'node:path';
import { defineConfig } from 'prisma/config';

// Prisma 7's CLI looks for a native schema engine that npm does not ship; generation itself is
// WebAssembly, so any executable satisfies the check. Migrations are applied by the kit's runner.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;

/** Prisma CLI configuration for one subgraph's folder under prisma/. */
export function subgraphPrismaConfig(subgraph: string) {
  const dir = path.join(import.meta.dirname, subgraph);
  return defineConfig({
    schema: path.join(dir, 'schema.prisma'),
    migrations: { path: path.join(dir, 'migrations') },
  });
}
