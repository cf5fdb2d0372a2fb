import { describe, expect, it } from 'vitest';
import { subgraphCalls } from './subgraph-calls.ts';

const SECRETS = { 'master-studios': 'a'.repeat(64), 'pay-policies': 'b'.repeat(64) };
const isSubgraphCall = subgraphCalls(SECRETS);
const request = (headers: Record<string, string>) => new Request('http://gateway.test/graphql', { method: 'POST', headers });

describe("a subgraph's own call", () => {
  it('is recognised by its name and its own secret', () => {
    expect(isSubgraphCall(request({ 'x-subgraph-name': 'master-studios', 'x-subgraph-secret': SECRETS['master-studios'] }))).toBe(true);
  });

  it.each([
    ['another subgraph’s secret', { 'x-subgraph-name': 'master-studios', 'x-subgraph-secret': SECRETS['pay-policies'] }],
    ['a wrong secret', { 'x-subgraph-name': 'pay-policies', 'x-subgraph-secret': 'b'.repeat(63) }],
    ['a secret of another length', { 'x-subgraph-name': 'pay-policies', 'x-subgraph-secret': 'guess' }],
    ['an unknown name', { 'x-subgraph-name': 'payroll', 'x-subgraph-secret': SECRETS['pay-policies'] }],
    ['no name', { 'x-subgraph-secret': SECRETS['pay-policies'] }],
    ['no secret', { 'x-subgraph-name': 'pay-policies' }],
    ['a token beside the right pair', { 'x-subgraph-name': 'pay-policies', 'x-subgraph-secret': SECRETS['pay-policies'], authorization: 'Bearer x' }],
  ])('is not recognised with %s', (_case, headers) => {
    expect(isSubgraphCall(request(headers))).toBe(false);
  });

  it('answers the same for the same request', () => {
    const call = request({ 'x-subgraph-name': 'pay-policies', 'x-subgraph-secret': SECRETS['pay-policies'] });
    expect([isSubgraphCall(call), isSubgraphCall(call)]).toEqual([true, true]);
  });
});
