import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { drainHttpServer, portInUseMessage, shutdownFromEnv } from './http-drain.ts';

/** A server like the services': once stopping, each answer closes its connection. */
async function server() {
  let stopping = false;
  const http = createServer((_request, response) => {
    if (stopping) response.setHeader('connection', 'close');
    response.end('ok');
  });
  http.listen(0, '127.0.0.1');
  await once(http, 'listening');
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/`;
  return { http, url, stop: () => void (stopping = true) };
}

describe('drainHttpServer', () => {
  it('answers through the delay, each answer closing its connection, then closes the port', async () => {
    const { http, url, stop } = await server();
    stop();
    const started = performance.now();
    const drained = drainHttpServer(http, { delayMs: 300, deadlineMs: 1_000 });
    const during = await fetch(url);
    expect([during.status, during.headers.get('connection'), await during.text()]).toEqual([200, 'close', 'ok']);
    await drained;
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    await expect(fetch(url)).rejects.toThrow();
  });

  it('without a delay closes the port at once', async () => {
    const { http, url } = await server();
    await drainHttpServer(http, { delayMs: 0, deadlineMs: 1_000 });
    await expect(fetch(url)).rejects.toThrow();
  });
});

describe('shutdownFromEnv', () => {
  it('reads SHUTDOWN_DELAY_MS and SHUTDOWN_TIMEOUT_MS, no delay and 10 s by default', () => {
    expect(shutdownFromEnv({})).toEqual({ delayMs: 0, deadlineMs: 10_000 });
    expect(shutdownFromEnv({ SHUTDOWN_DELAY_MS: '5000', SHUTDOWN_TIMEOUT_MS: '20000' })).toEqual({ delayMs: 5_000, deadlineMs: 20_000 });
  });

  it('refuses what is not a whole number of milliseconds, naming the variable', () => {
    expect(() => shutdownFromEnv({ SHUTDOWN_DELAY_MS: '5s' })).toThrow('SHUTDOWN_DELAY_MS must be a whole number of milliseconds, not "5s"');
    expect(() => shutdownFromEnv({ SHUTDOWN_TIMEOUT_MS: '-1' })).toThrow('SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds, not "-1"');
  });
});

describe('portInUseMessage', () => {
  it('says in one line what to do when a port is taken, and nothing for other errors', async () => {
    const first = createServer().listen(0, '127.0.0.1');
    await once(first, 'listening');
    const { port } = first.address() as AddressInfo;
    const second = createServer().listen(port, '127.0.0.1');
    const [error] = await once(second, 'error');
    first.close();
    expect(portInUseMessage(error)).toBe(`127.0.0.1:${port} is in use: is npm start already running? Stop it (Ctrl-C) before starting again, or give this service other ports (docs/operations.md, Environment).`);
    expect(portInUseMessage(new Error('ECONNREFUSED'))).toBeUndefined();
  });
});
