import { ENV, registryEnv } from '@partnership/kit/config';

/** How long the gateway waits for one subgraph fetch. @default 5000 ms */
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 5_000;

/** MASTER_STUDIOS_TIMEOUT_MS for master-studios: one subgraph's own timeout. */
export const subgraphTimeoutVariable = (name: string) => registryEnv(name).timeoutMs;

function parseMs(variable: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 1) {
    throw new Error(`${variable} must be a positive whole number of milliseconds, got "${value}".`);
  }
  return ms;
}

/**
 * Per-subgraph timeouts from the environment: GATEWAY_SUBGRAPH_TIMEOUT_MS for all,
 * <SUBGRAPH>_TIMEOUT_MS for one. Throws at start on a malformed value.
 */
export function subgraphTimeoutsFromEnv(names: string[], env = process.env) {
  const fallback = parseMs(ENV.subgraphTimeoutMs, env[ENV.subgraphTimeoutMs]) ?? DEFAULT_SUBGRAPH_TIMEOUT_MS;
  const bySubgraph = Object.fromEntries(
    names.map((name) => [name, parseMs(subgraphTimeoutVariable(name), env[subgraphTimeoutVariable(name)]) ?? fallback]),
  );
  return { default: fallback, bySubgraph };
}

export type SubgraphTimeouts = ReturnType<typeof subgraphTimeoutsFromEnv>;
