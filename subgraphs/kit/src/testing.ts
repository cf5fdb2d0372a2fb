import { execute, parse, type ExecutionResult } from 'graphql';
import { type Actor, PUBLIC_ACTOR } from './auth.ts';
import type { Database } from './database.ts';
import { seedDemo } from './seeding.ts';
import type { SubgraphProgram } from './run.ts';

/**
 * In-process test helpers for one subgraph: a migrated in-memory database with the demo data, and a way
 * to run a query against the schema with a fresh request context, counting its SQL.
 */
export function subgraphTesting<Client, Context>(
  program: SubgraphProgram<Client>,
  createContext: (db: Client, actor: Actor) => Context,
) {
  return {
    /** The caller closes it. */
    async openSeededDb(extra = 0): Promise<Database<Client>> {
      const database = await program.open({});
      await seedDemo(program.seeds, database.client, { extra });
      return database;
    },
    async run<Data = any>(database: Database<Client>, query: string, variables?: Record<string, unknown>, actor = PUBLIC_ACTOR) {
      const before = database.statements.count;
      const result = (await execute({
        schema: program.schema,
        document: parse(query),
        contextValue: createContext(database.client, actor),
        variableValues: variables,
      })) as ExecutionResult<Data>;
      return { data: result.data as Data, errors: result.errors, statements: database.statements.count - before };
    },
  };
}
