import { describe, expect, it } from 'vitest';
import { actorFromClaims, actorHeaders, authorize, checkCaller, PUBLIC_ACTOR, SUBGRAPH_SECRET_HEADER } from './auth.ts';

const SECRET = 's'.repeat(64);
const withSecret = (headers: Record<string, string> = {}) => ({ [SUBGRAPH_SECRET_HEADER]: SECRET, ...headers });

describe('checkCaller', () => {
  it('refuses a request without the secret, or with another one, with 401', () => {
    for (const headers of [{}, { [SUBGRAPH_SECRET_HEADER]: 'guess' }, { [SUBGRAPH_SECRET_HEADER]: `${SECRET}x` }]) {
      const check = checkCaller(headers, SECRET);
      expect(check).toMatchObject({ ok: false, status: 401, body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] } });
    }
  });

  it('reads no identity headers before the secret matched', () => {
    const forged = { 'x-actor-role': 'BUREAU_ADMIN', 'x-actor-subject': 'mallory' };
    expect(checkCaller(forged, SECRET).ok).toBe(false);
  });

  it('is PUBLIC with the secret and no identity, and carries what actorHeaders wrote', () => {
    expect(checkCaller(withSecret(), SECRET)).toEqual({ ok: true, actor: PUBLIC_ACTOR });
    const staff = { subject: '李 伟', role: 'COLLEGE_STAFF' as const, schoolId: 2 };
    expect(checkCaller(withSecret(actorHeaders(staff)), SECRET)).toEqual({ ok: true, actor: staff });
  });

  it("carries the person's name, in any script, when the token had one", () => {
    const named = { subject: 'oidc|8f3a', name: '李伟 Li Wei', role: 'BUREAU_ADMIN' as const };
    expect(checkCaller(withSecret(actorHeaders(named)), SECRET)).toEqual({ ok: true, actor: named });
    expect(actorHeaders({ subject: 'x', role: 'BUREAU_ADMIN' })).not.toHaveProperty('x-actor-name');
  });

  it('answers 400 for a malformed forwarded identity, naming the claim', () => {
    const check = checkCaller(withSecret({ 'x-actor-role': 'ENTERPRISE_HR', 'x-actor-subject': 'hr' }), SECRET);
    expect(check).toMatchObject({ ok: false, status: 400 });
    expect(JSON.stringify(check)).toMatch(/claim enterpriseId must be a positive whole number/);
  });
});

describe('actorFromClaims', () => {
  it('keeps a name claim trimmed, drops an empty one, and refuses one that is not a short string', () => {
    const claims = { subject: 'oidc|8f3a', role: 'BUREAU_ADMIN' };
    expect(actorFromClaims({ ...claims, name: ' 李伟 ' }).name).toBe('李伟');
    expect(actorFromClaims({ ...claims, name: '  ' })).not.toHaveProperty('name');
    expect(actorFromClaims({ ...claims, name: null })).not.toHaveProperty('name');
    for (const name of [42, ['李伟'], 'x'.repeat(201)]) {
      expect(() => actorFromClaims({ ...claims, name })).toThrow('claim name, when present, must be a string of at most 200 characters');
    }
  });
});

describe('authorize', () => {
  it('lets staff write their own school only, and says what was needed', () => {
    const staff = { subject: 's', role: 'COLLEGE_STAFF' as const, schoolId: 1 };
    expect(() => authorize(staff, 'updateMajor', 'ownSchool', 1)).not.toThrow();
    expect(() => authorize(staff, 'updateMajor', 'ownSchool', 2)).toThrow(
      'updateMajor needs role COLLEGE_STAFF with schoolId 2; the token is COLLEGE_STAFF with schoolId 1.',
    );
    expect(() => authorize(PUBLIC_ACTOR, 'updateMajor', 'ownSchool', 2)).toThrow(/PUBLIC is read-only/);
  });
});
