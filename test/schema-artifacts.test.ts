import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices as apolloCompose } from '@apollo/composition';
import { breakingChanges, composeSupergraph, PUBLISHED_API_FILE, publicApi, readSupergraphConfig, SUPERGRAPH_CONFIG } from '@partnership/gateway';
import { subgraphSdl } from '@partnership/kit';
import { type ASTNode, parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SUBGRAPHS } from './support/subgraphs.ts';

const checkedIn = (file: string) => readFileSync(path.join(path.dirname(SUPERGRAPH_CONFIG), file), 'utf8');
// What the gateway composes from: the files schema/supergraph.yaml lists.
const listed = readSupergraphConfig();

describe('schema artefacts under schema/', () => {
  it.each(SUBGRAPHS.map((s) => [s.name, s]))('%s: the SDL file supergraph.yaml lists matches what the code prints', (name, subgraph) => {
    const file = listed.find((s) => s.name === name);
    expect(file?.sdl, `run npm run compose and commit schema/${name}.graphql`).toBe(subgraphSdl(subgraph.schema));
  });

  it('supergraph.yaml lists every registry, routed where npm start serves it', () => {
    expect(listed.map(({ name, url }) => ({ name, url }))).toEqual(
      SUBGRAPHS.map((s) => ({ name: s.name, url: `http://localhost:${s.defaultPort}/graphql` })),
    );
  });

  it('supergraph.graphql matches what the gateway composes from supergraph.yaml', () => {
    expect(composeSupergraph(listed), 'run npm run compose and commit schema/supergraph.graphql').toBe(checkedIn('supergraph.graphql'));
  });

  it('breaks nothing a client of the published API (schema/api.graphql) may rely on', () => {
    const broken = breakingChanges(checkedIn(PUBLISHED_API_FILE), publicApi(checkedIn('supergraph.graphql')));
    expect(broken, 'if it is meant, run npm run api:publish, commit schema/api.graphql and say in the commit message what breaks for whom').toEqual([]);
  });

  it('Apollo composition yields the same supergraph, sorted', () => {
    const apollo = apolloCompose(listed.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
    expect(apollo.errors ?? []).toEqual([]);
    // Apollo also defines join v0.5's @join__directive, which neither supergraph uses.
    expect(apollo.supergraphSdl!.match(/@join__directive\(/g), 'only its definition').toHaveLength(1);
    const withoutJoinDirective = (sdl: string) => sdl.replace(/^directive @join__directive\(.*\n/m, '').replace(/^scalar join__DirectiveArguments\n/m, '');
    expect(sortedSdl(withoutJoinDirective(apollo.supergraphSdl!))).toBe(sortedSdl(checkedIn('supergraph.graphql')));
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
