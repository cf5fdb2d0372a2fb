// Build step (`npm run compose`, after each subgraph's print-schema): compose the SDL files that
// schema/supergraph.yaml lists into schema/supergraph.graphql. No subgraph code is loaded.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeSupergraph } from './compose.ts';
import { readSupergraphConfig, SUPERGRAPH_CONFIG } from './supergraph-config.ts';

const subgraphs = readSupergraphConfig();
const target = path.join(path.dirname(SUPERGRAPH_CONFIG), 'supergraph.graphql');
writeFileSync(target, composeSupergraph(subgraphs));
console.log(`Composed ${subgraphs.map((s) => s.name).join(', ')} into ${path.relative(process.cwd(), target)}`);
