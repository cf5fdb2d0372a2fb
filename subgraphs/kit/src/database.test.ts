import { describe, expect, it } from 'vitest';
import { NAMED_STATEMENTS, openDatabase, statementNamer, urlList } from './database.ts';

describe('read replica settings', () => {
  it('are a comma-separated list; blanks are no replica', () => {
    expect(urlList(undefined)).toEqual([]);
    expect(urlList(' ')).toEqual([]);
    expect(urlList('postgres://r1/db, postgres://r2/db,')).toEqual(['postgres://r1/db', 'postgres://r2/db']);
  });

  it('are refused on PGlite, before anything opens', async () => {
    const createClient = () => {
      throw new Error('no client should be made');
    };
    await expect(openDatabase(createClient, { replicaUrls: ['postgres://r1/db'], migrationsDir: 'nowhere' })).rejects.toThrow(
      /^Read replicas need PostgreSQL: .*<SUBGRAPH>_DATABASE_URL/,
    );
  });
});

describe('statement names', () => {
  it('give each SQL text one name, and leave texts past the bound unnamed', () => {
    const name = statementNamer();
    const first = name({ sql: 'SELECT 1' });
    expect(name({ sql: 'SELECT 2' })).not.toBe(first);
    expect(name({ sql: 'SELECT 1' })).toBe(first);
    for (let i = 0; i < NAMED_STATEMENTS; i++) name({ sql: `SELECT ${i} + 1` });
    expect(name({ sql: 'SELECT past the bound' })).toBe('');
    expect(name({ sql: 'SELECT 1' })).toBe(first);
  });
});
