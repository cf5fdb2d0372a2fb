import { defaultBuildResponseCacheKey } from '@envelop/response-cache';
import { describe, expect, it } from 'vitest';
import { requestHash } from './response-cache.ts';

const request = (overrides: Partial<Parameters<typeof requestHash>[0]> = {}) => ({
  documentString: 'query Studio($id: ID!) { masterStudio(id: $id) { name } }',
  operationName: 'Studio',
  variableValues: { id: '7', levels: ['CITY', 'NATIONAL'] },
  sessionId: 'PUBLIC:',
  context: {},
  ...overrides,
});

describe('requestHash', () => {
  it("is @envelop/response-cache's default key, so entries stored by either are found by both", async () => {
    for (const params of [
      request(),
      request({ operationName: undefined, sessionId: null }),
      request({ variableValues: undefined }),
      request({ documentString: '{ 工作室: masterStudios { totalCount } }', sessionId: 'ENTERPRISE_HR:杭州电装' }),
    ]) {
      expect(requestHash(params)).toBe(await defaultBuildResponseCacheKey(params));
    }
  });

  it('keys variables by value, not by the order a client wrote them in', () => {
    expect(requestHash(request({ variableValues: { levels: ['CITY', 'NATIONAL'], id: '7' } }))).toBe(requestHash(request()));
  });

  it('differs with the document, the operation, any variable and the session', () => {
    const keys = [
      request(),
      request({ documentString: 'query Studio($id: ID!) { masterStudio(id: $id) { name level } }' }),
      request({ operationName: 'Other' }),
      request({ variableValues: { id: '8', levels: ['CITY', 'NATIONAL'] } }),
      request({ variableValues: { id: '7', levels: ['NATIONAL', 'CITY'] } }),
      request({ sessionId: 'COLLEGE_STAFF:a' }),
    ].map(requestHash);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
