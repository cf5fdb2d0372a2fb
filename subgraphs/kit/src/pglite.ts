import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/**
 * A PGlite with the extensions the migrations create (pg_trgm: the name-search indexes); PGlite
 * loads an extension only when given at construction. Its clone() keeps them. `loadDataDir`: a
 * dumpDataDir() of another instance to start from (tests' migrated and seeded copy).
 */
export const newPglite = (dataDir?: string, loadDataDir?: Blob) => new PGlite({ dataDir, loadDataDir, extensions: { pg_trgm } });

const pgliteVersion = (): string => {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite'); // <package>/dist/index.cjs
  return JSON.parse(readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')).version;
};

/**
 * A new in-memory PGlite (tests). Creating a cluster (initdb) costs seconds of CPU and loading a
 * copy of one a fraction of that, so the first call on a machine leaves a dump of its blank
 * cluster in the temp folder, one per PGlite version, and every later one, in any process,
 * starts from that dump.
 */
export async function newMemoryPglite(): Promise<PGlite> {
  const blank = path.join(tmpdir(), `partnership-pglite-${pgliteVersion()}-blank.tar`);
  if (existsSync(blank)) return newPglite(undefined, new Blob([readFileSync(blank)]));
  const pglite = newPglite();
  await pglite.exec('CHECKPOINT');
  const dump = Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer());
  // Written whole under another name first: a process starting meanwhile never reads half a file.
  const partial = `${blank}.${randomUUID()}`;
  writeFileSync(partial, dump);
  renameSync(partial, blank);
  return pglite;
}
