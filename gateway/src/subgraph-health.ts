/** How long one answer about the subgraphs stands: probes every second do not reach them every second. */
export const HEALTH_CACHE_MS = 1_000;
const HEALTH_TIMEOUT_MS = 2_000;

export interface SubgraphHealth {
  /** Each subgraph's /graphql URL, by name. */
  urls: Readonly<Record<string, string>>;
  /** The subgraphs whose /health did not answer 200, as of at most HEALTH_CACHE_MS ago. */
  down(): Promise<string[]>;
}

/** A subgraph's /health beside its /graphql (http://host:4002/graphql → http://host:4002/health). */
export const healthUrl = (subgraphUrl: string) => new URL('health', subgraphUrl).href;

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Asks every subgraph's /health (it answers once migrations and seed are done; no secret needed),
 * all at once, and shares one round of answers among the probes that come within HEALTH_CACHE_MS.
 */
export function subgraphHealth(urls: Record<string, string>, cacheMs = HEALTH_CACHE_MS): SubgraphHealth {
  let last: { at: number; down: Promise<string[]> } | undefined;
  const check = async () => {
    const answered = await Promise.all(Object.entries(urls).map(async ([name, url]) => [name, await answers(healthUrl(url))] as const));
    return answered.filter(([, ok]) => !ok).map(([name]) => name);
  };
  return {
    urls,
    down() {
      if (!last || performance.now() - last.at >= cacheMs) last = { at: performance.now(), down: check() };
      return last.down;
    },
  };
}
