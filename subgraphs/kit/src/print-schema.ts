import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';

/** Where every registry's SDL is checked in, beside schema/supergraph.yaml that lists them. */
export const SCHEMA_DIR = path.resolve(import.meta.dirname, '../../../schema');

/** The SDL a subgraph publishes (its _service.sdl), as checked in under schema/. */
export function subgraphSdl(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
}

/** Writes a subgraph's SDL to schema/<name>.graphql, the file schema/supergraph.yaml names for it. */
export function printSchemaFile(program: { name: string; schema: GraphQLSchema }): string {
  const file = path.join(SCHEMA_DIR, `${program.name}.graphql`);
  writeFileSync(file, subgraphSdl(program.schema));
  return file;
}
