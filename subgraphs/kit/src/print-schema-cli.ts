// A registry's `npm run print-schema` (`tsx ../kit/src/print-schema-cli.ts` from subgraphs/<name>):
// prints the SDL of the program that workspace exports into schema/, where the gateway composes from.
import path from 'node:path';
import { printSchemaFile } from './print-schema.ts';
import { workspaceProgram } from './workspace-program.ts';

console.log(`Wrote ${path.relative(process.cwd(), printSchemaFile(await workspaceProgram(process.argv[2])))}`);
