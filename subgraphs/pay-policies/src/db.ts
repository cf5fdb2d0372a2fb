import path from 'node:path';
import { openDatabase, type DatabaseOptions } from '@partnership/kit';
import { PrismaClient } from './generated/prisma/client.ts';

export type Db = PrismaClient;

export const migrationsDir = path.resolve(import.meta.dirname, '../../../prisma/pay-policies/migrations');

/** Opens (and migrates) the pay-policies database: PGlite by default, PostgreSQL with a url. */
export function openPayPoliciesDb(options: Omit<DatabaseOptions, 'migrationsDir'> = {}) {
  return openDatabase((adapter) => new PrismaClient({ adapter }), { ...options, migrationsDir });
}
