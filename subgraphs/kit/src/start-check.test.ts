import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { embeddedDataDirs, graphPorts, whyCannotStart } from './start-check.ts';

const run = promisify(execFile);
const held: ReturnType<typeof createServer>[] = [];

async function holdFreePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  held.push(server);
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
}

async function freePort(): Promise<number> {
  const port = await holdFreePort();
  await new Promise((resolve) => held.pop()!.close(resolve));
  return port;
}

afterEach(() => held.splice(0).forEach((server) => server.close()));

const IN_USE = 'is in use: is npm start already running? Stop it (Ctrl-C) before starting again, or give this service other ports (docs/operations.md, Environment).';

describe('what npm start needs', () => {
  it('lists the ports it listens on, by default and as the environment moves them', () => {
    expect(graphPorts({})).toEqual([
      { service: 'gateway', port: 4000 },
      { service: 'gateway metrics', port: 9400 },
      { service: 'enterprise-classes', port: 4001 },
      { service: 'enterprise-classes metrics', port: 9401 },
      { service: 'master-studios', port: 4002 },
      { service: 'master-studios metrics', port: 9402 },
      { service: 'pay-policies', port: 4003 },
      { service: 'pay-policies metrics', port: 9403 },
    ]);
    const moved = graphPorts({ GATEWAY_PORT: '5000', MASTER_STUDIOS_PORT: '5002', PAY_POLICIES_METRICS_PORT: '6003' });
    expect(moved.find((p) => p.service === 'gateway')?.port).toBe(5000);
    expect(moved.find((p) => p.service === 'master-studios')?.port).toBe(5002);
    expect(moved.find((p) => p.service === 'master-studios metrics')?.port).toBe(9402);
    expect(moved.find((p) => p.service === 'pay-policies metrics')?.port).toBe(6003);
  });

  it('lists the embedded databases it opens: none for a registry on PostgreSQL', () => {
    const dirs = embeddedDataDirs({ MASTER_STUDIOS_DATABASE_URL: 'postgres://db/master_studios', PAY_POLICIES_DATA_DIR: '/srv/pay' });
    expect(dirs.map((d) => d.service)).toEqual(['enterprise-classes', 'pay-policies']);
    expect(dirs[0].dataDir).toMatch(/\.data\/enterprise-classes$/);
    expect(dirs[1].dataDir).toBe('/srv/pay');
  });
});

describe('whyCannotStart', () => {
  const noDataDirs = { ENTERPRISE_CLASSES_DATABASE_URL: 'x', MASTER_STUDIOS_DATABASE_URL: 'x', PAY_POLICIES_DATABASE_URL: 'x' };

  it('names the service whose port is taken, and says nothing when all are free', async () => {
    const free = [await freePort(), await freePort()];
    const taken = await holdFreePort();
    expect(await whyCannotStart('127.0.0.1', noDataDirs, free.map((port) => ({ service: 'gateway', port })))).toBeUndefined();
    expect(await whyCannotStart('127.0.0.1', noDataDirs, [{ service: 'gateway', port: free[0]! }, { service: 'master-studios', port: taken }])).toBe(
      `master-studios: 127.0.0.1:${taken} ${IN_USE}`,
    );
  });

  it('names an embedded database another running process has open, whatever ports it listens on', async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'start-check-')), 'master-studios');
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    try {
      writeFileSync(`${dataDir}.lock`, String(other.pid));
      const env = { ...noDataDirs, MASTER_STUDIOS_DATABASE_URL: undefined, MASTER_STUDIOS_DATA_DIR: dataDir };
      expect(await whyCannotStart('127.0.0.1', env, [])).toBe(
        `master-studios: ${dataDir} is open in another process (pid ${other.pid}): is npm start already running? Stop it (Ctrl-C) before starting again; if pid ${other.pid} is no such process, delete ${dataDir}.lock.`,
      );
    } finally {
      other.kill();
    }
  });

  it('stops npm start with that line, before any service starts', async () => {
    const taken = await holdFreePort();
    const cli = path.join(import.meta.dirname, 'start-check-cli.ts');
    const env = { ...process.env, ...noDataDirs, GATEWAY_PORT: String(taken) };
    const failed = await run(process.execPath, [cli], { env }).catch((error: unknown) => error);
    expect(failed).toMatchObject({ code: 1, stderr: expect.stringContaining(`gateway: 127.0.0.1:${taken} ${IN_USE}`) });
  });
});
