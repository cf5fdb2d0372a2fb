// Per-client rate limiting with @envelop/rate-limiter: every root field of a query or mutation
// counts against its caller's budget, signed-in callers keyed by their verified subject, everyone
// else by IP address. Refused tokens count against their IP before the 401 (auth.ts). A subgraph's
// own reference checks (subgraph-calls.ts) are not counted: they come from its host's address.
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { Store, type Identity } from '@envelop/rate-limiter';
import { getGraphQLRateLimiter } from '@envelop/rate-limiter/get-graphql-rate-limiter';
import type { IncomingMessage } from 'node:http';
import { GraphQLError, Kind, type DocumentNode, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import { PUBLIC_ACTOR } from '@partnership/kit/auth';
import { actorOf } from './auth.ts';
import { ENV, isProduction } from '@partnership/kit/config';
import type { IsSubgraphCall } from './subgraph-calls.ts';

export interface RateLimit {
  /** Root fields one client may run per window. */
  max: number;
  windowSeconds: number;
  /**
   * A header the proxy in front of the gateway sets to the client's address (e.g.
   * x-forwarded-for, whose last entry is taken); unset: the connection's own address.
   */
  clientIpHeader?: string;
}

/** On in production with generous limits; off elsewhere unless GATEWAY_RATE_LIMIT_MAX is set. */
export function rateLimitFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimit | false {
  const number = (variable: string, fallback: number) => {
    const value = env[variable] ? Number(env[variable]) : fallback;
    if (!Number.isInteger(value) || value < 0) throw new Error(`${variable} must be a whole number, not "${env[variable]}".`);
    return value;
  };
  const max = number(ENV.rateLimitMax, isProduction(env) ? 600 : 0);
  if (max === 0) return false;
  return { max, windowSeconds: number(ENV.rateLimitWindowSeconds, 60) || 60, clientIpHeader: env[ENV.clientIpHeader] || undefined };
}

/** Timestamps per client, forgotten once a window has passed; every root field shares the client's budget. */
class ClientWindows extends Store {
  readonly #calls = new Map<string, { timestamps: readonly number[]; until: number }>();

  getForIdentity({ contextIdentity }: Identity) {
    return this.#calls.get(contextIdentity)?.timestamps ?? [];
  }

  setForIdentity({ contextIdentity }: Identity, timestamps: readonly number[], windowMs = 60_000) {
    const now = Date.now();
    if (this.#calls.size > 10_000) for (const [client, entry] of this.#calls) if (entry.until < now) this.#calls.delete(client);
    this.#calls.set(contextIdentity, { timestamps, until: now + windowMs });
  }

  /** Seconds until the client's oldest counted call leaves the window. */
  retryAfter(client: string, windowMs: number): number {
    const oldest = this.#calls.get(client)?.timestamps[0] ?? Date.now();
    return Math.max(1, Math.ceil((oldest + windowMs - Date.now()) / 1000));
  }
}

function clientIp(request: Request | undefined, req: IncomingMessage | undefined, header: string | undefined): string {
  const forwarded = header && request?.headers.get(header);
  if (forwarded) return forwarded.split(',').at(-1)!.trim();
  return req?.socket?.remoteAddress ?? 'unknown';
}

const rateLimited = (message: string, retryAfter: number) =>
  new GraphQLError(message, {
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter, http: { status: 429, headers: { 'retry-after': String(retryAfter) } } },
  });

/** The limit's onExecute (run by request-hooks.ts), and the check auth.ts makes for a refused token (a 429 instead of its 401). */
export function clientRateLimit(limit: RateLimit, isSubgraphCall: IsSubgraphCall) {
  const windowMs = limit.windowSeconds * 1000;
  const store = new ClientWindows();
  const client = (serverContext: unknown) => {
    const context = serverContext as { request?: Request; req?: IncomingMessage };
    const actor = context.request ? actorOf(context.request) : PUBLIC_ACTOR;
    return actor !== PUBLIC_ACTOR ? `subject ${actor.subject}` : `IP ${clientIp(context.request, context.req, limit.clientIpHeader)}`;
  };
  const refused = (who: string) => {
    const retryAfter = store.retryAfter(who, windowMs);
    return rateLimited(`Too many requests from ${who}: at most ${limit.max} operations per ${limit.windowSeconds} s. Retry in ${retryAfter} s.`, retryAfter);
  };
  // The library's sliding window and store, called once per request with all its root fields:
  // its plugin would walk the document with types and copy it on every request, and look the
  // client's timestamps up once per field. A refused request counts none of its fields.
  const countCalls = getGraphQLRateLimiter({ identifyContext: client, formatError: ({ contextIdentity }) => contextIdentity, store });
  const config = { max: limit.max, window: `${windowMs}ms`, uncountRejected: true, arrayLengthField: 'rootFields' };
  const rootFields = new WeakMap<DocumentNode, string[]>();
  const refuse = (who: string | undefined) => {
    if (who) throw refused(who);
  };
  const onExecute: NonNullable<GatewayPlugin['onExecute']> = ({ args }) => {
    const request = (args.contextValue as { request?: Request }).request;
    if (request && isSubgraphCall(request)) return;
    let fields = rootFields.get(args.document);
    if (!fields) rootFields.set(args.document, (fields = rootFieldsOf(args.schema, args.document)));
    if (!fields.length) return;
    // ClientWindows answers at once; a store that answers later is waited for.
    const who = countCalls('root fields', { args: { rootFields: fields }, context: args.contextValue }, config);
    return typeof who === 'object' ? who.then(refuse) : refuse(who);
  };

  /** Counts a refused token against its IP; the error to answer with instead of the 401 once too many. */
  function refusedToken(request: Request, req: IncomingMessage | undefined): GraphQLError | undefined {
    const who = `IP ${clientIp(request, req, limit.clientIpHeader)}`;
    const identity = { contextIdentity: who, fieldIdentity: 'refused token' };
    const recent = store.getForIdentity(identity).filter((t) => t + windowMs > Date.now());
    if (recent.length >= limit.max) return refused(who);
    store.setForIdentity(identity, [...recent, Date.now()], windowMs);
    return undefined;
  }
  return { onExecute, refusedToken };
}

/**
 * The root fields (Query.*, Mutation.*) a document runs, __typename included: each definition's
 * own fields, through inline fragments; a named fragment's where it is defined.
 */
function rootFieldsOf(schema: GraphQLSchema, document: DocumentNode): string[] {
  const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name].filter(Boolean));
  const fields: string[] = [];
  const collect = (set: SelectionSetNode, parent: string | undefined) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD && parent && roots.has(parent)) fields.push(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet, selection.typeCondition?.name.value ?? parent);
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) collect(definition.selectionSet, schema.getRootType(definition.operation)?.name);
    if (definition.kind === Kind.FRAGMENT_DEFINITION) collect(definition.selectionSet, definition.typeCondition.name.value);
  }
  return fields;
}
