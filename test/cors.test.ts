import { readFileSync } from 'node:fs';
import path from 'node:path';
import { corsFromEnv, startGateway, type CorsOrigins } from '@partnership/gateway';
import { describe, expect, it } from 'vitest';

// CORS is settled at the gateway before any planning: no subgraph needs to run.
const supergraph = readFileSync(path.resolve(import.meta.dirname, '../schema/supergraph.graphql'), 'utf8');

async function withGateway(corsOrigins: CorsOrigins | undefined, check: (url: string) => Promise<void>) {
  const gateway = await startGateway({ supergraph, port: 0, logging: false, corsOrigins, explorer: false });
  try {
    await check(gateway.url);
  } finally {
    await gateway.stop();
  }
}

/** A browser's preflight for a JSON POST from `origin`: the allowed origin it gets back, if any. */
async function preflight(url: string, origin: string) {
  const response = await fetch(url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });
  return {
    allowOrigin: response.headers.get('access-control-allow-origin'),
    allowCredentials: response.headers.get('access-control-allow-credentials'),
    exposeHeaders: response.headers.get('access-control-expose-headers'),
  };
}

describe('CORS at the gateway', () => {
  it('allows no browser origin unless told to', async () => {
    await withGateway(undefined, async (url) => {
      expect((await preflight(url, 'https://planner.example.org')).allowOrigin).toBeNull();
      expect((await preflight(url, 'http://localhost:5173')).allowOrigin).toBeNull();
    });
  });

  it('allows exactly the listed origins, without cookies', async () => {
    await withGateway(['https://planner.example.org'], async (url) => {
      expect(await preflight(url, 'https://planner.example.org')).toEqual({
        allowOrigin: 'https://planner.example.org',
        allowCredentials: null,
        exposeHeaders: 'x-request-id',
      });
      expect((await preflight(url, 'https://planner.example.org.evil.test')).allowOrigin).toBeNull();
      expect((await preflight(url, 'http://planner.example.org')).allowOrigin).toBeNull();
    });
  });

  it('allows any origin on this machine in development, and nothing else', async () => {
    await withGateway('loopback', async (url) => {
      expect((await preflight(url, 'http://localhost:5173')).allowOrigin).toBe('http://localhost:5173');
      expect((await preflight(url, 'http://127.0.0.1:8080')).allowOrigin).toBe('http://127.0.0.1:8080');
      expect((await preflight(url, 'http://localhost.evil.test')).allowOrigin).toBeNull();
    });
  });

  it('reads CORS_ORIGINS, defaulting to none in production and this machine elsewhere', () => {
    expect(corsFromEnv({ NODE_ENV: 'production' })).toEqual([]);
    expect(corsFromEnv({})).toBe('loopback');
    expect(corsFromEnv({ NODE_ENV: 'production', CORS_ORIGINS: 'https://a.example, https://b.example:8443' })).toEqual([
      'https://a.example',
      'https://b.example:8443',
    ]);
    expect(corsFromEnv({ CORS_ORIGINS: '' })).toEqual([]);
    expect(() => corsFromEnv({ CORS_ORIGINS: 'https://a.example/app' })).toThrow(/CORS_ORIGINS: "https:\/\/a.example\/app" is not an origin/);
  });
});
