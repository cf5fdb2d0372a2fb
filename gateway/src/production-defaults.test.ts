import { describe, expect, it } from 'vitest';
import { graphiqlFromEnv, introspectionFromEnv } from './production-defaults.ts';
import { rateLimitFromEnv } from './rate-limit.ts';

describe('introspection and GraphiQL', () => {
  it('are on outside production and off in it', () => {
    expect([introspectionFromEnv({}), graphiqlFromEnv({})]).toEqual([true, true]);
    expect([introspectionFromEnv({ NODE_ENV: 'production' }), graphiqlFromEnv({ NODE_ENV: 'production' })]).toEqual([false, false]);
  });

  it('are turned on in production, or off elsewhere, only by an explicit true or false', () => {
    expect(introspectionFromEnv({ NODE_ENV: 'production', GATEWAY_INTROSPECTION: 'true' })).toBe(true);
    expect(graphiqlFromEnv({ NODE_ENV: 'production', GATEWAY_GRAPHIQL: 'true' })).toBe(true);
    expect(graphiqlFromEnv({ GATEWAY_GRAPHIQL: 'false' })).toBe(false);
    expect(() => introspectionFromEnv({ NODE_ENV: 'production', GATEWAY_INTROSPECTION: 'yes' })).toThrow('GATEWAY_INTROSPECTION must be "true" or "false", not "yes".');
  });
});

describe('the rate limit', () => {
  it('is on in production, 600 operations a minute per client, and off elsewhere', () => {
    expect(rateLimitFromEnv({ NODE_ENV: 'production' })).toEqual({ max: 600, windowSeconds: 60, clientIpHeader: undefined });
    expect(rateLimitFromEnv({})).toBe(false);
  });

  it('comes from the environment; 0 turns it off', () => {
    expect(rateLimitFromEnv({ GATEWAY_RATE_LIMIT_MAX: '50', GATEWAY_RATE_LIMIT_WINDOW_SECONDS: '10', GATEWAY_CLIENT_IP_HEADER: 'x-forwarded-for' }))
      .toEqual({ max: 50, windowSeconds: 10, clientIpHeader: 'x-forwarded-for' });
    expect(rateLimitFromEnv({ NODE_ENV: 'production', GATEWAY_RATE_LIMIT_MAX: '0' })).toBe(false);
    expect(() => rateLimitFromEnv({ GATEWAY_RATE_LIMIT_MAX: 'lots' })).toThrow('GATEWAY_RATE_LIMIT_MAX must be a whole number, not "lots".');
  });
});
