import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healthUrl, subgraphHealth } from './subgraph-health.ts';

describe('subgraphHealth', () => {
  const asked: string[] = [];
  const server = createServer((request, response) => {
    asked.push(request.url!);
    response.writeHead(request.url === '/up/health' ? 200 : 503).end();
  });
  let base: string;
  beforeAll(async () => {
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('finds /health beside /graphql', () => {
    expect(healthUrl('http://localhost:4002/graphql')).toBe('http://localhost:4002/health');
    expect(healthUrl('https://registry.example/studios/graphql')).toBe('https://registry.example/studios/health');
  });

  it('names the subgraphs that do not answer 200, asking each once per round however many probes come', async () => {
    const health = subgraphHealth({ up: `${base}/up/graphql`, unhealthy: `${base}/sick/graphql`, gone: 'http://127.0.0.1:1/graphql' }, 60_000);
    const answers = await Promise.all([health.down(), health.down(), health.down()]);
    expect(answers).toEqual(Array(3).fill(['unhealthy', 'gone']));
    expect(asked.sort()).toEqual(['/sick/health', '/up/health']);
  });

  it('asks again once the last answer is older than the cache time', async () => {
    asked.length = 0;
    const health = subgraphHealth({ up: `${base}/up/graphql` }, 0);
    await health.down();
    await health.down();
    expect(asked).toEqual(['/up/health', '/up/health']);
  });
});
