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
export const newPglite = (dataDir?: string, loadDataDir?: Blob) =>
  new PGlite({ dataDir, loadDataDir, extensions: { pg_trgm }, startParams: [...PGlite.defaultStartParams, ...SMALL_BUFFERS] });

/**
 * PGlite's initdb sets 128 MB of shared buffers, which every start sets up in WebAssembly
 * memory: half the CPU of opening a registry's database. A registry on PGlite holds megabytes.
 */
const SMALL_BUFFERS = ['-c', 'shared_buffers=16MB'];

const pgliteVersion = (): string => {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite'); // <package>/dist/index.cjs
  return JSON.parse(readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')).version;
};

/**
 * A PGlite over the cluster in `dataDir`, or in memory without one. A new cluster, in memory
 * (tests) or in a new data directory (a first `npm start`), is a copy of this machine's blank one
 * (blankCluster()): loading a copy costs a fraction of the seconds of CPU that initdb does.
 */
export async function pgliteAt(dataDir?: string): Promise<PGlite> {
  if (dataDir && existsSync(path.join(dataDir, 'PG_VERSION'))) return newPglite(dataDir);
  return newPglite(dataDir, await blankCluster());
}

let blank: Promise<Blob> | undefined;

/**
 * A dump of a blank cluster, made by the first call on a machine and kept in the temp folder, one
 * per PGlite version, for every later one in any process; read once per process.
 */
const blankCluster = (): Promise<Blob> =>
  (blank ??= readOrMakeBlankCluster().catch((error) => {
    blank = undefined; // the next call tries again
    throw error;
  }));

async function readOrMakeBlankCluster(): Promise<Blob> {
  const blank = path.join(tmpdir(), `partnership-pglite-${pgliteVersion()}-one-database.tar`);
  if (!existsSync(blank)) {
    const pglite = newPglite();
    try {
      await dropTemplates(pglite);
      await pglite.exec('CHECKPOINT');
      // Written whole under another name first: a process starting meanwhile never reads half a file.
      const partial = `${blank}.${randomUUID()}`;
      writeFileSync(partial, Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer()));
      renameSync(partial, blank);
    } finally {
      await pglite.close();
    }
  }
  return new Blob([readFileSync(blank)]);
}

/**
 * A copy loads in proportion to its bytes, and the templates are a third of a blank cluster's:
 * PGlite opens only `postgres` and never runs CREATE DATABASE, which is all they are for.
 */
async function dropTemplates(pglite: PGlite) {
  await pglite.exec(`UPDATE pg_database SET datistemplate = false WHERE datname IN ('template0', 'template1')`);
  // DROP DATABASE refuses to run in the transaction a multi-statement exec() is.
  await pglite.exec('DROP DATABASE template0');
  await pglite.exec('DROP DATABASE template1');
}
