import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '@graphql-hive/logger';
import type { SubgraphHealth } from './subgraph-health.ts';

/** A field of each registry: the graph answers it only when all three do, on an empty database too. */
export const READY_PROBE =
  'query GraphReady { industries(priorityOnly: true) { code } masterStudios(first: 1) { edges { node { id } } } enterprises(first: 1) { edges { node { id } } } }';
/** Sent by hash: the gateway trusts its own probe, so it works when only trusted documents run. */
export const READY_PROBE_HASH = createHash('sha256').update(READY_PROBE).digest('hex');

/** Why the graph did not answer the probe, or undefined when it did. */
async function probe(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: READY_PROBE_HASH } } }),
      signal: AbortSignal.timeout(10_000),
    });
    const result = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    if (result.errors?.length) return result.errors.map((error) => error.message).join('; ');
    return result.data ? undefined : `HTTP ${response.status}`;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * Resolves true once the graph at `url` answers READY_PROBE without errors, false if `signal`
 * aborts first. Says once which subgraph it waits for (its /health does not answer) and, when all
 * of them answer but the probe fails, once why: a line per reason, not one per attempt.
 */
export async function untilGraphAnswers(url: string, health: SubgraphHealth, log: Logger, signal: AbortSignal): Promise<boolean> {
  const said = new Set<string>();
  const sayOnce = (reason: string, attrs: Record<string, unknown>, message: string) => {
    if (!said.has(reason)) log.info(attrs, message);
    said.add(reason);
  };
  while (!signal.aborted) {
    const down = await health.down();
    for (const name of down) sayOnce(name, { subgraph: name }, `waiting for ${name} at ${health.urls[name]}`);
    const failure = down.length ? 'down' : await probe(url);
    if (failure === undefined) return !signal.aborted;
    if (down.length === 0) sayOnce(failure, { reason: failure }, `waiting for the graph to answer: ${failure}`);
    await sleep(500, undefined, { signal }).catch(() => undefined);
  }
  return false;
}
