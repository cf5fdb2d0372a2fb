import { describe, expect, it } from 'vitest';
import { DEFAULT_SUBGRAPH_TIMEOUT_MS, subgraphTimeoutsFromEnv } from './timeouts.ts';

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
