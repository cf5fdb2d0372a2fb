import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices as apolloCompose } from '@apollo/composition';
import { composeSupergraph, defaultSubgraphUrl, subgraphSdl, SUBGRAPHS } from '@partnership/gateway';
import { type ASTNode, parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';

const schemaDir = path.resolve(import.meta.dirname, '../schema');
const checkedIn = (file: string) => readFileSync(path.join(schemaDir, file), 'utf8');
const subgraphs = SUBGRAPHS.map((s) => ({ name: s.name, url: defaultSubgraphUrl(s.defaultPort), sdl: subgraphSdl(s.schema) }));

describe('schema artefacts under schema/', () => {
  it.each(subgraphs.map((s) => [s.name, s.sdl]))('%s.graphql matches what the code prints', (name, sdl) => {
    expect(sdl, `run npm run compose and commit schema/${name}.graphql`).toBe(checkedIn(`${name}.graphql`));
  });

  it('supergraph.graphql matches what the code composes', () => {
    expect(composeSupergraph(subgraphs), 'run npm run compose and commit schema/supergraph.graphql').toBe(
      checkedIn('supergraph.graphql'),
    );
  });

  it('Apollo composition yields the same supergraph, sorted', () => {
    const apollo = apolloCompose(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
    expect(apollo.errors ?? []).toEqual([]);
    expect(sortedSdl(apollo.supergraphSdl!)).toBe(sortedSdl(checkedIn('supergraph.graphql')));
  });
});

/** Prints SDL with every list of definitions, fields, arguments and directives in sorted order. */
function sortedSdl(sdl: string): string {
  const sortLists = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) {
        value.forEach(sortLists);
        if (value.every((item) => item && typeof item === 'object' && 'kind' in item)) {
          value.sort((a: ASTNode, b: ASTNode) => print(a).localeCompare(print(b)));
        }
      } else sortLists(value);
    }
  };
  const document = structuredClone(parse(sdl, { noLocation: true }));
  sortLists(document);
  return print(document);
}
