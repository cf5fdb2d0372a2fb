import { execute, parse, type ExecutionResult } from 'graphql';
import { PUBLIC_ACTOR } from './auth.ts';
import type { Database } from './database.ts';
import { seedDemo } from './seeding.ts';
import type { SubgraphProgram } from './registry.ts';

/** The one error of a refused request, its message beside its extensions; throws unless there is exactly one. */
export function refusalOf(result: { errors?: readonly { message: string; extensions: object }[] }) {
  if (result.errors?.length !== 1) throw new Error(`expected one error, got ${JSON.stringify(result.errors ?? [])}`);
  const [error] = result.errors;
  return { message: error.message, ...error.extensions };
}

/**
 * In-process test helpers for one registry: a migrated in-memory database with the demo data, and a way
 * to run a query against the schema with a fresh request context, counting its SQL.
 */
export function subgraphTesting<Db>(program: SubgraphProgram<Db>) {
  return {
    /** The caller closes it. */
    async openSeededDb(extra = 0): Promise<Database<Db>> {
      const database = await program.open({});
      await seedDemo(program.seeds, database.client, { extra });
      return database;
    },
    async run<Data = any>(database: Database<Db>, query: string, variables?: Record<string, unknown>, actor = PUBLIC_ACTOR) {
      const before = database.statements.count;
      const result = (await execute({
        schema: program.schema,
        document: parse(query),
        contextValue: program.createContext(database.client, actor),
        variableValues: variables,
      })) as ExecutionResult<Data>;
      return { data: result.data as Data, errors: result.errors, statements: database.statements.count - before };
    },
  };
}
