// The cost limit's count: GraphQL Armor's cost of an operation once its variables are known, with
// every list's size written in, and the lists to blame when it is refused.
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { DEFAULT_PAGE_SIZE } from '@partnership/kit/paging';
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  GraphQLInt,
  Kind,
  TypeInfo,
  ValidationContext,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

const pageSizeArgument = (value: number): ArgumentNode => ({
  kind: Kind.ARGUMENT,
  name: { kind: Kind.NAME, value: 'first' },
  value: { kind: Kind.INT, value: String(value) },
});

/**
 * The `@listSize(assumedSize:)` a registry declares on a list it returns whole (the cost spec's
 * directive, kept in the supergraph): how many items to count it as.
 */
export function assumedListSize(field: GraphQLField<unknown, unknown> | null | undefined): number | undefined {
  const directive = field?.astNode?.directives?.find((d) => d.name.value === 'listSize');
  const value = directive?.arguments?.find((arg) => arg.name.value === 'assumedSize')?.value;
  return value?.kind === Kind.INT ? Number(value.value) : undefined;
}

/**
 * The document with each connection's page size, and each whole list's declared size, written in
 * as a literal `first`: Armor counts only literals, as it runs in validation, before variables are
 * known. Undefined when there is no such operation or its variables do not coerce: execution then
 * refuses the request itself.
 */
export function sizedDocument(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null) {
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined;
  // With the variables' default values, as execution will see them.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 1 });
  if (coerced.errors) return undefined;
  const typeInfo = new TypeInfo(schema);
  const sized = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const field = typeInfo.getFieldDef();
        if (!field?.args.some((arg) => arg.name === 'first')) {
          const assumed = assumedListSize(field);
          return assumed === undefined ? undefined : { ...node, arguments: [...(node.arguments ?? []), pageSizeArgument(assumed)] };
        }
        const sizes = (node.arguments ?? [])
          .filter((arg) => arg.name.value === 'first' || arg.name.value === 'last')
          .map((arg) => valueFromAST(arg.value, GraphQLInt, coerced.coerced))
          .filter((size): size is number => typeof size === 'number');
        const size = sizes.length ? Math.max(...sizes) : DEFAULT_PAGE_SIZE;
        const others = (node.arguments ?? []).filter((arg) => arg.name.value !== 'first' && arg.name.value !== 'last');
        return { ...node, arguments: [...others, pageSizeArgument(size)] };
      },
    }),
  );
  return { sized, typeInfo, operation: getOperationAST(sized, operationName)! };
}

type SizedDocument = NonNullable<ReturnType<typeof sizedDocument>>;

/** What Armor charges: an object 2, a scalar 1, times 1.5 for each level it is nested. */
export const COST_WEIGHTS = { objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 } as const;

/** GraphQL Armor's cost of the operation to run, every list counted at its size. */
export function operationCost(schema: GraphQLSchema, found: SizedDocument): number {
  let cost = 0;
  const rule = costLimitRule({ ...COST_WEIGHTS, maxCost: Infinity, onAccept: [(_, { n }) => (cost = n)] });
  rule(new ValidationContext(schema, found.sized, found.typeInfo, () => {})).onOperationDefinitionEnter(found.operation);
  return cost;
}

/**
 * The nested lists whose sizes multiply to the most records, e.g. "schools › enterpriseClasses ›
 * students: up to 200 × 200 × 50 = 2,000,000 records", for a refusal to name what to narrow.
 */
export function largestLists(found: SizedDocument): string | undefined {
  const fragments = new Map(found.sized.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  type Lists = { records: number; lists: { name: string; size: number }[] };
  const none: Lists = { records: 1, lists: [] };
  // The most a selection set multiplies to is the same wherever it sits: a fragment is walked once.
  const ofFragment = new Map<string, Lists>();
  const largest = (selections: SelectionSetNode | undefined): Lists => {
    let best = none;
    for (const selection of selections?.selections ?? []) {
      let here: Lists;
      if (selection.kind === Kind.INLINE_FRAGMENT) here = largest(selection.selectionSet);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        if (!ofFragment.has(name)) {
          ofFragment.set(name, none); // a cycle, which validation refuses anyway, ends here
          ofFragment.set(name, largest(fragments.get(name)?.selectionSet));
        }
        here = ofFragment.get(name)!;
      } else {
        const below = largest(selection.selectionSet);
        const size = selection.arguments?.find((arg) => arg.name.value === 'first')?.value;
        here = size?.kind === Kind.INT && selection.selectionSet
          ? { records: Number(size.value) * below.records, lists: [{ name: selection.name.value, size: Number(size.value) }, ...below.lists] }
          : below;
      }
      if (here.records > best.records) best = here;
    }
    return best;
  };
  const best = largest(found.operation.selectionSet);
  if (!best.lists.length) return undefined;
  const sizes = best.lists.map((list) => list.size.toLocaleString('en-US'));
  const product = best.lists.length > 1 ? `${sizes.join(' × ')} = ${best.records.toLocaleString('en-US')}` : sizes[0];
  return `${best.lists.map((list) => list.name).join(' › ')}: up to ${product} records`;
}

/** Names of the variables a document passes as a page size. */
function pageSizeVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if ((node.name.value === 'first' || node.name.value === 'last') && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
    },
  });
  return [...names];
}

/** Cached page sizes per document; a document's entries past this many are not kept. */
const COSTS_PER_DOCUMENT = 64;

/**
 * The cost limit, counted when the variables are known, before any planning or subgraph work; a
 * refusal names the limit, the cost and the lists that made it, made by `refuse`.
 */
export function costLimit(maxCost: number, refuse: (message: string) => GraphQLError): GatewayPlugin {
  // Yoga reuses one parsed document per query text, so a document's cost is computed once per
  // operation and page-size values, not on every request.
  // Per document and page sizes: the refusal's message, or null when the cost is within the limit.
  const cache = new WeakMap<DocumentNode, { variables: string[]; refusals: Map<string, string | null> }>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let entry = cache.get(args.document);
      if (!entry) cache.set(args.document, (entry = { variables: pageSizeVariables(args.document), refusals: new Map() }));
      const variables = args.variableValues ?? undefined;
      // A variable sent as null and one not sent (its default applies) are different page sizes.
      const sent = entry.variables.map((name) => (variables && name in variables ? [variables[name]] : []));
      const key = JSON.stringify([args.operationName ?? null, ...sent]);
      let refusal = entry.refusals.get(key);
      if (refusal === undefined) {
        const sized = sizedDocument(args.schema, args.document, variables, args.operationName);
        // Undefined comes from this request's other variables failing to coerce: execution refuses it.
        if (!sized) return;
        const cost = operationCost(args.schema, sized);
        const lists = cost > maxCost ? largestLists(sized) : undefined;
        refusal = cost <= maxCost ? null : `Query Cost limit of ${maxCost} exceeded, found ${cost}.${lists ? ` Its largest lists: ${lists}; ask for smaller pages or narrow them.` : ''}`;
        if (entry.refusals.size < COSTS_PER_DOCUMENT) entry.refusals.set(key, refusal);
      }
      if (refusal) setResultAndStopExecution({ errors: [refuse(refusal)] });
    },
  };
}
