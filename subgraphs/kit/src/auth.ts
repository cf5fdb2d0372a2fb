// Who is asking, as the gateway verified it, and what each role may do. Kept free of heavy
// imports: the gateway loads this file too (`@partnership/kit/auth`).
import { hash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { GraphQLError } from 'graphql';

/** PUBLIC is anonymous and read-only; the others come from a verified token. */
export const ROLES = ['PUBLIC', 'BUREAU_ADMIN', 'COLLEGE_STAFF', 'ENTERPRISE_HR'] as const;
export type Role = (typeof ROLES)[number];
/** Roles a token may carry. */
export const TOKEN_ROLES = ['BUREAU_ADMIN', 'COLLEGE_STAFF', 'ENTERPRISE_HR'] as const;

export interface Actor {
  subject: string;
  role: Role;
  /** The person's name (the token's OIDC name claim), when it has one: audit logs show it beside subject. */
  name?: string;
  /** COLLEGE_STAFF only: the school whose records they may write. */
  schoolId?: number;
  /** ENTERPRISE_HR only: the enterprise whose records they may write. */
  enterpriseId?: number;
}

export const PUBLIC_ACTOR: Actor = Object.freeze({ subject: 'anonymous', role: 'PUBLIC' });

/** Set by the gateway on every subgraph request; a distinct secret per subgraph. */
export const SUBGRAPH_SECRET_HEADER = 'x-subgraph-secret';

/**
 * Which subgraph is calling the gateway (a reference check), sent with that subgraph's own secret
 * in SUBGRAPH_SECRET_HEADER.
 */
export const SUBGRAPH_NAME_HEADER = 'x-subgraph-name';

/**
 * `primary`: read from the primary, not a replica that may lag. A client that has just written
 * sends it to the gateway, which passes it on; reference checks send it too.
 */
export const READ_FROM_HEADER = 'x-read-from';

/** The verified identity as the gateway forwards it; believed only with the right secret. */
export const ACTOR_HEADERS = {
  subject: 'x-actor-subject',
  name: 'x-actor-name',
  role: 'x-actor-role',
  schoolId: 'x-actor-school-id',
  enterpriseId: 'x-actor-enterprise-id',
} as const;

/** Claims that do not make an actor; the message names the claim. */
export class InvalidIdentity extends Error {}

function claimId(value: unknown, claim: string): number {
  const id = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) {
    throw new InvalidIdentity(`claim ${claim} must be a positive whole number`);
  }
  return id;
}

/** Builds an actor from verified claims (a JWT payload or the forwarded headers). */
export function actorFromClaims(claims: { subject?: unknown; name?: unknown; role?: unknown; schoolId?: unknown; enterpriseId?: unknown }): Actor {
  const { subject, name, role } = claims;
  if (typeof subject !== 'string' || !subject.trim() || subject.length > 200) {
    throw new InvalidIdentity('claim sub must be a non-empty string of at most 200 characters');
  }
  // Optional: identity providers send it only when configured to.
  if (name != null && (typeof name !== 'string' || name.length > 200)) {
    throw new InvalidIdentity('claim name, when present, must be a string of at most 200 characters');
  }
  if (!TOKEN_ROLES.includes(role as (typeof TOKEN_ROLES)[number])) {
    throw new InvalidIdentity(`claim role must be one of ${TOKEN_ROLES.join(', ')}`);
  }
  const actor: Actor = { subject: subject.trim(), role: role as Role };
  if (name?.trim()) actor.name = name.trim();
  if (role === 'COLLEGE_STAFF') actor.schoolId = claimId(claims.schoolId, 'schoolId');
  if (role === 'ENTERPRISE_HR') actor.enterpriseId = claimId(claims.enterpriseId, 'enterpriseId');
  return actor;
}

/** The headers that carry an actor to a subgraph; none for PUBLIC. */
export function actorHeaders(actor: Actor): Record<string, string> {
  if (actor.role === 'PUBLIC') return {};
  return {
    [ACTOR_HEADERS.subject]: encodeURIComponent(actor.subject),
    ...(actor.name != null && { [ACTOR_HEADERS.name]: encodeURIComponent(actor.name) }),
    [ACTOR_HEADERS.role]: actor.role,
    ...(actor.schoolId != null && { [ACTOR_HEADERS.schoolId]: String(actor.schoolId) }),
    ...(actor.enterpriseId != null && { [ACTOR_HEADERS.enterpriseId]: String(actor.enterpriseId) }),
  };
}

