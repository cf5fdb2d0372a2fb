import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { defaultBuildResponseCacheKey } from '@envelop/response-cache';
import { describe, expect, it } from 'vitest';
import { requestHash, responseCacheFromEnv } from './response-cache.ts';

const request = (overrides: Partial<Parameters<typeof requestHash>[0]> = {}) => ({
  documentString: 'query Studio($id: ID!) { masterStudio(id: $id) { name } }',
  operationName: 'Studio',
  variableValues: { id: '7', levels: ['CITY', 'NATIONAL'] },
  sessionId: 'PUBLIC:',
  context: {},
  ...overrides,
});

describe('requestHash', () => {
  it("is @envelop/response-cache's default key, so entries stored by either are found by both", async () => {
    for (const params of [
      request(),
      request({ operationName: undefined, sessionId: null }),
      request({ variableValues: undefined }),
      request({ documentString: '{ 工作室: masterStudios { totalCount } }', sessionId: 'ENTERPRISE_HR:杭州电装' }),
    ]) {
      expect(requestHash(params)).toBe(await defaultBuildResponseCacheKey(params));
    }
  });

  it('keys variables by value, not by the order a client wrote them in', () => {
    expect(requestHash(request({ variableValues: { levels: ['CITY', 'NATIONAL'], id: '7' } }))).toBe(requestHash(request()));
  });

  it('differs with the document, the operation, any variable and the session', () => {
    const keys = [
      request(),
      request({ documentString: 'query Studio($id: ID!) { masterStudio(id: $id) { name level } }' }),
      request({ operationName: 'Other' }),
      request({ variableValues: { id: '8', levels: ['CITY', 'NATIONAL'] } }),
      request({ variableValues: { id: '7', levels: ['NATIONAL', 'CITY'] } }),
      request({ sessionId: 'COLLEGE_STAFF:a' }),
    ].map(requestHash);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('responseCacheFromEnv', () => {
  it('keeps answers in memory by default outside production (npm start)', () => {
    expect(responseCacheFromEnv({})).toEqual({ mode: 'memory', redisUrl: undefined, ttlMs: 300_000 });
  });

  it('makes production name the cache: one gateway in memory would serve what a write through another changed', () => {
    expect(() => responseCacheFromEnv({ NODE_ENV: 'production' })).toThrow(
      /^GATEWAY_RESPONSE_CACHE must be set in production: redis \(with GATEWAY_REDIS_URL\) when more than one gateway serves the graph/,
    );
    expect(responseCacheFromEnv({ NODE_ENV: 'production', GATEWAY_RESPONSE_CACHE: 'redis', GATEWAY_REDIS_URL: 'redis://cache.internal:6379/0' })).toEqual({
      mode: 'redis',
      redisUrl: 'redis://cache.internal:6379/0',
      ttlMs: 300_000,
    });
    expect(responseCacheFromEnv({ NODE_ENV: 'production', GATEWAY_RESPONSE_CACHE: 'memory' }).mode).toBe('memory');
    expect(responseCacheFromEnv({ NODE_ENV: 'production', GATEWAY_RESPONSE_CACHE: 'off' }).mode).toBe('off');
  });

  it('is shared in Redis in the example deployment of several gateways (gateway/deploy)', () => {
    const env = parseEnv(readFileSync(path.join(import.meta.dirname, '../deploy/partnership.env.example'), 'utf8'));
    expect(env.NODE_ENV).toBe('production');
    expect(responseCacheFromEnv(env).mode).toBe('redis');
  });

  it('refuses other values, redis without its URL and a TTL that is not a positive whole number', () => {
    expect(() => responseCacheFromEnv({ GATEWAY_RESPONSE_CACHE: 'disk' })).toThrow('GATEWAY_RESPONSE_CACHE must be off, memory or redis, not "disk"');
    expect(() => responseCacheFromEnv({ GATEWAY_RESPONSE_CACHE: 'redis' })).toThrow('GATEWAY_RESPONSE_CACHE=redis needs GATEWAY_REDIS_URL');
    expect(() => responseCacheFromEnv({ GATEWAY_RESPONSE_CACHE_TTL_MS: '1.5' })).toThrow('GATEWAY_RESPONSE_CACHE_TTL_MS must be a positive whole number, not "1.5"');
  });
});
