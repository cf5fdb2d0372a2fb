// A registry's process: `tsx ../kit/src/main.ts` from subgraphs/<name> (its `npm run dev`), or
// `node subgraphs/kit/src/main.ts subgraphs/<name>` (npm start, systemd): serves the program that workspace exports.
import { runSubgraph } from './run.ts';
import { workspaceProgram } from './workspace-program.ts';

await runSubgraph(await workspaceProgram(process.argv[2]));
