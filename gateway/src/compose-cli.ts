// Build step (`npm run compose`): print each subgraph's SDL and the composed supergraph into schema/.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeSupergraph, subgraphSdl } from './compose.ts';
import { defaultSubgraphUrl, SUBGRAPHS } from './subgraphs.ts';

const schemaDir = path.resolve(import.meta.dirname, '../../schema');

const subgraphs = SUBGRAPHS.map((s) => ({ name: s.name, url: defaultSubgraphUrl(s.defaultPort), sdl: subgraphSdl(s.schema) }));
for (const { name, sdl } of subgraphs) {
  writeFileSync(path.join(schemaDir, `${name}.graphql`), sdl);
}
writeFileSync(path.join(schemaDir, 'supergraph.graphql'), composeSupergraph(subgraphs));
console.log(`Wrote ${subgraphs.length} subgraph schemas and the supergraph to ${schemaDir}`);
