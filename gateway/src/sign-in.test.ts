import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { tokenVerifier } from './auth.ts';
import { oidcFromEnv, signInHandler, type SignInOptions } from './sign-in.ts';

const SECRET = 'a-local-secret-of-at-least-32-characters!';
const OIDC = { issuer: 'https://id.example.test/', clientId: 'explorer', scope: 'openid' };

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** The handler on a real HTTP server, with 404 for what it leaves alone (as the gateway answers). */
async function serve(options: SignInOptions): Promise<string> {
  const handler = signInHandler(options);
  server = createServer((request, response) => handler(request, response) || response.writeHead(404).end()).listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const mint = (base: string, body: unknown, contentType = 'application/json') =>
  fetch(`${base}/auth/dev-token`, { method: 'POST', headers: { 'content-type': contentType }, body: JSON.stringify(body) });

describe('development tokens', () => {
  it('mints a token the gateway verifies, with the claims of the role asked for', async () => {
    const base = await serve({ auth: { secret: SECRET }, production: false });
    expect(await (await fetch(`${base}/auth/config`)).json()).toEqual({ mode: 'local', devTokens: true });

    const response = await mint(base, { role: 'COLLEGE_STAFF', schoolId: 2, enterpriseId: 9 });
    expect(response.status).toBe(200);
    const { token } = await response.json();
    expect(await tokenVerifier({ secret: SECRET })(token)).toEqual({ subject: 'dev:college_staff:school-2', role: 'COLLEGE_STAFF', schoolId: 2 });

    const named = await (await mint(base, { role: 'BUREAU_ADMIN', name: ' 张敏 ' })).json();
    expect(await tokenVerifier({ secret: SECRET })(named.token)).toEqual({ subject: 'dev:bureau_admin', name: '张敏', role: 'BUREAU_ADMIN' });
  });

  it.each([
    [{ role: 'PUBLIC' }, /claim role must be one of/],
    [{ role: 'ENTERPRISE_HR' }, /claim enterpriseId must be a positive whole number/],
    [['BUREAU_ADMIN'], /must be a JSON object/],
    [{ role: 'BUREAU_ADMIN', name: '张'.repeat(201) }, /claim name, when present, must be a string of at most 200 characters/],
  ])('refuses %j with the rule it breaks', async (body, rule) => {
    const response = await mint(await serve({ auth: { secret: SECRET }, production: false }), body);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(rule);
  });

  it('takes JSON only, which a page on another origin cannot send without CORS', async () => {
    const response = await mint(await serve({ auth: { secret: SECRET }, production: false }), { role: 'BUREAU_ADMIN' }, 'text/plain');
    expect(response.status).toBe(415);
  });

  it.each([
    ['in production', { auth: { secret: SECRET }, production: true }],
    ['when tokens come from an identity provider (JWKS_URL)', { auth: { jwksUrl: 'https://id.example.test/jwks' }, production: false }],
  ])('does not exist %s', async (_case, options: SignInOptions) => {
    const base = await serve(options);
    expect((await mint(base, { role: 'BUREAU_ADMIN' })).status).toBe(404);
    expect((await fetch(`${base}/auth/config`)).status).toBe(200);
  });
});

describe('sign-in through the identity provider', () => {
  it('tells the explorer the provider, client and scope', async () => {
    const base = await serve({ auth: { jwksUrl: 'https://id.example.test/jwks' }, oidc: OIDC, production: true });
    expect(await (await fetch(`${base}/auth/config`)).json()).toEqual({ mode: 'oidc', ...OIDC });
  });

  it('reads OIDC_* and refuses half a setting or a provider without JWKS_URL', () => {
    expect(oidcFromEnv({})).toBeUndefined();
    expect(oidcFromEnv({ OIDC_ISSUER: OIDC.issuer, OIDC_CLIENT_ID: 'explorer', OIDC_RESOURCE: 'https://graph.example.test' })).toEqual({
      ...OIDC,
      resource: 'https://graph.example.test',
    });
    expect(() => oidcFromEnv({ OIDC_ISSUER: OIDC.issuer })).toThrow(/OIDC_ISSUER and OIDC_CLIENT_ID go together/);
    expect(() => oidcFromEnv({ OIDC_ISSUER: 'id.example', OIDC_CLIENT_ID: 'x' })).toThrow(/must be a URL/);
    expect(() => signInHandler({ auth: { secret: SECRET }, oidc: OIDC })).toThrow(/OIDC_ISSUER needs JWKS_URL/);
  });
});
