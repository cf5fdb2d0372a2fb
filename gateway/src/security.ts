// Operation limits, on by default: GraphQL Armor's depth, token, alias, directive and cost limits,
// a request body cap, and field suggestions hidden from anonymous callers in production.
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
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
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { isProduction } from '@partnership/kit/config';

export interface SecurityLimits {
  /** Deepest selection nesting, fragments flattened. */
  maxDepth: number;
  /** Tokens in one document (parsing stops there). */
  maxTokens: number;
  /** Aliases in one operation. */
  maxAliases: number;
  maxDirectives: number;
  /**
   * GraphQL Armor's cost: objects 2, scalars 1, times 1.5 per level, times each connection's page
   * size (`first`/`last`, literal or variable; DEFAULT_PAGE_SIZE when absent) and each list returned
   * whole by the size its registry declares (`@listSize(assumedSize:)`).
   */
  maxCost: number;
  /** Largest request body, in bytes. */
  maxBodyBytes: number;
  /** Strip "Did you mean ...?" from errors for callers without a token. */
  hideSuggestionsFromPublic: boolean;
}

/** Generous for every documented query (the e2e suite runs under them), tight for abuse. */
export const DEFAULT_LIMITS: SecurityLimits = {
  maxDepth: 12,
  maxTokens: 3000,
  maxAliases: 30,
  maxDirectives: 30,
  // The article's deepest question (a batch of chief technicians, their honours, studios and their
  // level history) costs ~310,000; lists of whole lists (every industry's enterprises) from ~526,000.
  maxCost: 500_000,
  maxBodyBytes: 256 * 1024,
  hideSuggestionsFromPublic: isProduction(),
};

/** A refusal as validation errors are answered: 400 (Yoga's rule for them), with a stable code. */
const limitExceeded = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'OPERATION_LIMIT_EXCEEDED', http: { spec: true, status: 400 } } });

/**
 * Armor throws its refusals from inside validation (which ends as a 200 without a code); reporting
 * them as validation errors instead gives a 400 with a stable code and the limit in the message.
 */
const report = (context: ValidationContext | null, error: GraphQLError) =>
  context?.reportError(limitExceeded(error.message.replace(/^Syntax Error: /, '')));

const SUGGESTION = / Did you mean .*\?$/;

/** Limits requests before any planning or subgraph work; refusals are 4xx with a code. */
export function securityPlugins(limits: SecurityLimits = DEFAULT_LIMITS): GatewayPlugin[] {
  const armor = { propagateOnRejection: false, onReject: [report], exposeLimits: true };
  return [
    bodyLimit(limits.maxBodyBytes),
    // Counted while parsing: the parser stops there with a syntax error (GRAPHQL_PARSE_FAILED).
    maxTokensPlugin({ n: limits.maxTokens, exposeLimits: true }),
    maxDepthPlugin({ ...armor, n: limits.maxDepth, flattenFragments: true }),
    maxAliasesPlugin({ ...armor, n: limits.maxAliases }),
    maxDirectivesPlugin({ ...armor, n: limits.maxDirectives }),
    costLimit(limits.maxCost),
    variableErrorCode(),
    ...(limits.hideSuggestionsFromPublic ? [hideSuggestionsFromPublic()] : []),
  ];
}

const pageSizeArgument = (value: number): ArgumentNode => ({
  kind: Kind.ARGUMENT,
  name: { kind: Kind.NAME, value: 'first' },
  value: { kind: Kind.INT, value: String(value) },
});

/**
 * The `@listSize(assumedSize:)` a registry declares on a list it returns whole (the cost spec's
 * directive, kept in the supergraph): how many items to count it as.
 */
function assumedListSize(field: GraphQLField<unknown, unknown> | null | undefined): number | undefined {
  const directive = field?.astNode?.directives?.find((d) => d.name.value === 'listSize');
  const value = directive?.arguments?.find((arg) => arg.name.value === 'assumedSize')?.value;
  return value?.kind === Kind.INT ? Number(value.value) : undefined;
}

/**
 * GraphQL Armor's cost of the operation to run, with each connection's page size, and each whole
 * list's declared size, written in as a literal `first`: Armor alone counts only literals, as it
 * runs in validation, before variables are known. Undefined when there is no such operation or its
 * variables do not coerce: execution then refuses the request itself.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
): number | undefined {
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined;
  // With the variables' default values, as execution will see them.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 1 });
  if (coerced.errors) return undefined;
  const typeInfo = new TypeInfo(schema);
  const paged = visit(
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
  let cost: number | undefined;
  const rule = costLimitRule({ maxCost: Infinity, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, onAccept: [(_, { n }) => (cost = n)] });
  rule(new ValidationContext(schema, paged, typeInfo, () => {})).onOperationDefinitionEnter(getOperationAST(paged, operationName)!);
  return cost;
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

/** Cached costs per document; a document's entries past this many are not kept. */
const COSTS_PER_DOCUMENT = 64;

