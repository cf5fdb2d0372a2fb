// How the explorer signs people in. GET /auth/config says how: local tokens (and, in development,
// POST /auth/dev-token mints one in a click) or the identity provider's OpenID Connect login.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { actorFromClaims, InvalidIdentity } from '@partnership/kit/auth';
import { ENV, isProduction } from '@partnership/kit/config';
import { localSubject, signLocalToken, type AuthOptions } from './auth.ts';

/** The identity provider the explorer signs in with, as a public client (PKCE, no secret). */
export interface OidcSettings {
  /** The provider's issuer URL; its discovery document is at /.well-known/openid-configuration. */
  issuer: string;
  clientId: string;
  /** @default 'openid' */
  scope: string;
  /** Resource indicator (RFC 8707) asked for, so the access token is issued for the gateway. */
  resource?: string;
}

/** What GET /auth/config answers. */
export type SignInConfig = { mode: 'local'; devTokens: boolean } | ({ mode: 'oidc' } & OidcSettings);

/** OIDC_ISSUER and OIDC_CLIENT_ID (both or neither), OIDC_SCOPE, OIDC_RESOURCE; undefined when unset. */
export function oidcFromEnv(env: NodeJS.ProcessEnv = process.env): OidcSettings | undefined {
  const issuer = env[ENV.oidcIssuer] || undefined;
  const clientId = env[ENV.oidcClientId] || undefined;
  if (!issuer && !clientId) return undefined;
  if (!issuer || !clientId) throw new Error(`${ENV.oidcIssuer} and ${ENV.oidcClientId} go together: set both for sign-in through the identity provider, or neither.`);
  if (!URL.canParse(issuer)) throw new Error(`${ENV.oidcIssuer} must be a URL, not "${issuer}".`);
  const resource = env[ENV.oidcResource] || undefined;
  return { issuer, clientId, scope: env[ENV.oidcScope] || 'openid', ...(resource && { resource }) };
}

export interface SignInOptions {
  auth: Pick<AuthOptions, 'secret' | 'jwksUrl'>;
  /** Production never mints tokens. @default NODE_ENV === 'production' */
  production?: boolean;
  oidc?: OidcSettings;
}

/** How long a development token lasts: a working session, not a credential to keep. */
const DEV_TOKEN_LIFETIME = '1h';

const DEV_TOKEN_PATH = '/auth/dev-token';
const CONFIG_PATH = '/auth/config';

/**
 * Answers /auth/config, and /auth/dev-token where development tokens are allowed: outside
 * production, when the gateway verifies local HS256 tokens (no JWKS). Elsewhere that path does
 * not exist (404 from the gateway). Returns false for any other request.
 */
export function signInHandler(options: SignInOptions) {
  const { secret, jwksUrl } = options.auth;
  const devTokens = !(options.production ?? isProduction()) && !jwksUrl && !!secret;
  if (options.oidc && !jwksUrl) throw new Error(`${ENV.oidcIssuer} needs ${ENV.jwksUrl}: the gateway verifies the provider's tokens with its keys.`);
  const config: SignInConfig = options.oidc ? { mode: 'oidc', ...options.oidc } : { mode: 'local', devTokens };

  return (request: IncomingMessage, response: ServerResponse): boolean => {
    const pathname = new URL(request.url ?? '/', 'http://gateway').pathname;
    if (pathname === CONFIG_PATH && request.method === 'GET') {
      answer(response, 200, config);
      return true;
    }
    if (pathname !== DEV_TOKEN_PATH || !devTokens) return false;
    if (request.method !== 'POST') {
      answer(response, 405, { error: `${DEV_TOKEN_PATH} takes POST with a JSON body {role, schoolId?, enterpriseId?, name?}.` }, { allow: 'POST' });
      return true;
    }
    // Only a script allowed by CORS sends JSON: a page elsewhere cannot mint tokens in a visitor's name.
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
      answer(response, 415, { error: 'Send the body as application/json.' });
      return true;
    }
    mintDevToken(request, secret!).then(
      (body) => answer(response, 200, body),
      (error: unknown) =>
        error instanceof InvalidIdentity ? answer(response, 400, { error: error.message }) : answer(response, 500, { error: 'The token could not be made.' }),
    );
    return true;
  };
}

/** Reads {role, schoolId?, enterpriseId?, name?} and signs a token as `npm run token` would. */
async function mintDevToken(request: IncomingMessage, secret: string) {
  const { role, schoolId, enterpriseId, name } = await readJson(request);
  // The subject is the gateway's choice, naming the role and scope; the name, when given, is the
  // person's, as an identity provider's name claim would be (audit entries show it).
  const scoped = actorFromClaims({ subject: 'dev', role, schoolId, enterpriseId, name });
  const actor = { ...scoped, subject: localSubject('dev', scoped) };
  return { token: await signLocalToken(actor, secret, DEV_TOKEN_LIFETIME) };
}

const MAX_BODY = 1024;

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of request) {
    text += chunk;
    if (text.length > MAX_BODY) throw new InvalidIdentity(`the body is longer than ${MAX_BODY} characters`);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new InvalidIdentity('the body is not JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new InvalidIdentity('the body must be a JSON object {role, schoolId?, enterpriseId?, name?}');
  return body as Record<string, unknown>;
}

function answer(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  response.end(JSON.stringify(body));
}
