import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LocalTokenClaims } from '@partnership/gateway';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { errors } from 'oidc-provider';

/** Who may sign in at the provider (the login name is the subject), with the claims the graph reads. */
export type Accounts = Record<string, Omit<LocalTokenClaims, 'subject'>>;

export interface IdentityProvider {
  issuer: string;
  jwksUrl: string;
  clientId: string;
  scope: string;
  /** The resource indicator the access tokens are issued for: the gateway's audience. */
  resource: string;
  /** Registers the explorer's address as the client's redirect URI and starts answering. */
  admit(redirectUri: string): void;
  stop(): Promise<void>;
}

const CLIENT_ID = 'partnership-explorer';
const RESOURCE = 'https://graph.partnership.test';
const SCOPE = 'openid graph';

/**
 * A real OpenID provider (panva's oidc-provider) in the test process, on port 0: the explorer as a
 * public client with PKCE, access tokens as RS256 JWTs for the graph carrying each account's role
 * claims, and the package's own development login and consent pages. Its address is known at
 * once (the gateway needs its JWKS URL); it answers once `admit` names the explorer's address.
 */
export async function startIdentityProvider(accounts: Accounts): Promise<IdentityProvider> {
  let answer: (request: IncomingMessage, response: ServerResponse) => unknown = (_request, response) => response.writeHead(503).end();
  const server = createServer((request, response) => answer(request, response)).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: 'test-key' };

  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    clientId: CLIENT_ID,
    scope: SCOPE,
    resource: RESOURCE,
    admit(redirectUri) {
      const provider = new Provider(issuer, {
        clients: [{ client_id: CLIENT_ID, token_endpoint_auth_method: 'none', redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'] }],
        jwks: { keys: [signingKey] },
        cookies: { keys: ['identity-provider-test-cookie-key'] },
        ttl: { AccessToken: 600, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
        // The explorer's token request comes from its own origin, the redirect URI's.
        clientBasedCORS: (_ctx, origin) => origin === new URL(redirectUri).origin,
        findAccount: (_ctx, id) => (accounts[id] ? { accountId: id, claims: () => ({ sub: id }) } : undefined),
        extraTokenClaims: (_ctx, token) => ('accountId' in token && accounts[token.accountId as string]) || undefined,
        features: {
          devInteractions: { enabled: true },
          resourceIndicators: {
            enabled: true,
            defaultResource: () => RESOURCE,
            useGrantedResource: () => true,
            getResourceServerInfo: (_ctx, indicator) => {
              if (indicator !== RESOURCE) throw new errors.InvalidTarget();
              return { scope: 'graph', audience: RESOURCE, accessTokenFormat: 'jwt', accessTokenTTL: 600, jwt: { sign: { alg: 'RS256' } } };
            },
          },
        },
      });
      answer = provider.callback();
    },
    stop() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
