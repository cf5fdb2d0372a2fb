// Which registries an operation reads or writes, from the supergraph's join directives: the
// response cache indexes each answer under the registries it read, and a mutation drops every
// answer of the registries it writes (response-cache.ts).
import {
  buildASTSchema, Kind, parse, TypeInfo, visit, visitWithTypeInfo,
  type ConstDirectiveNode, type DocumentNode,
} from 'graphql';
import { memoByText } from './memo-by-text.ts';

const argument = (directive: ConstDirectiveNode, name: string) => {
  const value = directive.arguments?.find((arg) => arg.name.value === name)?.value;
  return value && 'value' in value ? String(value.value) : undefined;
};
const directivesNamed = (node: { directives?: readonly ConstDirectiveNode[] }, name: string) =>
  (node.directives ?? []).filter((directive) => directive.name.value === name);

/**
 * `Type.field` -> the registries that may resolve it: those its @join__field names (not as
 * external), else every registry of its type. Key fields are left out: whichever registry returns
 * an entity returns its key with it, so they read nothing of their own.
 */
function fieldRegistries(supergraph: DocumentNode): Map<string, string[]> {
  const registryOfGraph = new Map<string, string>();
  const fields = new Map<string, string[]>();
  for (const definition of supergraph.definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph') {
      for (const value of definition.values ?? []) {
        const name = directivesNamed(value, 'join__graph').map((d) => argument(d, 'name'))[0];
        if (name) registryOfGraph.set(value.name.value, name);
      }
    }
  }
  const registriesOf = (graphs: (string | undefined)[]) => [...new Set(graphs.map((graph) => registryOfGraph.get(graph!)!).filter(Boolean))];
  for (const definition of supergraph.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    const joins = directivesNamed(definition, 'join__type');
    const typeRegistries = registriesOf(joins.map((d) => argument(d, 'graph')));
    const keys = joins.map((d) => argument(d, 'key')).filter((key): key is string => Boolean(key && !key.includes('{')));
    const keyFields = new Set(keys.flatMap((key) => key.split(/\s+/)));
    for (const field of definition.fields ?? []) {
      if (keyFields.has(field.name.value)) continue;
      const resolvedBy = directivesNamed(field, 'join__field').filter((d) => argument(d, 'graph') && argument(d, 'external') !== 'true');
      const registries = resolvedBy.length ? registriesOf(resolvedBy.map((d) => argument(d, 'graph'))) : typeRegistries;
      fields.set(`${definition.name.value}.${field.name.value}`, registries);
    }
  }
  return fields;
}

export function registriesRead(supergraphSdl: string) {
  const supergraph = parse(supergraphSdl);
  const schema = buildASTSchema(supergraph, { assumeValidSDL: true });
  const byField = fieldRegistries(supergraph);
  const all = [...new Set([...byField.values()].flat())].sort();

  /** The registries of the document's fields (of its mutation fields alone, when asked), fragments included. */
  function registriesOf(document: DocumentNode, parentType?: string): string[] {
    const typeInfo = new TypeInfo(schema);
    const registries = new Set<string>();
    visit(document, visitWithTypeInfo(typeInfo, {
      Field(field) {
        const parent = typeInfo.getParentType();
        if (!parent || (parentType && parent.name !== parentType)) return;
        for (const registry of byField.get(`${parent.name}.${field.name.value}`) ?? []) registries.add(registry);
      },
    }));
    return [...registries].sort();
  }

  const writes = new WeakMap<DocumentNode, string[]>();
  const mutationType = schema.getMutationType()?.name;
  return {
    /** The registries a query text may read: all of them when it does not parse (it will not run). */
    readBy: memoByText((text): string[] => {
      try {
        return registriesOf(parse(text));
      } catch {
        return all;
      }
    }),
    /** The registries a mutation writes: those resolving its mutation fields. */
    writtenBy(document: DocumentNode): string[] {
      let registries = writes.get(document);
      if (!registries) writes.set(document, (registries = mutationType ? registriesOf(document, mutationType) : []));
      return registries;
    },
  };
}

export type RegistriesRead = ReturnType<typeof registriesRead>;
