// A registry's process: `tsx ../kit/src/main.ts` from subgraphs/<name> (its `npm run dev`), or
// `tsx subgraphs/kit/src/main.ts subgraphs/<name>`: serves the program that workspace exports.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runSubgraph } from './run.ts';

const workspace = path.resolve(process.argv[2] ?? '.');
const manifest = JSON.parse(readFileSync(path.join(workspace, 'package.json'), 'utf8')) as { exports: { '.': string } };
const { default: program } = await import(pathToFileURL(path.join(workspace, manifest.exports['.'])).href);
await runSubgraph(program);
