import { describe, expect, it } from 'vitest';
import { openDatabase, urlList } from './database.ts';

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
