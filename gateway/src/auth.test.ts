import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authFromEnv, signLocalToken, tokenVerifier } from './auth.ts';

const SECRET = 'a-local-secret-of-at-least-32-characters!';

describe('HS256 tokens (local)', () => {
  const verify = tokenVerifier({ secret: SECRET });

  it('accepts a token from signLocalToken and keeps only the claim of its role', async () => {
    const token = await signLocalToken({ subject: 'li.wei', role: 'COLLEGE_STAFF', schoolId: 1 }, SECRET);
    expect(await verify(token)).toEqual({ subject: 'li.wei', role: 'COLLEGE_STAFF', schoolId: 1 });
  });

  it.each([
    ['expired', () => signLocalToken({ subject: 'a', role: 'BUREAU_ADMIN' }, SECRET, -60), /"exp" claim timestamp check failed/],
    ['signed with another key', () => signLocalToken({ subject: 'a', role: 'BUREAU_ADMIN' }, `${SECRET}x`), /signature verification failed/],
    ['a COLLEGE_STAFF token without schoolId', () => signLocalToken({ subject: 'a', role: 'COLLEGE_STAFF' }, SECRET), /claim schoolId/],
    ['an unknown role', () => signLocalToken({ subject: 'a', role: 'PUBLIC' }, SECRET), /claim role must be one of/],
  ])('refuses a token that is %s', async (_case, make, reason) => {
    await expect(verify(await make())).rejects.toThrow(reason);
  });

  it('refuses an unsigned token (alg none)', async () => {
    const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
    const unsigned = `${encode({ alg: 'none' })}.${encode({ sub: 'a', role: 'BUREAU_ADMIN', exp: 2e9 })}.`;
    await expect(verify(unsigned)).rejects.toThrow();
  });
});

describe('JWKS tokens (production)', () => {
  let server: Server;
  let jwksUrl: string;
  let privateKey: CryptoKey;
  const issuer = 'https://id.example.test/';

  beforeAll(async () => {
    const keys = await generateKeyPair('ES256');
    privateKey = keys.privateKey;
    const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
    server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys: [jwk] }));
    }).listen(0, '127.0.0.1');
    await once(server, 'listening');
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const sign = (claims: Record<string, unknown>, iss = issuer) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: 'k1' }).setSubject('hr@zhengqiang').setIssuer(iss).setExpirationTime('5m').sign(privateKey);

  it('verifies with the provider key set, issuer included', async () => {
    const verify = tokenVerifier({ jwksUrl, issuer });
    expect(await verify(await sign({ role: 'ENTERPRISE_HR', enterpriseId: 5 }))).toEqual({
      subject: 'hr@zhengqiang',
      role: 'ENTERPRISE_HR',
      enterpriseId: 5,
    });
  });

  it('refuses another issuer, and HS256 tokens once a JWKS is configured', async () => {
    const verify = tokenVerifier({ jwksUrl, issuer });
    await expect(verify(await sign({ role: 'BUREAU_ADMIN' }, 'https://elsewhere.test/'))).rejects.toThrow(/iss/);
    await expect(verify(await signLocalToken({ subject: 'a', role: 'BUREAU_ADMIN' }, SECRET))).rejects.toThrow(/alg/i);
  });
});

describe('the gateway\'s secrets in production', () => {
  const names = ['enterprise-classes', 'master-studios', 'pay-policies'];
  const strong = () => randomBytes(32).toString('hex');
  const env = () => ({
    NODE_ENV: 'production', JWT_SECRET: strong(),
    ENTERPRISE_CLASSES_SECRET: strong(), MASTER_STUDIOS_SECRET: strong(), PAY_POLICIES_SECRET: strong(),
  });

  it('are accepted when each is strong and its own', () => {
    expect(Object.keys(authFromEnv(names, env()).subgraphSecrets)).toEqual(names);
  });

  it('refuse the JWT key reused as every subgraph secret, naming the variables', () => {
    const shared = env();
    expect(() => authFromEnv(names, { ...shared, ENTERPRISE_CLASSES_SECRET: shared.JWT_SECRET })).toThrow(
      'ENTERPRISE_CLASSES_SECRET has the same value as JWT_SECRET: every secret must be its own (rule: reuse).',
    );
  });

  it('refuse a JWT key of one repeated letter', () => {
    expect(() => authFromEnv(names, { ...env(), JWT_SECRET: 'x'.repeat(32) })).toThrow(/^JWT_SECRET is too weak for production: it repeats one character/);
  });
});
