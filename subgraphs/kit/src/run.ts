import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import type { Database, DatabaseOptions } from './database.ts';
import type { RunningServer } from './server.ts';

/** What a subgraph's main.ts hands to runSubgraph: how to open, seed and serve it. */
export interface SubgraphProgram<Client> {
  /** kebab-case name; its environment variables use the SCREAMING_SNAKE form as prefix. */
  name: string;
  defaultPort: number;
  schema: GraphQLSchema;
  open(options: Omit<DatabaseOptions, 'migrationsDir'>): Promise<Database<Client>>;
  /** Loads the article's records when the database is empty; a no-op otherwise. */
  seed(client: Client, options?: { extra?: number }): Promise<unknown>;
  start(options: { db: Client; port: number; host: string }): Promise<RunningServer>;
}

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** The environment variable names a subgraph reads, e.g. MASTER_STUDIOS_PORT. */
export function subgraphEnvNames(name: string) {
  const prefix = name.toUpperCase().replaceAll('-', '_');
  return { port: `${prefix}_PORT`, databaseUrl: `${prefix}_DATABASE_URL`, dataDir: `${prefix}_DATA_DIR` };
}

/** Starts a subgraph process from the environment and stops it cleanly on SIGINT/SIGTERM. */
export async function runSubgraph<Client>(program: SubgraphProgram<Client>): Promise<void> {
  const names = subgraphEnvNames(program.name);
  const port = Number(process.env[names.port] ?? program.defaultPort);
  const url = process.env[names.databaseUrl];
  const dataDir = process.env[names.dataDir] ?? path.join(repoRoot, '.data', program.name);
  const database = await program.open(url ? { url } : { dataDir });
  // Seed before listening, so no request sees half-seeded data.
  await program.seed(database.client);
  const server = await program.start({ db: database.client, port, host: process.env.HOST ?? '127.0.0.1' });
  console.log(`${program.name} ready at ${server.url} (${database.engine}${url ? '' : `, data in ${dataDir}`})`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${program.name} stopping on ${signal}`);
    await server.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