/** The cost limit, counted when the variables are known, before any planning or subgraph work. */
function costLimit(maxCost: number): GatewayPlugin {
  // Yoga reuses one parsed document per query text, so a document's cost is computed once per
  // operation and page-size values, not on every request.
  const cache = new WeakMap<DocumentNode, { variables: string[]; costs: Map<string, number> }>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let entry = cache.get(args.document);
      if (!entry) cache.set(args.document, (entry = { variables: pageSizeVariables(args.document), costs: new Map() }));
      const variables = args.variableValues ?? undefined;
      // A variable sent as null and one not sent (its default applies) are different page sizes.
      const sent = entry.variables.map((name) => (variables && name in variables ? [variables[name]] : []));
      const key = JSON.stringify([args.operationName ?? null, ...sent]);
      let cost = entry.costs.get(key);
      if (cost === undefined) {
        cost = operationCost(args.schema, args.document, variables, args.operationName);
        // Not when undefined: that comes from this request's other variables failing to coerce.
        if (cost !== undefined && entry.costs.size < COSTS_PER_DOCUMENT) entry.costs.set(key, cost);
      }
      if (cost !== undefined && cost > maxCost) {
        setResultAndStopExecution({ errors: [limitExceeded(`Query Cost limit of ${maxCost} exceeded, found ${cost}.`)] });
      }
    },
  };
}

/** Refuses a body over `maxBytes` with 413, whether or not it declares its length. */
function bodyLimit(maxBytes: number): GatewayPlugin {
  const tooLarge = (fetchAPI: { Response: typeof Response }) =>
    new fetchAPI.Response(
      JSON.stringify({ errors: [{ message: `The request body exceeds ${maxBytes} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }),
      { status: 413, headers: { 'content-type': 'application/json; charset=utf-8' } },
    );
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI, endResponse }) {
      const declared = request.headers.get('content-length');
      if (Number(declared ?? 0) > maxBytes) return endResponse(tooLarge(fetchAPI));
      // Node's HTTP parser delivers no more than a declared length: only an undeclared body is counted.
      if (declared !== null || !requestParser || !request.body) return;
      setRequestParser(async (incoming) => {
        const reader = incoming.body!.getReader();
        const chunks: Uint8Array[] = [];
        let size = 0;
        for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
          size += chunk.value.byteLength;
          if (size > maxBytes) {
            await reader.cancel();
            return tooLarge(fetchAPI);
          }
          chunks.push(chunk.value);
        }
        const body = Buffer.concat(chunks);
        return requestParser(new fetchAPI.Request(incoming.url, { method: incoming.method, headers: incoming.headers, body }));
      });
    },
  };
}

const VARIABLE_ERROR = /^Variable "\$[^"]+" /;

/** graphql-js refuses ill-typed variables without a code: they are the caller's input errors. */
function variableErrorCode(): GatewayPlugin {
  const coded = (error: GraphQLError) =>
    VARIABLE_ERROR.test(error.message) && !error.extensions?.code
      ? new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, code: 'BAD_USER_INPUT' } })
      : error;
  return {
    onExecutionResult({ result, setResult }) {
      if (!result || Array.isArray(result) || !('errors' in result) || !result.errors?.length) return;
      setResult({ ...result, errors: result.errors.map((error) => coded(error as GraphQLError)) });
    },
  };
}

/**
 * Strips "Did you mean ...?" for callers without a token (the auth plugin refused bad tokens
 * already), so the schema cannot be mapped by guessing. Done on the response: validation
 * results are cached per document, whoever asked first.
 */
function hideSuggestionsFromPublic(): GatewayPlugin {
  return {
    onResultProcess({ request, result, setResult }) {
      if (!result || Array.isArray(result) || !('errors' in result) || !result.errors?.length || request.headers.has('authorization')) return;
      setResult({
        ...result,
        errors: result.errors.map((error) =>
          SUGGESTION.test(error.message)
            ? new GraphQLError(error.message.replace(SUGGESTION, ''), { nodes: (error as GraphQLError).nodes, extensions: error.extensions })
            : error,
        ),
      });
    },
  };
}
