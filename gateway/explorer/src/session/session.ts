// Who is signed in: a bearer token the gateway verifies (a local HS256 token in development, the
// identity provider's token in production). Kept for the browser tab only (sessionStorage).
import { useSyncExternalStore } from 'react';
import { SESSION_STORAGE_KEY } from './storage-key.ts';

export type EditorRole = 'BUREAU_ADMIN' | 'COLLEGE_STAFF' | 'ENTERPRISE_HR';

export interface Session {
  token: string;
  subject: string;
  /** The name claim, when the identity provider sends one: shown instead of subject. */
  name?: string;
  role: EditorRole;
  schoolId?: number;
  enterpriseId?: number;
  /** Seconds since the epoch, from the exp claim. */
  expires?: number;
}

const ROLES: EditorRole[] = ['BUREAU_ADMIN', 'COLLEGE_STAFF', 'ENTERPRISE_HR'];

/** Raised when pasted text is not a token with the claims the gateway needs; the message is a translation key. */
export class UnusableToken extends Error {}

/**
 * Reads the claims of a token to decide what to show. The signature is the gateway's business:
 * a forged token shows edit screens whose writes the gateway then refuses.
 */
export function readToken(token: string): Session {
  const parts = token.trim().split('.');
  if (parts.length !== 3) throw new UnusableToken('session.notAToken');
  let claims: Record<string, unknown>;
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    claims = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new UnusableToken('session.notAToken');
  }
  const { sub, name, role, schoolId, enterpriseId, exp } = claims;
  if (typeof sub !== 'string' || !ROLES.includes(role as EditorRole)) throw new UnusableToken('session.noRole');
  if (typeof exp === 'number' && exp * 1000 <= Date.now()) throw new UnusableToken('session.expired');
  return {
    token: token.trim(),
    subject: sub,
    ...(typeof name === 'string' && name.trim() && { name: name.trim() }),
    role: role as EditorRole,
    ...(schoolId != null && { schoolId: Number(schoolId) }),
    ...(enterpriseId != null && { enterpriseId: Number(enterpriseId) }),
    ...(typeof exp === 'number' && { expires: exp }),
  };
}

const listeners = new Set<() => void>();
/** Why the last session ended without the person signing out (a translation key), shown until the next sign-in. */
let notice: string | undefined;
let expiry: ReturnType<typeof setTimeout> | undefined;
let current: Session | null = restore();

function restore(): Session | null {
  const saved = sessionStorage.getItem(SESSION_STORAGE_KEY);
  if (!saved) return null;
  try {
    return started(readToken(saved));
  } catch (error) {
    sessionStorage.removeItem(SESSION_STORAGE_KEY);
    if (error instanceof UnusableToken && error.message === 'session.expired') notice = 'session.expiredNotice';
    return null;
  }
}

/** Signs out by itself when the token expires (setTimeout holds at most about 24 days). */
function started(session: Session): Session {
  clearTimeout(expiry);
  if (session.expires) expiry = setTimeout(() => end('session.expiredNotice'), Math.min(session.expires * 1000 - Date.now(), 2 ** 31 - 1));
  return session;
}

function changed() {
  listeners.forEach((listener) => listener());
}

/** Signs in with a token the gateway accepts: pasted, minted in development, or the identity provider's. */
export function signIn(token: string): Session {
  current = started(readToken(token));
  notice = undefined;
  sessionStorage.setItem(SESSION_STORAGE_KEY, current.token);
  changed();
  return current;
}

/** Forgets the token; `reason` (a translation key) tells the person why when they did not ask. */
export function end(reason?: string): void {
  clearTimeout(expiry);
  current = null;
  notice = reason;
  sessionStorage.removeItem(SESSION_STORAGE_KEY);
  changed();
}

export const signOut = () => end();

/** Shown while signed out: why the last session ended, or a sign-in that did not succeed. */
export function setNotice(key: string | undefined): void {
  notice = key;
  changed();
}

export const currentSession = () => current;

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The signed-in editor, or null for a PUBLIC visitor; re-renders on sign-in and sign-out. */
export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, currentSession);
}

/** Why the person is signed out when they did not ask to be (a translation key), if so. */
export function useNotice(): string | undefined {
  return useSyncExternalStore(subscribe, () => notice);
}

/** What each role may do in the explorer, mirroring the API's rules (subgraphs/kit/src/auth.ts). */
export const may = {
  readAudit: (s: Session | null) => s?.role === 'BUREAU_ADMIN',
  editStudios: (s: Session | null) => s?.role === 'BUREAU_ADMIN',
  editEnterprises: (s: Session | null) => s?.role === 'BUREAU_ADMIN',
  editPayPolicies: (s: Session | null, enterpriseId: number) => s?.role === 'ENTERPRISE_HR' && s.enterpriseId === enterpriseId,
  editClasses: (s: Session | null, schoolId: number) => s?.role === 'COLLEGE_STAFF' && s.schoolId === schoolId,
};
