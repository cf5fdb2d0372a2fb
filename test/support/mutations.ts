// Every mutation of the graph, read from the registries' schemas: its registry, the role its
// authScopes admit, and its input's fields with their GraphQL type and the kit rule they were
// declared with (writeInput puts it in the field's extensions). The roles matrix and the fuzz
// suite walk this list, so a new mutation is covered, or named as uncovered, without editing them.
import { SUBGRAPHS } from './subgraphs.ts';
import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLInputField, type GraphQLInputType } from 'graphql';

export type Role = 'BUREAU_ADMIN' | 'COLLEGE_STAFF' | 'ENTERPRISE_HR';

const ROLE_OF_SCOPE: Record<string, Role> = { bureauAdmin: 'BUREAU_ADMIN', collegeStaff: 'COLLEGE_STAFF', enterpriseHr: 'ENTERPRISE_HR' };

export interface InputField {
  name: string;
  /** String, ID, Int, Float, Boolean, or `enum`. */
  scalar: string;
  enumValues: string[];
  list: boolean;
  required: boolean;
  /** Optional, but null is refused (a field an update keeps when left out). */
  keep: boolean;
  /** The kit rule it was declared with (name, text, year, id, recordId, ...). */
  rule: string | undefined;
}

export interface MutationInfo {
  name: string;
  registry: string;
  owner: Role;
  inputType: string;
  fields: InputField[];
}

function fieldOf(field: GraphQLInputField): InputField {
  const type: GraphQLInputType = isNonNullType(field.type) ? field.type.ofType : field.type;
  const named = getNamedType(field.type);
  return {
    name: field.name,
    scalar: isEnumType(named) ? 'enum' : named.name,
    enumValues: isEnumType(named) ? named.getValues().map((v) => v.name) : [],
    list: isListType(type),
    required: isNonNullType(field.type),
    keep: field.extensions.keep === true,
    rule: field.extensions.rule as string | undefined,
  };
}

/** The owner role of a mutation: the one role its authScopes admit. */
function ownerOf(name: string, extensions: Record<string, unknown>): Role {
  const scopes = (extensions.pothosOptions as { authScopes?: Record<string, boolean> } | undefined)?.authScopes ?? {};
  const roles = Object.keys(scopes).filter((scope) => scopes[scope]).map((scope) => ROLE_OF_SCOPE[scope]);
  if (roles.length !== 1 || !roles[0]) throw new Error(`${name} must admit exactly one role in its authScopes; it admits ${JSON.stringify(scopes)}`);
  return roles[0];
}

export const MUTATIONS: MutationInfo[] = SUBGRAPHS.flatMap((subgraph) =>
  Object.values(subgraph.schema.getMutationType()?.getFields() ?? {}).map((mutation) => {
    const input = mutation.args.find((arg) => arg.name === 'input');
    const inputType = input && getNamedType(input.type);
    if (!inputType || !isInputObjectType(inputType)) throw new Error(`${mutation.name} must take its fields in one input object`);
    return {
      name: mutation.name,
      registry: subgraph.name,
      owner: ownerOf(mutation.name, mutation.extensions),
      inputType: inputType.name,
      fields: Object.values(inputType.getFields()).map(fieldOf),
    };
  }),
);
