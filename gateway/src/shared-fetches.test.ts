import { parse, type OperationTypeNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { inFlightSharing } from './shared-fetches.ts';

const STUDIO = parse('query Studio($id: ID!) { masterStudio(id: $id) { name hostEnterprise { id } } }');

/** A subgraph executor that answers when told to, and counts its fetches. */
function heldExecutor() {
  const pending: { resolve: (value: unknown) => void; reject: (error: unknown) => void }[] = [];
  const executor = () => new Promise((resolve, reject) => pending.push({ resolve, reject }));
  return { executor, pending };
}

const request = (variables: Record<string, unknown>, headers?: Record<string, string>, operationType = 'query' as OperationTypeNode) =>
  ({ document: STUDIO, operationName: 'Studio', variables, operationType, ...(headers && { extensions: { headers } }) }) as never;

const answer = () => ({ data: { masterStudio: { name: '陆立军大师工作室', hostEnterprise: { id: '3' } } } });

describe('in-flight sharing', () => {
  it('makes one fetch for identical queries in flight, and gives each caller an answer of its own', async () => {
    const { executor, pending } = heldExecutor();
    const shared = inFlightSharing()('master-studios', executor as never);
    const callers = [shared(request({ id: '1' })), shared(request({ id: '1' })), shared(request({ id: '1' }))];
    expect(pending).toHaveLength(1);
    const result = answer();
    pending[0].resolve(result);
    const [first, second, third] = (await Promise.all(callers)) as ReturnType<typeof answer>[];
    // The first caller gets the answer as fetched; the others copies, so that what the planner
    // merges into one caller's answer never shows in another's.
    expect(first).toBe(result);
    first.data.masterStudio.hostEnterprise.id = 'merged into the first';
    expect(second).toEqual(answer());
    expect(third).toEqual(answer());
    expect(second.data).not.toBe(third.data);
  });

  it('does not copy an answer no one shared, and fetches afresh once it has come', async () => {
    const { executor, pending } = heldExecutor();
    const shared = inFlightSharing()('master-studios', executor as never);
    const caller = shared(request({ id: '1' }));
    const result = answer();
    pending[0].resolve(result);
    expect(await caller).toBe(result);
    shared(request({ id: '1' }));
    expect(pending).toHaveLength(2);
  });

  it('keeps apart different variables, callers, subgraphs and every mutation', () => {
    const { executor, pending } = heldExecutor();
    const sharing = inFlightSharing();
    const masterStudios = sharing('master-studios', executor as never);
    masterStudios(request({ id: '1' }));
    masterStudios(request({ id: '2' }));
    masterStudios(request({ id: '1' }, { 'x-actor-subject': 'bureau-a', 'x-actor-role': 'BUREAU_ADMIN' }));
    masterStudios(request({ id: '1' }, { 'x-actor-subject': 'bureau-b', 'x-actor-role': 'BUREAU_ADMIN' }));
    masterStudios(request({ id: '1' }, { 'x-read-from': 'primary' }));
    sharing('pay-policies', executor as never)(request({ id: '1' }));
    masterStudios(request({ id: '1' }, undefined, 'mutation' as OperationTypeNode));
    masterStudios(request({ id: '1' }, undefined, 'mutation' as OperationTypeNode));
    expect(pending).toHaveLength(8);
  });

  it('gives every caller of a failed fetch its error, and fetches afresh once it has settled', async () => {
    const { executor, pending } = heldExecutor();
    const shared = inFlightSharing()('master-studios', executor as never);
    const callers = [shared(request({ id: '1' })), shared(request({ id: '1' }))];
    pending[0].reject(new Error('connection refused'));
    for (const caller of callers) await expect(caller).rejects.toThrow('connection refused');

    const next = shared(request({ id: '1' }));
    expect(pending).toHaveLength(2);
    pending[1].resolve(answer());
    expect(await next).toEqual(answer());
  });
});
