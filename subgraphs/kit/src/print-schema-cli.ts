// A subgraph's `npm run print-schema`: `tsx ../kit/src/print-schema-cli.ts src/index.ts` prints the
// SDL of the program that module exports into schema/, where the gateway composes from.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GraphQLSchema } from 'graphql';
import { printSchemaFile } from './print-schema.ts';

const entry = process.argv[2];
if (!entry) throw new Error('Usage: print-schema-cli.ts <module exporting the subgraph program>');
const exported = Object.values(await import(pathToFileURL(path.resolve(entry)).href));
type Program = { name: string; schema: GraphQLSchema };
const isProgram = (value: unknown): value is Program =>
  typeof (value as Program | null)?.name === 'string' && typeof (value as Program).schema?.getTypeMap === 'function';
const programs = exported.filter(isProgram);
if (programs.length !== 1) throw new Error(`${entry} must export exactly one subgraph program (name and schema); found ${programs.length}.`);
console.log(`Wrote ${path.relative(process.cwd(), printSchemaFile(programs[0]))}`);
