import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import { type Actor, checkCaller, READ_FROM_HEADER } from './auth.ts';
import { contentTypeMemo } from './content-type.ts';
import { primaryOf } from './database.ts';
import { formatError } from './errors.ts';
import { drainHttpServer, type Shutdown } from './http-drain.ts';
import { logger } from './logger.ts';
import { errorsTotal, requestDuration, requestsTotal } from './metrics.ts';
import { currentRequest, REQUEST_ID_HEADER, requestIdFrom, runInRequest } from './request-scope.ts';
import { withServerSpan } from './tracing.ts';

type RequestContext = BaseContext & { actor: Actor };

export interface SubgraphServerOptions<Context extends RequestContext, Db> {
  name: string;
  schema: GraphQLSchema;
  /** The subgraph's Prisma client; with read replicas, a mutation gets its primary instead. */
  db: Db;
  /** Builds a fresh context (and so a fresh loader set) for every request, for the verified actor and the client it reads. */
  context: (request: { actor: Actor; db: Db }) => Context | Promise<Context>;
  /** The shared secret the gateway sends (x-subgraph-secret); requests without it get 401. */
  secret: string;
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  /** Largest request body accepted, in bytes. @default 1 MiB */
  maxBodyBytes?: number;
}

export interface RunningServer {
  url: string;
  /**
   * After the shutdown's delay (still answering, each answer closing its connection), stops
   * accepting connections, lets requests in flight finish, and after its deadline closes whatever
   * is still open. @default no delay, 10 s
   */
  stop(shutdown?: Shutdown): Promise<void>;
}

class BodyTooLarge extends Error {}

async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

/** Counts the error codes of every response (and keeps them for the request's log line). */
function errorMetricsPlugin(subgraph: string, codes: WeakMap<object, string[]>): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const found = (response.body.singleResult.errors ?? []).map((error) => String(error.extensions?.code ?? 'UNKNOWN'));
          for (const code of found) errorsTotal.inc({ subgraph, code });
          const scope = currentRequest();
          if (scope && found.length) codes.set(scope, found);
        },
      };
    },
  };
}

/**
 * A replica lags its primary, so a mutation reads through the primary: its checks, and the loaders
 * resolving what it returns, see what it wrote; so does a request sent with `x-read-from: primary`.
 * The context is rebuilt on the primary once the operation is known, before any resolver runs.
 */
function readYourWritesPlugin<Context extends RequestContext>(rebuildOnPrimary: (context: Context) => Promise<void>): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue, request }) {
          const askedForPrimary = request.http?.headers.get(READ_FROM_HEADER) === 'primary';
          if (operation?.operation === 'mutation' || askedForPrimary) await rebuildOnPrimary(contextValue);
        },
      };
    },
  };
}

/**
 * Serves a subgraph schema over HTTP at /graphql, with /health for probes. Every request runs
 * with its caller's x-request-id (or a new one), in a span continuing the caller's trace, and
 * ends with one log line and its metrics.
 */
export async function startSubgraphServer<Context extends RequestContext, Db>(
  options: SubgraphServerOptions<Context, Db>,
): Promise<RunningServer> {
  const log = logger.child({ subgraph: options.name });
  const errorCodes = new WeakMap<object, string[]>();
  const createContext = async (actor: Actor, db: Db) => options.context({ actor, db });
  const primary = primaryOf(options.db);
  const rebuildOnPrimary = async (context: Context) => void Object.assign(context, await createContext(context.actor, primary));
  const contentType = contentTypeMemo();
  const apollo = new ApolloServer<Context>({
    schema: options.schema,
    formatError: (formatted, error) => formatError(formatted, error),
    includeStacktraceInErrorResponses: false,
    // Only the gateway reads these answers: Apollo's default indents them, which costs CPU and bytes.
    stringifyResult: (value) => JSON.stringify(value),
    // runSubgraph owns signals: Apollo's own handler races it and stop() never resolves.
    stopOnTerminationSignals: false,
    // The default landing page loads from a CDN; inline traces are for Apollo Studio; no one reads
    // cache hints, and computing them wraps every resolver.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      errorMetricsPlugin(options.name, errorCodes),
      contentType.plugin,
      // A client without replicas is its own primary: nothing to rebuild.
      ...(primary === options.db ? [] : [readYourWritesPlugin(rebuildOnPrimary)]),
    ],
  });
  await apollo.start();
  const limit = options.maxBodyBytes ?? 1024 * 1024;
  let stopping = false;

  async function serveGraphQL(request: IncomingMessage, response: ServerResponse, url: URL) {
    // Only the gateway holds the secret; identity headers count only after it matched.
    const caller = checkCaller(request.headers, options.secret);
    if (!caller.ok) return sendJson(response, caller.status, caller.body);
    let body: unknown;
    try {
      const text = request.method === 'POST' ? await readBody(request, limit) : '';
      body = text ? JSON.parse(text) : undefined;
    } catch (error) {
      const message = error instanceof BodyTooLarge ? `Request body exceeds ${limit} bytes.` : 'Request body is not valid JSON.';
      return sendJson(response, error instanceof BodyTooLarge ? 413 : 400, { errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
      context: () => createContext(caller.actor, options.db),
    });
    for (const [key, value] of result.headers) response.setHeader(key, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      contentType.learn(headers.get('accept'), response.statusCode, result.headers);
      return response.end(result.body.string);
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  const http = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    // While stopping, answer what was already sent on open connections, then close them.
    if (stopping) response.setHeader('connection', 'close');
    if (url.pathname === '/health') return sendJson(response, 200, { status: 'ok', subgraph: options.name });
    if (url.pathname !== '/graphql') return sendJson(response, 404, { error: 'Not found: use /graphql.' });

    const scope = { requestId: requestIdFrom(request.headers[REQUEST_ID_HEADER]), subgraph: options.name };
    response.setHeader(REQUEST_ID_HEADER, scope.requestId);
    const started = process.hrtime.bigint();
    const attributes = { 'http.request.method': request.method ?? 'GET', 'url.path': url.pathname, 'service.subgraph': options.name };
    runInRequest(scope, () =>
      withServerSpan(`${request.method} /graphql`, request.headers, attributes, async (span) => {
        await serveGraphQL(request, response, url);
        span.setAttribute('http.response.status_code', response.statusCode);
      }),
    )
      .catch((error: unknown) => {
        log.error({ err: error, requestId: scope.requestId }, 'request failed');
        if (!response.headersSent) sendJson(response, 500, { errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
        else response.destroy();
      })
      .finally(() => {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        requestsTotal.inc({ subgraph: options.name, status: String(response.statusCode) });
        requestDuration.observe({ subgraph: options.name }, seconds);
        log.info(
          {
            requestId: scope.requestId,
            status: response.statusCode,
            durationMs: Math.round(seconds * 1000),
            errorCodes: errorCodes.get(scope),
          },
          'graphql request',
        );
      });
  });

  http.listen(options.port, options.host ?? '127.0.0.1');
  await once(http, 'listening');
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}/graphql`,
    async stop(shutdown) {
      stopping = true;
      await drainHttpServer(http, shutdown);
      await apollo.stop();
    },
  };
}
