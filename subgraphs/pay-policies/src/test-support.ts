import { execute, parse, type ExecutionResult } from 'graphql';
import { seedPayPolicies } from '../../../prisma/pay-policies/seed.ts';
import { createContext } from './context.ts';
import { openPayPoliciesDb } from './db.ts';
import { schema } from './schema/index.ts';

export type TestDatabase = Awaited<ReturnType<typeof openPayPoliciesDb>>;

/** An in-memory database, migrated and seeded; the caller closes it. */
export async function openSeededDb(extra = 0): Promise<TestDatabase> {
  const database = await openPayPoliciesDb();
  await seedPayPolicies(database.client, { extra });
  return database;
}

/** Runs a query in-process with a fresh request context, counting the SQL it sends. */
export async function run<Data = any>(database: TestDatabase, query: string, variables?: Record<string, unknown>) {
  const before = database.statements.count;
  const result = (await execute({
    schema,
    document: parse(query),
    contextValue: createContext(database.client),
    variableValues: variables,
  })) as ExecutionResult<Data>;
  return { data: result.data as Data, errors: result.errors, statements: database.statements.count - before };
}
