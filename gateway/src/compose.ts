import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';

export interface SubgraphSdl {
  name: string;
  url: string;
  sdl: string;
}

/** Composes subgraph SDL into a supergraph, or throws with every composition error listed. */
export function composeSupergraph(subgraphs: SubgraphSdl[]): string {
  const result = composeServices(
    subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })),
  );
  if (result.errors?.length || !result.supergraphSdl) {
    const errors = (result.errors ?? []).map((e) => `- ${e.message}`).join('\n');
    throw new Error(`Supergraph composition failed:\n${errors}`);
  }
  return `${result.supergraphSdl.trim()}\n`;
}
