import { printSubgraphSchema } from '@apollo/subgraph';
import { composeServices } from '@theguild/federation-composition';
import type { GraphQLSchema } from 'graphql';
import { parse } from 'graphql';

export interface SubgraphSdl {
  name: string;
  url: string;
  sdl: string;
}

/** The SDL a subgraph publishes (its _service.sdl), as checked in under schema/. */
export function subgraphSdl(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
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
