// Operation limits, on by default: GraphQL Armor's depth, token, alias, directive and cost limits,
// a request body cap, and field suggestions hidden from anonymous callers in production.
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, type ValidationContext } from 'graphql';
import { isProduction } from '@partnership/kit/config';
import { costLimit } from './operation-cost.ts';

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
    // __typename too: Armor leaves it out of the count by default.
    maxAliasesPlugin({ ...armor, n: limits.maxAliases, allowList: [] }),
    maxDirectivesPlugin({ ...armor, n: limits.maxDirectives }),
    costLimit(limits.maxCost, limitExceeded),
    variableErrorCode(),
    ...(limits.hideSuggestionsFromPublic ? [hideSuggestionsFromPublic()] : []),
  ];
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
