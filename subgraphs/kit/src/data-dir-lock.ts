// PGlite runs PostgreSQL inside this process, without the postmaster.pid that keeps a second
// server off a data directory: two processes writing one directory corrupt it. A lock file beside
// the directory does that job: made exclusively, naming the process that holds it.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { registryEnv } from './config.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

/** Another process has the data directory open. */
export class DataDirInUse extends Error {}

/** Where a registry keeps its embedded database: <REGISTRY>_DATA_DIR, else .data/<registry>. */
export const dataDirOf = (registry: string, env: Record<string, string | undefined> = process.env): string =>
  env[registryEnv(registry).dataDir] ?? path.join(REPO_ROOT, '.data', registry);

/** Whether a process of this id is running (signal 0 only asks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The running process, other than this one, that holds the directory's lock; undefined when none does. */
export function dataDirHolder(dataDir: string): number | undefined {
  let holder: number;
  try {
    holder = Number(readFileSync(`${dataDir}.lock`, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return Number.isInteger(holder) && holder > 0 && holder !== process.pid && alive(holder) ? holder : undefined;
}

/** What to do, in one line, about a directory `holder` has open. */
export const dataDirInUseMessage = (dataDir: string, holder: number) =>
  `${dataDir} is open in another process (pid ${holder}): is npm start already running? Stop it (Ctrl-C) before starting again; if pid ${holder} is no such process, delete ${dataDir}.lock.`;

/**
 * Takes `<dataDir>.lock` for this process, or throws naming the process that has the directory
 * open. A lock left by a process that is gone (killed) is taken over. Returns its release.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = `${dataDir}.lock`;
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = dataDirHolder(dataDir);
    if (holder !== undefined) throw new DataDirInUse(dataDirInUseMessage(dataDir, holder));
    // Its holder is gone: the lock is stale.
    rmSync(file, { force: true });
  }
}
