// Who is asking: the gateway verifies the bearer token (jose) and forwards the verified identity,
// with each subgraph's own shared secret, on every subgraph fetch. Subgraphs believe nothing else.
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { type Actor, actorFromClaims, actorHeaders, InvalidIdentity, PUBLIC_ACTOR } from '@partnership/kit/auth';
import { checkSecretsApart, jwtSecret, subgraphSecret, subgraphSecretVariable } from '@partnership/kit/secrets';
import type { IncomingMessage } from 'node:http';
import type { GraphQLError } from 'graphql';
import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify, SignJWT } from 'jose';
import { ENV } from '@partnership/kit/config';

export interface AuthOptions {
  /** HS256 key for local tokens (JWT_SECRET); ignored when jwksUrl is set. */
  secret?: string;
  /** Production: the identity provider's JWKS (asymmetric keys only). */
  jwksUrl?: string;
  /** When set, tokens must carry this iss / aud. */
  issuer?: string;
  audience?: string;
  /** Subgraph name -> the secret it expects in x-subgraph-secret. */
  subgraphSecrets: Record<string, string>;
}

/** JWKS_URL (with JWT_ISSUER, JWT_AUDIENCE) in production, else HS256 with JWT_SECRET; in production every secret strong and its own. */
export function authFromEnv(subgraphNames: string[], env: NodeJS.ProcessEnv = process.env): AuthOptions {
  const jwksUrl = env[ENV.jwksUrl] || undefined;
  checkSecretsApart([...(jwksUrl ? [] : [ENV.jwtSecret]), ...subgraphNames.map(subgraphSecretVariable)], env);
  return {
    jwksUrl,
    secret: jwksUrl ? undefined : jwtSecret(env),
    issuer: env[ENV.jwtIssuer] || undefined,
    audience: env[ENV.jwtAudience] || undefined,
    subgraphSecrets: Object.fromEntries(subgraphNames.map((name) => [name, subgraphSecret(name, env)])),
  };
}

const ASYMMETRIC = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'EdDSA'];

/** Why a token was refused, in words a client developer can act on. */
function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'it has expired';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'its signature does not verify';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'its signing algorithm is not accepted';
  if (error instanceof errors.JWTClaimValidationFailed) return `claim ${error.claim} ${error.reason === 'missing' ? 'is missing' : 'is not valid'}`;
  if (error instanceof errors.JWKSNoMatchingKey) return 'no key of the identity provider matches it';
  if (error instanceof InvalidIdentity) return error.message;
  return 'it is not a well-formed JWT';
}

/** Verifies `Authorization: Bearer <token>` and returns the actor in it. */
export function tokenVerifier(options: Pick<AuthOptions, 'secret' | 'jwksUrl' | 'issuer' | 'audience'>) {
  const checks = { issuer: options.issuer, audience: options.audience, requiredClaims: ['sub', 'exp'] };
  let verify: (token: string) => Promise<{ payload: JWTPayload }>;
  if (options.jwksUrl) {
    const keys = createRemoteJWKSet(new URL(options.jwksUrl));
    verify = (token) => jwtVerify(token, keys, { ...checks, algorithms: ASYMMETRIC });
  } else {
    if (!options.secret) throw new Error('Token verification needs JWT_SECRET or JWKS_URL.');
    const key = new TextEncoder().encode(options.secret);
    verify = (token) => jwtVerify(token, key, { ...checks, algorithms: ['HS256'] });
  }
  // A client sends one token for many requests: verify it once, and keep it until it expires.
  const verified = new Map<string, { actor: Actor; expiresAt: number }>();
  const verifyAndKeep = async (token: string): Promise<Actor> => {
    const { payload } = await verify(token);
    const actor = actorFromClaims({ subject: payload.sub, name: payload.name, role: payload.role, schoolId: payload.schoolId, enterpriseId: payload.enterpriseId });
    if (verified.size >= VERIFIED_TOKENS) verified.delete(verified.keys().next().value!);
    verified.set(token, { actor, expiresAt: payload.exp! * 1000 });
    return actor;
  };
  // A kept token's actor comes back at once, not in a promise: see actorAuth's onRequest.
  return (token: string): Actor | Promise<Actor> => {
    const known = verified.get(token);
    if (known && known.expiresAt > Date.now()) return known.actor;
    if (known) verified.delete(token);
    return verifyAndKeep(token);
  };
}

/** Verified tokens kept; the oldest is dropped past this many. */
const VERIFIED_TOKENS = 10_000;

// The verified caller of each request, for the plugins that key on identity (the response cache).
const actors = new WeakMap<Request, Actor>();

