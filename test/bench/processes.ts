// Starts the benchmark's services as real processes (node + tsx, production settings), waits
// until each says it is ready, and stops them with SIGTERM. Their output goes to a log file.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

export interface Service {
  name: string;
  pid: number;
  stop(): Promise<void>;
}

export interface ServiceOptions {
  name: string;
  /** Script to run, relative to the repository root. */
  entry: string;
  env: Record<string, string>;
  /** Resolves true once the service can take requests. */
  ready: () => Promise<boolean>;
  logDir: string;
  /** @default 180 s: a subgraph migrating a large database takes a while. */
  timeoutMs?: number;
  /** Writes a V8 CPU profile of the service here when it stops (node --cpu-prof). */
  cpuProfileDir?: string;
}

/** `fetch` that answers false instead of throwing while a service is still starting. */
export async function answers(url: string, init?: RequestInit): Promise<boolean> {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

export async function startService(options: ServiceOptions): Promise<Service> {
  const logFile = path.join(options.logDir, `${options.name}.log`);
  const log = createWriteStream(logFile);
  // One directory per service: the loader thread tsx adds writes a profile of its own.
  const profile = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.join(options.cpuProfileDir, options.name)}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', options.entry], {
    cwd: repoRoot,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = once(child, 'exit');
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(killer);
  };

  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  while (!(await options.ready())) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      const tail = readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n');
      throw new Error(`${options.name} did not become ready (${child.exitCode !== null ? `exit ${child.exitCode}` : 'timeout'}); ${logFile}:\n${tail}`);
    }
    await sleep(250);
  }
  return { name: options.name, pid: child.pid!, stop };
}
