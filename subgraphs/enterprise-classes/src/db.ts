import path from 'node:path';
import { openDatabase, type DatabaseOptions } from '@partnership/kit';
import { PrismaClient } from './generated/prisma/client.ts';

/**
 * What a request reads and writes through: the primary's client, or (PostgreSQL with replica
 * URLs) that client extended to read from the replicas, which has no $on.
 */
export type Db = Omit<PrismaClient, '$on'>;

export const migrationsDir = path.resolve(import.meta.dirname, '../../../prisma/enterprise-classes/migrations');

/** Opens (and migrates) the enterprise-classes database: PGlite by default, PostgreSQL with a url. */
export function openEnterpriseClassesDb(options: Omit<DatabaseOptions, 'migrationsDir'> = {}) {
  return openDatabase<Db>((adapter) => new PrismaClient({ adapter }), { ...options, migrationsDir });
}
