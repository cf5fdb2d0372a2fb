import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { SubgraphSdl } from './compose.ts';

/** The checked-in list of registries the gateway composes. */
export const SUPERGRAPH_CONFIG = path.resolve(import.meta.dirname, '../../schema/supergraph.yaml');

interface SubgraphEntry {
  routing_url?: unknown;
  schema?: { file?: unknown };
}

/**
 * Reads a supergraph config in rover's format (`subgraphs: { <name>: { routing_url, schema: { file } } }`,
 * files relative to the config) and returns each subgraph's name, URL and SDL, in the listed order.
 */
export function readSupergraphConfig(configPath = SUPERGRAPH_CONFIG): SubgraphSdl[] {
  const config = parse(readFileSync(configPath, 'utf8')) as { subgraphs?: Record<string, SubgraphEntry> } | null;
  const entries = Object.entries(config?.subgraphs ?? {});
  if (!entries.length) throw new Error(`${configPath} lists no subgraphs under "subgraphs:".`);
  return entries.map(([name, entry]) => {
    const url = entry?.routing_url;
    const file = entry?.schema?.file;
    if (typeof url !== 'string' || typeof file !== 'string') {
      throw new Error(`${configPath}: subgraph "${name}" needs routing_url and schema.file (rover's format).`);
    }
    return { name, url, sdl: readFileSync(path.resolve(path.dirname(configPath), file), 'utf8') };
  });
}
