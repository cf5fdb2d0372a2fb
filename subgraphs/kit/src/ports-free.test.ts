import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { graphPorts, whyPortsTaken } from './ports-free.ts';

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

describe('graphPorts', () => {
  it('lists the ports npm start listens on, by default and as the environment moves them', () => {
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
    expect(moved.find((p) => p.service === 'master-studios metrics')?.port).toBe(10402);
    expect(moved.find((p) => p.service === 'pay-policies metrics')?.port).toBe(6003);
  });
});

describe('whyPortsTaken', () => {
  it('names the service whose port is taken, and says nothing when all are free', async () => {
    const free = [await freePort(), await freePort()];
    const taken = await holdFreePort();
    expect(await whyPortsTaken('127.0.0.1', free.map((port) => ({ service: 'gateway', port })))).toBeUndefined();
    expect(await whyPortsTaken('127.0.0.1', [{ service: 'gateway', port: free[0]! }, { service: 'master-studios', port: taken }])).toBe(
      `master-studios: 127.0.0.1:${taken} is in use: is npm start already running? Stop it (Ctrl-C) before starting again, or give this service other ports (docs/operations.md, Environment).`,
    );
  });

  it('stops npm start with that line, before any service starts', async () => {
    const taken = await holdFreePort();
    const cli = path.join(import.meta.dirname, 'ports-free-cli.ts');
    const failed = await run(process.execPath, [cli], { env: { ...process.env, GATEWAY_PORT: String(taken) } }).catch((error: unknown) => error);
    expect(failed).toMatchObject({ code: 1, stderr: expect.stringContaining(`gateway: 127.0.0.1:${taken} is in use`) });
  });
});
