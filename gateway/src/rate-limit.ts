// Per-client rate limiting: every root field of a query or mutation, run or answered from the
// response cache, counts against its caller's budget, signed-in callers keyed by their verified
// subject, everyone else by IP address. Refused tokens count against their IP before the 401
// (auth.ts). A subgraph's own reference checks (subgraph-calls.ts) are not counted: they come from
// its host's address.
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { IncomingMessage } from 'node:http';
import { GraphQLError, Kind, type DocumentNode, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import { PUBLIC_ACTOR } from '@partnership/kit/auth';
import { actorOf } from './auth.ts';
import { ENV, isProduction } from '@partnership/kit/config';
import { servedFromCache } from './response-cache.ts';
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

/** One client's counted calls in the window, oldest first: when, how many, and how many in all. */
interface CallLog {
  at: number[];
  counts: number[];
  /** The first entry still in the window: older ones are dropped in batches, not one shift each. */
  head: number;
  total: number;
}

/**
 * A sliding window per client: a call is refused, and counted not at all, if the calls of the last
 * `windowMs` and its own would exceed `max`. Amortised O(1) per call, whatever the client's rate
 * (@envelop/rate-limiter's limiter copies and filters every timestamp in the window on each call:
 * 38 µs a call at 600 in the window, 113 µs at 2,000).
 */
export class ClientWindows {
  readonly #logs = new Map<string, CallLog>();
  readonly #max: number;
  readonly #windowMs: number;
  readonly #now: () => number;

  constructor(max: number, windowMs: number, now: () => number = Date.now) {
    this.#max = max;
    this.#windowMs = windowMs;
    this.#now = now;
  }

  /** Counts `calls` for `client` now, or none if that would exceed the budget: then false. */
  take(client: string, calls: number): boolean {
    const now = this.#now();
    let log = this.#logs.get(client);
    if (!log) {
      if (this.#logs.size >= 10_000) this.#forgetIdle(now);
      this.#logs.set(client, (log = { at: [], counts: [], head: 0, total: 0 }));
    }
    this.#prune(log, now);
    if (log.total + calls > this.#max) return false;
    log.at.push(now);
    log.counts.push(calls);
    log.total += calls;
    return true;
  }

  /** Seconds until the client's oldest counted call leaves the window. */
  retryAfter(client: string): number {
    const log = this.#logs.get(client);
    const oldest = log && log.head < log.at.length ? log.at[log.head] : this.#now();
    return Math.max(1, Math.ceil((oldest + this.#windowMs - this.#now()) / 1000));
  }

  #prune(log: CallLog, now: number) {
    while (log.head < log.at.length && log.at[log.head] + this.#windowMs <= now) log.total -= log.counts[log.head++];
    if (log.head > 32 && log.head * 2 > log.at.length) {
      log.at.splice(0, log.head);
      log.counts.splice(0, log.head);
      log.head = 0;
    }
  }

  #forgetIdle(now: number) {
    for (const [client, log] of this.#logs) if (!log.at.length || log.at[log.at.length - 1] + this.#windowMs <= now) this.#logs.delete(client);
  }
}

function clientIp(request: Request | undefined, req: IncomingMessage | undefined, header: string | undefined): string {
  const forwarded = header && request?.headers.get(header);
  if (forwarded) return forwarded.split(',').at(-1)!.trim();
  return req?.socket?.remoteAddress ?? 'unknown';
}

/** Where a client is read from: its verified actor, else its address. */
type ClientContext = { request?: Request; req?: IncomingMessage };

const rateLimited = (message: string, retryAfter: number) =>
  new GraphQLError(message, {
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter, http: { status: 429, headers: { 'retry-after': String(retryAfter) } } },
  });

/**
 * The limit's onExecute and its count of cached answers (run by request-hooks.ts), and the check
 * auth.ts makes for a refused token (a 429 instead of its 401).
 */
export function clientRateLimit(limit: RateLimit, isSubgraphCall: IsSubgraphCall) {
  const windows = new ClientWindows(limit.max, limit.windowSeconds * 1000);
  const client = (context: ClientContext) => {
    const actor = context.request ? actorOf(context.request) : PUBLIC_ACTOR;
    return actor !== PUBLIC_ACTOR ? `subject ${actor.subject}` : `IP ${clientIp(context.request, context.req, limit.clientIpHeader)}`;
  };
  /** Counts `calls` for the context's client; the error to answer with instead once too many. */
  const count = (context: ClientContext, calls: number) => {
    const who = client(context);
    if (windows.take(who, calls)) return undefined;
    const retryAfter = windows.retryAfter(who);
    return rateLimited(`Too many requests from ${who}: at most ${limit.max} root fields per ${limit.windowSeconds} s. Retry in ${retryAfter} s.`, retryAfter);
  };
  const rootFields = new WeakMap<DocumentNode, number>();
  const onExecute: NonNullable<GatewayPlugin['onExecute']> = ({ args }) => {
    const context = args.contextValue as ClientContext;
    if (context.request && isSubgraphCall(context.request)) return;
    let fields = rootFields.get(args.document);
    if (fields === undefined) rootFields.set(args.document, (fields = rootFieldCount(args.schema, args.document)));
    const refusal = fields ? count(context, fields) : undefined;
    if (refusal) throw refusal;
  };

  /**
   * Counts an answer the response cache gave, which no onExecute saw, by its root fields (its
   * data's keys); the error to answer with instead once too many.
   */
  function countCachedAnswer({ request, result, serverContext }: Parameters<NonNullable<GatewayPlugin['onResultProcess']>>[0]) {
    if (!servedFromCache(result) || isSubgraphCall(request)) return undefined;
    const fields = Object.keys((result as { data?: object }).data ?? {}).length;
    return fields ? count({ request, req: (serverContext as { req?: IncomingMessage }).req }, fields) : undefined;
  }

  /**
   * Counts a refused token against its IP (it sets no actor); the error to answer with instead of
   * the 401 once too many.
   */
  const refusedToken = (request: Request, req: IncomingMessage | undefined): GraphQLError | undefined => count({ request, req }, 1);
  return { onExecute, countCachedAnswer, refusedToken };
}

/**
 * How many root fields (Query.*, Mutation.*) a document runs, __typename included: each
 * definition's own fields, through inline fragments; a named fragment's where it is defined.
 */
function rootFieldCount(schema: GraphQLSchema, document: DocumentNode): number {
  const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name].filter(Boolean));
  let fields = 0;
  const collect = (set: SelectionSetNode, parent: string | undefined) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD && parent && roots.has(parent)) fields++;
      if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet, selection.typeCondition?.name.value ?? parent);
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) collect(definition.selectionSet, schema.getRootType(definition.operation)?.name);
    if (definition.kind === Kind.FRAGMENT_DEFINITION) collect(definition.selectionSet, definition.typeCondition.name.value);
  }
  return fields;
}
