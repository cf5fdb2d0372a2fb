// How this gateway signs people in (GET /auth/config), and development's one-click tokens.
import { useEffect, useState } from 'react';
import type { EditorRole } from './session.ts';

export type SignInConfig =
  | { mode: 'local'; devTokens: boolean }
  | { mode: 'oidc'; issuer: string; clientId: string; scope: string; resource?: string };

let loaded: Promise<SignInConfig> | undefined;

/** Asked once per page. A gateway too old to answer still takes pasted tokens. */
export function signInConfig(): Promise<SignInConfig> {
  loaded ??= fetch('/auth/config').then((response) => (response.ok ? response.json() : { mode: 'local', devTokens: false }));
  return loaded;
}

/** The sign-in config, or undefined while it loads. */
export function useSignInConfig(): SignInConfig | undefined {
  const [config, setConfig] = useState<SignInConfig>();
  useEffect(() => {
    let live = true;
    signInConfig().then((c) => live && setConfig(c));
    return () => {
      live = false;
    };
  }, []);
  return config;
}

export interface DevTokenRequest {
  role: EditorRole;
  schoolId?: number;
  enterpriseId?: number;
  /** Whose session it is, shown in the header and the audit trail; none: the role alone. */
  name?: string;
}

/** A short-lived local token for a role, minted by a development gateway. */
export async function devToken(request: DevTokenRequest): Promise<string> {
  const response = await fetch('/auth/dev-token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error);
  return body.token;
}