function actorFromHeaders(headers: IncomingHttpHeaders): Actor {
  const get = (name: string) => {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  if (get(ACTOR_HEADERS.role) === undefined) return PUBLIC_ACTOR;
  const decoded = (header: string) => {
    try {
      return decodeURIComponent(get(header) ?? '');
    } catch {
      throw new InvalidIdentity(`header ${header} is not URI-encoded`);
    }
  };
  return actorFromClaims({
    subject: decoded(ACTOR_HEADERS.subject),
    name: decoded(ACTOR_HEADERS.name) || undefined,
    role: get(ACTOR_HEADERS.role),
    schoolId: get(ACTOR_HEADERS.schoolId),
    enterpriseId: get(ACTOR_HEADERS.enterpriseId),
  });
}

// One-shot: a Hash object per request cost twice as much as the hashing.
const digest = (value: string) => hash('sha256', value, 'buffer');
// A process checks every request against the same secret: hash it once.
const secretDigests = new Map<string, Buffer>();
const digestOfSecret = (secret: string) => secretDigests.get(secret) ?? secretDigests.set(secret, digest(secret)).get(secret)!;

export type CallerCheck =
  | { ok: true; actor: Actor }
  | { ok: false; status: 400 | 401; body: { errors: { message: string; extensions: { code: string } }[] } };

const refuse = (status: 400 | 401, code: string, message: string): CallerCheck => ({
  ok: false,
  status,
  body: { errors: [{ message, extensions: { code } }] },
});

/**
 * The subgraph perimeter: only the gateway knows this subgraph's secret, so a request without
 * it came around the gateway and gets 401; identity headers are read only after the secret matched.
 */
export function checkCaller(headers: IncomingHttpHeaders, secret: string): CallerCheck {
  const sent = headers[SUBGRAPH_SECRET_HEADER];
  // Comparing digests keeps the comparison constant-time whatever the lengths.
  if (typeof sent !== 'string' || !timingSafeEqual(digest(sent), digestOfSecret(secret))) {
    return refuse(401, 'UNAUTHENTICATED', `This subgraph answers only the gateway: the ${SUBGRAPH_SECRET_HEADER} header is missing or wrong.`);
  }
  try {
    return { ok: true, actor: actorFromHeaders(headers) };
  } catch (error) {
    if (!(error instanceof InvalidIdentity)) throw error;
    return refuse(400, 'BAD_REQUEST', `The forwarded identity is malformed: ${error.message}.`);
  }
}

/** The scopes every subgraph's Pothos builder knows (see createSubgraphBuilder). */
export interface AuthScopes {
  bureauAdmin: boolean;
  collegeStaff: boolean;
  enterpriseHr: boolean;
  /** COLLEGE_STAFF whose schoolId claim is this school. */
  ownSchool: number;
  /** ENTERPRISE_HR whose enterpriseId claim is this enterprise. */
  ownEnterprise: number;
}

export function scopesOf(actor: Actor) {
  return {
    bureauAdmin: actor.role === 'BUREAU_ADMIN',
    collegeStaff: actor.role === 'COLLEGE_STAFF',
    enterpriseHr: actor.role === 'ENTERPRISE_HR',
    ownSchool: (schoolId: number) => actor.role === 'COLLEGE_STAFF' && actor.schoolId === schoolId,
    ownEnterprise: (enterpriseId: number) => actor.role === 'ENTERPRISE_HR' && actor.enterpriseId === enterpriseId,
  };
}

/** One requirement, in words: what a refused caller would have needed. */
export function describeScope(scope: string, parameter?: unknown): string {
  switch (scope) {
    case 'bureauAdmin':
      return 'role BUREAU_ADMIN';
    case 'collegeStaff':
      return 'role COLLEGE_STAFF';
    case 'enterpriseHr':
      return 'role ENTERPRISE_HR';
    case 'ownSchool':
      return `role COLLEGE_STAFF with schoolId ${parameter}`;
    case 'ownEnterprise':
      return `role ENTERPRISE_HR with enterpriseId ${parameter}`;
    default:
      return scope;
  }
}

function describeActor(actor: Actor): string {
  if (actor.schoolId != null) return `${actor.role} with schoolId ${actor.schoolId}`;
  if (actor.enterpriseId != null) return `${actor.role} with enterpriseId ${actor.enterpriseId}`;
  return actor.role;
}

/**
 * The error for a refused field: UNAUTHENTICATED when there is no token (a token would help),
 * FORBIDDEN otherwise. The message names the field, what it needs and who asked.
 */
export function refusal(actor: Actor, field: string, needs: string, rule = 'role'): GraphQLError {
  if (actor.role === 'PUBLIC') {
    return new GraphQLError(`${field} needs ${needs}; the request has no token (PUBLIC is read-only).`, {
      extensions: { code: 'UNAUTHENTICATED', field, rule },
    });
  }
  return new GraphQLError(`${field} needs ${needs}; the token is ${describeActor(actor)}.`, {
    extensions: { code: 'FORBIDDEN', field, rule },
  });
}

/** Checks a record-level rule inside a mutation (e.g. the record's school is the caller's). */
export function authorize(actor: Actor, field: string, scope: 'ownSchool' | 'ownEnterprise', owner: number): void {
  if (!scopesOf(actor)[scope](owner)) throw refusal(actor, field, describeScope(scope, owner), scope);
}
