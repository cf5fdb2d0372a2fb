import { readFileSync } from 'node:fs';
import path from 'node:path';
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';
import {
  buildASTSchema,
  getNullableType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type DirectiveNode,
  type DocumentNode,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isListType,
  isObjectType,
  isSpecifiedScalarType,
  Kind,
  parse,
  visit,
} from 'graphql';
import { expect, it } from 'vitest';

const supergraph = parse(readFileSync(path.resolve(import.meta.dirname, '../schema/supergraph.graphql'), 'utf8'));

/** What a client of the gateway sees: the supergraph without its join__/link__ machinery. */
const publicSchema = (doc: DocumentNode): GraphQLSchema => buildASTSchema(transformSupergraphToPublicSchema(doc));
const api = publicSchema(supergraph);

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
function undescribed(doc = supergraph): Record<string, string[]> {
  const api = publicSchema(doc);
  const owners = graphsOf(doc);
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

it('would name an argument, an input field and an enum value left undescribed', () => {
  // The same supergraph with three descriptions taken out: the check above must see each of them.
  const stripped = visit(supergraph, {
    InputValueDefinition: (node) => (['code', 'towns'].includes(node.name.value) ? { ...node, description: undefined } : undefined),
    EnumValueDefinition: (node) => (node.name.value === 'NATIONAL' ? { ...node, description: undefined } : undefined),
  });
  const missing = Object.values(undescribed(stripped)).flat();
  expect(missing).toEqual(expect.arrayContaining(['Query.industry(code:)', 'MasterStudioFilter.towns', 'StudioLevel.NATIONAL']));
});

/** A Chinese character: the domain's own term, which the registries' users know things by. */
const HAN = /\p{Script=Han}/u;

it("gives every record type and enum of the domain its Chinese term", () => {
  // Records (types with an id) and enums name things of the domain; paging and summaries do not.
  const withoutTerm = Object.values(api.getTypeMap())
    .filter((type) => !isIntrospectionType(type) && ((isObjectType(type) && 'id' in type.getFields()) || isEnumType(type)))
    .filter((type) => !HAN.test(type.description ?? ''))
    .map((type) => type.name);
  expect(withoutTerm).toEqual([]);
});

// What the kit says of any field of a kind (kit write-input.ts). A code or a town says what it is;
// any other field must also say what it means.
const RULE_ONLY = [/^A name: /, /^Text of at most /, /^A year from /, /^A month from /, /^A whole number from /, /^A percentage from /, /^A date written /, /^The referenced record's id\./, /^True or false\./, /^One of the enum type's values\./, /^At most \d+ /];

it('says what every write input field means, not only the rule it follows', () => {
  const ruleOnly = Object.values(api.getTypeMap())
    .filter(isInputObjectType)
    .flatMap((type) => Object.values(type.getFields()).map((field) => ({ coordinate: `${type.name}.${field.name}`, description: field.description ?? '' })))
    .filter(({ description }) => RULE_ONLY.some((rule) => rule.test(description)))
    .map(({ coordinate, description }) => `${coordinate}: ${description}`);
  expect(ruleOnly, "pass a description to the field's input.*() declaration").toEqual([]);
});

it("describes every field of each registry's own SDL alike, the fields it shares or refers to included", () => {
  // Composition keeps one registry's wording of a shared field: each SDL must stand alone and agree.
  const wordings = new Map<string, Set<string>>();
  const missing = ['enterprise-classes', 'master-studios', 'pay-policies'].flatMap((registry) => {
    const doc = parse(readFileSync(path.resolve(import.meta.dirname, `../schema/${registry}.graphql`), 'utf8'));
    return doc.definitions.flatMap((type) =>
      'fields' in type && type.name
        ? (type.fields ?? []).flatMap((field) => {
            const coordinate = `${type.name!.value}.${field.name.value}`;
            const description = field.description?.value.trim();
            if (!description) return [`${registry}: ${coordinate}`];
            if (type.kind !== Kind.INPUT_OBJECT_TYPE_DEFINITION) wordings.set(coordinate, (wordings.get(coordinate) ?? new Set()).add(description));
            return [];
          })
        : [],
    );
  });
  expect(missing).toEqual([]);
  expect([...wordings].filter(([, all]) => all.size > 1).map(([coordinate, all]) => `${coordinate}: ${[...all].join(' | ')}`)).toEqual([]);
});

/** Words that say in what order a list comes. */
const ORDER = /\b(first|in [\w\s-]{0,12}order|by (code|batch|year|id|project id))\b|ranked/i;

it('says in what order every list and connection comes', () => {
  const isList = (type: GraphQLOutputType) => {
    const inner = getNullableType(type);
    return isListType(inner) || (isObjectType(inner) && inner.name.endsWith('Connection'));
  };
  const unordered = Object.values(api.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !isIntrospectionType(type) && type.name !== 'Mutation' && !type.name.endsWith('Connection'))
    .flatMap((type) => Object.values(type.getFields()).map((field) => ({ coordinate: `${type.name}.${field.name}`, field })))
    .filter(({ field }) => isList(field.type) && !ORDER.test(field.description ?? ''))
    .map(({ coordinate }) => coordinate);
  expect(unordered).toEqual([]);
});

it('gives every timestamp its zone', () => {
  const zoneless = Object.values(api.getTypeMap())
    .filter(isObjectType)
    .flatMap((type) => Object.values(type.getFields()).map((field) => ({ coordinate: `${type.name}.${field.name}`, description: field.description ?? '' })))
    .filter(({ description }) => description.includes('ISO 8601') && !/\bUTC\b/.test(description))
    .map(({ coordinate }) => coordinate);
  expect(zoneless).toEqual([]);
});
