import { registryEnv } from '@partnership/kit/config';

/** Environment variable that overrides one subgraph's URL, e.g. MASTER_STUDIOS_URL. */
export const subgraphUrlVariable = (name: string): string => registryEnv(name).url;

const JOIN_GRAPH = /@join__graph\(name: "([^"]+)", url: "([^"]*)"\)/g;

/** The subgraph names and URLs a supergraph routes to. */
export function subgraphUrls(supergraph: string): Record<string, string> {
  return Object.fromEntries([...supergraph.matchAll(JOIN_GRAPH)].map(([, name, url]) => [name, url]));
}

/**
 * Points a composed supergraph at other subgraph URLs (another host in production, a free
 * port in tests) without composing again: only the @join__graph urls change.
 */
export function withSubgraphUrls(supergraph: string, urls: Record<string, string | undefined>): string {
  return supergraph.replace(JOIN_GRAPH, (match, name: string) =>
    urls[name] ? `@join__graph(name: "${name}", url: "${urls[name]}")` : match,
  );
}
