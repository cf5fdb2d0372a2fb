import { describe, expect, it } from 'vitest';
import { DEFAULT_SUBGRAPH_TIMEOUT_MS, subgraphTimeouts, subgraphTimeoutsFromEnv } from './timeouts.ts';

describe('subgraphTimeoutsFromEnv', () => {
  const names = ['master-studios', 'pay-policies'];

  it('gives every subgraph the default, and one its own when set', () => {
    expect(subgraphTimeoutsFromEnv(names, {})).toEqual({
      default: DEFAULT_SUBGRAPH_TIMEOUT_MS,
      bySubgraph: { 'master-studios': DEFAULT_SUBGRAPH_TIMEOUT_MS, 'pay-policies': DEFAULT_SUBGRAPH_TIMEOUT_MS },
    });
    expect(subgraphTimeoutsFromEnv(names, { GATEWAY_SUBGRAPH_TIMEOUT_MS: '3000', PAY_POLICIES_TIMEOUT_MS: '800' }).bySubgraph).toEqual({
      'master-studios': 3000,
      'pay-policies': 800,
    });
  });

  it.each(['0', '-5', '1.5', 'soon'])('refuses %j, naming the variable', (value) => {
    expect(() => subgraphTimeoutsFromEnv(names, { MASTER_STUDIOS_TIMEOUT_MS: value })).toThrow(
      /MASTER_STUDIOS_TIMEOUT_MS must be a positive whole number of milliseconds/,
    );
  });
});

describe('subgraphTimeouts', () => {
  const url = 'http://127.0.0.1:1/graphql';

  it("gives a request's fetches one signal, aborted when the executor's own signal is", () => {
    const { fetchSignal } = subgraphTimeouts(() => 60_000, { 'master-studios': url });
    const executor = new AbortController();
    const request = new Request(url);
    const first = fetchSignal(url, request, executor.signal)!;
    expect(fetchSignal(url, request, executor.signal)).toBe(first);
    const other = fetchSignal(url, new Request(url), executor.signal)!;
    expect(other).not.toBe(first);
    executor.abort(new Error('gateway disposed'));
    expect(first.aborted && other.aborted).toBe(true);
    expect(first.reason).toEqual(new Error('gateway disposed'));
  });

  it("leaves a finished request's signal alone when the executor's is aborted later", () => {
    const { onResponse, fetchSignal } = subgraphTimeouts(() => 60_000, { 'master-studios': url });
    const executor = new AbortController();
    const request = new Request(url);
    const signal = fetchSignal(url, request, executor.signal)!;
    (onResponse as unknown as (payload: object) => void)({ request });
    executor.abort();
    expect(signal.aborted).toBe(false);
  });

  it("leaves a fetch to another URL under the executor's signal", () => {
    const { fetchSignal } = subgraphTimeouts(() => 60_000, { 'master-studios': url });
    const executor = new AbortController();
    expect(fetchSignal('http://127.0.0.1:2/jwks', new Request(url), executor.signal)).toBe(executor.signal);
  });
});
