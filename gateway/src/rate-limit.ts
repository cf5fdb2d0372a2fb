// Per-client rate limiting with @envelop/rate-limiter: every root field of a query or mutation
// counts against its caller's budget, signed-in callers keyed by their verified subject, everyone
// else by IP address. Refused tokens count against their IP before the 401 (auth.ts). A subgraph's
// own reference checks (subgraph-calls.ts) are not counted: they come from its host's address.
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { Store, useRateLimiter, type Identity } from '@envelop/rate-limiter';
import type { IncomingMessage } from 'node:http';
import { GraphQLError, Kind, type DocumentNode, type SelectionSetNode } from 'graphql';
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

/** The limit's plugin, and the check auth.ts makes for a refused token (a 429 instead of its 401). */
export function clientRateLimit(limit: RateLimit, isSubgraphCall: IsSubgraphCall) {
  const windowMs = limit.windowSeconds * 1000;
  const store = new ClientWindows();
  const client = (serverContext: unknown) => {
    const context = serverContext as { request?: Request; req?: IncomingMessage };
    const actor = context.request ? actorOf(context.request) : PUBLIC_ACTOR;
    return actor !== PUBLIC_ACTOR ? `subject ${actor.subject}` : `IP ${clientIp(context.request, context.req, limit.clientIpHeader)}`;
  };
  const message = (who: string) => {
    const retryAfter = store.retryAfter(who, windowMs);
    return { retryAfter, text: `Too many requests from ${who}: at most ${limit.max} operations per ${limit.windowSeconds} s. Retry in ${retryAfter} s.` };
  };
  const config = { max: limit.max, window: `${windowMs}ms`, uncountRejected: true };
  const limiter = rootFieldsOnly(useRateLimiter({
    identifyFn: client,
    store,
    formatError: ({ contextIdentity }) => message(contextIdentity).text,
    // The library hands transformError only the text formatError wrote: the seconds are read back from it.
    transformError: (text) => rateLimited(text, Number(/Retry in (\d+) s/.exec(text)?.[1] ?? limit.windowSeconds)),
    configByField: [{ type: 'Query', field: '*', ...config }, { type: 'Mutation', field: '*', ...config }],
  }) as GatewayPlugin);
  const plugin: GatewayPlugin = {
    ...limiter,
    onExecute(payload) {
      const request = (payload.args.contextValue as { request?: Request }).request;
      if (request && isSubgraphCall(request)) return;
      return limiter.onExecute!(payload);
    },
  };

  /** Counts a refused token against its IP; the error to answer with once over the limit. */
  function refusedToken(request: Request, req: IncomingMessage | undefined): GraphQLError | undefined {
    const who = `IP ${clientIp(request, req, limit.clientIpHeader)}`;
    const identity = { contextIdentity: who, fieldIdentity: 'refused token' };
    const recent = store.getForIdentity(identity).filter((t) => t + windowMs > Date.now());
    if (recent.length >= limit.max) {
      const { text, retryAfter } = message(who);
      return rateLimited(text, retryAfter);
    }
    store.setForIdentity(identity, [...recent, Date.now()], windowMs);
    return undefined;
  }
  return { plugin, refusedToken };
}

/** Each selection's own fields, without what they select in turn. */
const topFields = (set: SelectionSetNode): SelectionSetNode => ({
  ...set,
  selections: set.selections.map((selection) =>
    selection.kind === Kind.FIELD
      ? { ...selection, selectionSet: undefined }
      : selection.kind === Kind.INLINE_FRAGMENT
        ? { ...selection, selectionSet: topFields(selection.selectionSet) }
        : selection,
  ),
});

/**
 * The limiter counts root fields only (Query.*, Mutation.*), yet walks the whole document with its
 * types on every request and hands execution a copy of it, so that no per-document cache after it
 * (the cost limit's, security.ts) ever hits. It is shown each definition's top fields alone, worked
 * out once per document (a fragment's fields are counted where it is defined, as before), and
 * execution keeps the document Yoga parsed.
 */
function rootFieldsOnly(plugin: GatewayPlugin): GatewayPlugin {
  const shown = new WeakMap<DocumentNode, DocumentNode>();
  return {
    ...plugin,
    onExecute(payload) {
      const document: DocumentNode = payload.args.document;
      let roots = shown.get(document);
      if (!roots) {
        const definitions = document.definitions.map((d) => ('selectionSet' in d ? { ...d, selectionSet: topFields(d.selectionSet) } : d));
        roots = { ...document, definitions } as DocumentNode;
        shown.set(document, roots);
      }
      return plugin.onExecute!({ ...payload, args: { ...payload.args, document: roots } });
    },
  };
}
