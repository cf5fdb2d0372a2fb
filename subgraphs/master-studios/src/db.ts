import path from 'node:path';
import { openDatabase, type DatabaseOptions } from '@partnership/kit';
import { PrismaClient } from './generated/prisma/client.ts';

export type Db = PrismaClient;

export const migrationsDir = path.resolve(import.meta.dirname, '../../../prisma/master-studios/migrations');

/** Opens (and migrates) the master-studios database: PGlite by default, PostgreSQL with a url. */
export function openMasterStudiosDb(options: Omit<DatabaseOptions, 'migrationsDir'> = {}) {
  return openDatabase((adapter) => new PrismaClient({ adapter }), { ...options, migrationsDir });
}
