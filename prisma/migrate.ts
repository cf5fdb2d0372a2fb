// npm run db:migrate
// Applies each registry's checked-in migrations to its PostgreSQL database, named by
// ENTERPRISE_CLASSES_DATABASE_URL, MASTER_STUDIOS_DATABASE_URL and PAY_POLICIES_DATABASE_URL: the
// release step of a deployment, before new subgraph replicas start. Subgraphs also migrate at
// start (an advisory lock serialises them), so this is about doing it once, visibly, up front.
// A registry without a URL runs on embedded PGlite, which one process owns: it migrates itself.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyMigrations, pgSession } from '@partnership/kit';
import { REGISTRY_NAMES, registryEnv } from '@partnership/kit/config';
import pg from 'pg';

export const migrationsDir = (registry: string) => path.join(import.meta.dirname, registry, 'migrations');

export interface MigrateResult {
  registry: string;
  /** Migrations applied now; empty when the database was up to date. */
  applied: string[];
}

/** Migrates every registry with a URL in `urls`; the others are left out of the result. */
export async function migrateAll(urls: Partial<Record<string, string>>): Promise<MigrateResult[]> {
  const results: MigrateResult[] = [];
  for (const registry of REGISTRY_NAMES) {
    const url = urls[registry];
    if (!url) continue;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      results.push({ registry, applied: await applyMigrations(pgSession(client), migrationsDir(registry)) });
    } catch (error) {
      throw new Error(`${registry}: ${(error as Error).message}`, { cause: error });
    } finally {
      await client.end();
    }
  }
  return results;
}

async function main() {
  const urls = Object.fromEntries(REGISTRY_NAMES.map((r) => [r, process.env[registryEnv(r).databaseUrl]]));
  const unset = REGISTRY_NAMES.filter((r) => !urls[r]);
  if (unset.length === REGISTRY_NAMES.length) {
    console.error(`db:migrate: no database configured; set ${REGISTRY_NAMES.map((r) => registryEnv(r).databaseUrl).join(', ')}.`);
    process.exit(1);
  }
  for (const registry of unset) console.log(`${registry}: no ${registryEnv(registry).databaseUrl}; PGlite migrates itself at start`);
  try {
    for (const { registry, applied } of await migrateAll(urls)) {
      console.log(`${registry}: ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'}`);
    }
  } catch (error) {
    console.error(`db:migrate: ${(error as Error).message}`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
