// A registry's process: `tsx ../kit/src/main.ts` from subgraphs/<name> (its `npm run dev`), or
// `tsx subgraphs/kit/src/main.ts subgraphs/<name>`: serves the program that workspace exports.
import { runSubgraph } from './run.ts';
import { workspaceProgram } from './workspace-program.ts';

await runSubgraph(await workspaceProgram(process.argv[2]));