/** Who sent a request: the verified actor, or PUBLIC. */
export const actorOf = (request: Request): Actor => actors.get(request) ?? PUBLIC_ACTOR;

// Computed once per actor: the same actor object comes back for every request with its token.
const headersOf = new WeakMap<Actor, Record<string, string>>();
function forwardedHeaders(actor: Actor) {
  let headers = headersOf.get(actor);
  if (!headers) headersOf.set(actor, (headers = actorHeaders(actor)));
  return headers;
}

/** The headers that tell a subgraph who asks; none for PUBLIC. */
export function identityHeadersOf(request: Request): Record<string, string> | undefined {
  const actor = actorOf(request);
  return actor === PUBLIC_ACTOR ? undefined : forwardedHeaders(actor);
}

function unauthorized(fetchAPI: { Response: typeof Response }, reason: string) {
  const message = `The bearer token was refused: ${reason}. Send a valid token, or none to read as PUBLIC.`;
  return new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] }), {
    status: 401,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'www-authenticate': `Bearer error="invalid_token", error_description="${reason.replaceAll('"', "'")}"`,
    },
  });
}

/** A refusal in answer to the whole request, as the GraphQL error says (its HTTP status and headers). */
function refusal(fetchAPI: { Response: typeof Response }, error: GraphQLError) {
  const { http, ...extensions } = error.extensions as { http: { status: number; headers?: Record<string, string> } };
  return new fetchAPI.Response(JSON.stringify({ errors: [{ message: error.message, extensions }] }), {
    status: http.status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...http.headers },
  });
}

/** Counts a refused token against its sender; an error to answer with instead of the 401 once too many. */
export type RefusedTokenLimit = (request: Request, req: IncomingMessage | undefined) => GraphQLError | undefined;

/**
 * The gateway's half of the perimeter: a request without a token is PUBLIC; a bad token is
 * refused with 401 before anything runs. Every subgraph request carries the verified actor
 * (identityHeadersOf) and never the client's own identity headers, and every fetch its subgraph's
 * secret: request-hooks.ts sets both, and runs this onRequest.
 */
export function actorAuth(options: AuthOptions, refusedTokenLimit?: RefusedTokenLimit): Required<Pick<GatewayPlugin, 'onRequest'>> {
  const verify = tokenVerifier(options);
  return {
    // Not async: a hook that returns a promise makes Yoga run the rest of the request's hooks
    // through promises and microtasks. Only a token not verified before waits for jose.
    onRequest({ request, serverContext, fetchAPI, endResponse }) {
      const header = request.headers.get('authorization');
      if (!header) return;
      const [scheme, token, ...rest] = header.trim().split(/\s+/);
      if (scheme.toLowerCase() !== 'bearer' || !token || rest.length) {
        return endResponse(unauthorized(fetchAPI, 'the Authorization header must be "Bearer <token>"'));
      }
      const actor = verify(token);
      if (!(actor instanceof Promise)) return void actors.set(request, actor);
      return actor.then(
        (verified) => void actors.set(request, verified),
        (error: unknown) => {
          const limited = refusedTokenLimit?.(request, (serverContext as { req?: IncomingMessage }).req);
          endResponse(limited ? refusal(fetchAPI, limited) : unauthorized(fetchAPI, reasonOf(error)));
        },
      );
    },
  };
}

export interface LocalTokenClaims {
  subject: string;
  /** The holder's name, as an identity provider's name claim carries it. */
  name?: string;
  role: Actor['role'];
  schoolId?: number;
  enterpriseId?: number;
}

/**
 * The sub claim of a token the gateway signs itself (`npm run token`: `local`, the explorer's
 * development sign-in: `dev`): the role, its school or enterprise, then who holds it. Tokens for
 * different scopes or people never share one, so neither do their idempotency keys and audit rows.
 */
export function localSubject(issuer: 'local' | 'dev', { role, schoolId, enterpriseId }: Omit<LocalTokenClaims, 'subject'>, holder?: string): string {
  const scope = schoolId != null ? `school-${schoolId}` : enterpriseId != null ? `enterprise-${enterpriseId}` : undefined;
  return [issuer, role.toLowerCase(), scope, holder?.trim()].filter(Boolean).join(':');
}

/** Signs an HS256 token as `npm run token` prints it; tests use it too. */
export async function signLocalToken(claims: LocalTokenClaims, secret: string, expiresIn: string | number = '8h'): Promise<string> {
  const payload: JWTPayload = { role: claims.role };
  if (claims.name != null) payload.name = claims.name;
  if (claims.schoolId != null) payload.schoolId = claims.schoolId;
  if (claims.enterpriseId != null) payload.enterpriseId = claims.enterpriseId;
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.subject)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}
