import { readFileSync } from 'node:fs';
import path from 'node:path';
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';
import {
  buildASTSchema,
  type DirectiveNode,
  type DocumentNode,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  Kind,
  parse,
} from 'graphql';
import { expect, it } from 'vitest';

const supergraph = parse(readFileSync(path.resolve(import.meta.dirname, '../schema/supergraph.graphql'), 'utf8'));

/** What a client of the gateway sees: the supergraph without its join__/link__ machinery. */
const api = buildASTSchema(transformSupergraphToPublicSchema(supergraph));

/** The subgraphs that declare a type, field or enum value, from the supergraph's join__ directives. */
function graphsOf(doc: DocumentNode): (typeName: string, member?: string) => string[] {
  const graphs = (directives: readonly DirectiveNode[] | undefined, name: string) =>
    (directives ?? [])
      .filter((d) => d.name.value === name)
      .flatMap((d) => d.arguments?.filter((a) => a.name.value === 'graph').map((a) => (a.value as { value: string }).value) ?? []);
  return (typeName, member) => {
    const type = doc.definitions.find((d) => 'name' in d && d.name?.value === typeName && d.kind !== Kind.DIRECTIVE_DEFINITION);
    if (!type || !('directives' in type)) return ['?'];
    const ofType = graphs(type.directives, 'join__type');
    if (member == null) return ofType;
    const members = 'fields' in type ? type.fields : 'values' in type ? type.values : undefined;
    const node = members?.find((m) => m.name.value === member);
    const own = [...graphs(node?.directives, 'join__field'), ...graphs(node?.directives, 'join__enumValue')];
    return own.length ? own : ofType;
  };
}

/** Every type, field, argument and enum value of the API schema that has no description, by subgraph. */
function undescribed(): Record<string, string[]> {
  const owners = graphsOf(supergraph);
  const missing: Record<string, string[]> = {};
  const note = (coordinate: string, graphs: string[]) => {
    for (const graph of new Set(graphs)) (missing[graph.toLowerCase().replaceAll('_', '-')] ??= []).push(coordinate);
  };
  for (const type of Object.values(api.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!type.description?.trim()) note(type.name, owners(type.name));
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        const coordinate = `${type.name}.${field.name}`;
        if (!field.description?.trim()) note(coordinate, owners(type.name, field.name));
        for (const arg of 'args' in field ? field.args : []) {
          if (!arg.description?.trim()) note(`${coordinate}(${arg.name}:)`, owners(type.name, field.name));
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (!value.description?.trim()) note(`${type.name}.${value.name}`, owners(type.name, value.name));
      }
    }
  }
  return missing;
}

it('describes every type, field, argument and enum value of the public API', () => {
  const missing = undescribed();
  const report = Object.entries(missing)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([graph, coordinates]) => `${graph} (${coordinates.length}):\n  ${coordinates.join('\n  ')}`)
    .join('\n');
  if (report) console.log(`Undescribed in the API schema, by subgraph:\n${report}`);
  expect(missing, 'give these a description, then run npm run compose').toEqual({});
});
