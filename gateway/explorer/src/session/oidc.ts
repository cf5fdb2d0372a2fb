// Sign-in through the identity provider: OpenID Connect's authorization-code flow with PKCE, as a
// public client (no secret in a browser), with oauth4webapi. The access token is the bearer token.
import * as oauth from 'oauth4webapi';
import type { SignInConfig } from './sign-in-config.ts';
import { setNotice, signIn, UnusableToken } from './session.ts';

type Oidc = Extract<SignInConfig, { mode: 'oidc' }>;

/** What the tab keeps across the trip to the provider and back. */
const PENDING_KEY = 'partnership.oidc-pending';

interface Pending {
  state: string;
  codeVerifier: string;
  /** The explorer page to come back to (its hash route). */
  returnTo: string;
  config: Oidc;
}

// Plain http only for a provider on this machine (development and tests).
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const httpOptions = (issuer: URL) => ({ [oauth.allowInsecureRequests]: LOOPBACK.has(issuer.hostname) });

/** The explorer's own address, registered with the provider as the client's redirect URI. */
const redirectUri = () => `${location.origin}${location.pathname}`;

async function discover(config: Oidc) {
  const issuer = new URL(config.issuer);
  const response = await oauth.discoveryRequest(issuer, httpOptions(issuer));
  return oauth.processDiscoveryResponse(issuer, response);
}

/** Leaves for the provider's login page; it sends the browser back to the explorer with a code. */
export async function startOidcSignIn(config: Oidc): Promise<void> {
  const server = await discover(config);
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const pending: Pending = { state, codeVerifier, returnTo: location.hash, config };
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  const url = new URL(server.authorization_endpoint!);
  url.search = new URLSearchParams({
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    response_type: 'code',
    scope: config.scope,
    state,
    code_challenge: await oauth.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    ...(config.resource && { resource: config.resource }),
  }).toString();
  location.assign(url);
}

/**
 * On the page the provider sent the browser back to: exchanges the code for tokens and signs in
 * with the access token. Does nothing on any other page load. A failure is shown as a notice.
 */
export async function finishOidcSignIn(): Promise<void> {
  const saved = sessionStorage.getItem(PENDING_KEY);
  const params = new URLSearchParams(location.search);
  if (!saved || !params.has('state')) return;
  sessionStorage.removeItem(PENDING_KEY);
  const pending: Pending = JSON.parse(saved);
  // The code and state leave the address bar at once: a reload must not replay them.
  const callback = new URL(location.href);
  history.replaceState(null, '', `${location.pathname}${pending.returnTo}`);
  try {
    const server = await discover(pending.config);
    const client: oauth.Client = { client_id: pending.config.clientId };
    const code = oauth.validateAuthResponse(server, client, callback, pending.state);
    const response = await oauth.authorizationCodeGrantRequest(server, client, oauth.None(), code, redirectUri(), pending.codeVerifier, {
      ...httpOptions(new URL(pending.config.issuer)),
      ...(pending.config.resource && { additionalParameters: { resource: pending.config.resource } }),
    });
    const tokens = await oauth.processAuthorizationCodeResponse(server, client, response);
    signIn(tokens.access_token);
  } catch (error) {
    console.warn('Sign-in through the identity provider failed:', error);
    setNotice(error instanceof UnusableToken ? error.message : 'session.providerFailed');
  }
}
