// PGlite runs PostgreSQL inside this process, without the postmaster.pid that keeps a second
// server off a data directory: two processes writing one directory corrupt it. A lock file beside
// the directory does that job: made exclusively, naming the process that holds it.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/** Another process has the data directory open. */
export class DataDirInUse extends Error {}

/** Whether a process of this id is running (signal 0 only asks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

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
    const holder = Number(readFileSync(file, 'utf8'));
    if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && alive(holder)) {
      throw new DataDirInUse(
        `${dataDir} is open in another process (pid ${holder}): is npm start already running? Stop it (Ctrl-C) before starting again; if pid ${holder} is no such process, delete ${file}.`,
      );
    }
    // Its holder is gone: the lock is stale.
    rmSync(file, { force: true });
  }
}
