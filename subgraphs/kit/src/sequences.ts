/** Anything that runs raw SQL: a Prisma client or its interactive transaction. */
interface RawExecutor {
  $executeRawUnsafe(sql: string): Promise<number>;
}

/**
 * Moves each table's id sequence past the ids a seed wrote explicitly, so the next insert
 * does not collide with them. Table names come from code, never from input.
 */
export async function syncIdSequences(db: RawExecutor, tables: string[]): Promise<void> {
  for (const table of tables) {
    await db.$executeRawUnsafe(
      `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), COALESCE((SELECT MAX(id) FROM "${table}"), 0) + 1, false)`,
    );
  }
}
