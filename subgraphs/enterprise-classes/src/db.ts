import path from 'node:path';
import { openDatabase, type DatabaseOptions } from '@partnership/kit';
import { PrismaClient } from './generated/prisma/client.ts';

export type Db = PrismaClient;

export const migrationsDir = path.resolve(import.meta.dirname, '../../../prisma/enterprise-classes/migrations');

/** Opens (and migrates) the enterprise-classes database: PGlite by default, PostgreSQL with a url. */
export function openEnterpriseClassesDb(options: Omit<DatabaseOptions, 'migrationsDir'> = {}) {
  return openDatabase((adapter) => new PrismaClient({ adapter }), { ...options, migrationsDir });
}
