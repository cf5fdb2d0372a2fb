import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SubgraphProgram } from './registry.ts';

/** The program a registry's workspace exports (its package's "." entry, default export). */
export async function workspaceProgram(workspace = '.'): Promise<SubgraphProgram<unknown>> {
  const dir = path.resolve(workspace);
  const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { exports: { '.': string } };
  const { default: program } = await import(pathToFileURL(path.join(dir, manifest.exports['.'])).href);
  return program;
}
