import { randomBytes } from 'node:crypto';
import { composeSupergraph, signLocalToken, startGateway, type AuthOptions, type GatewayOptions, type LocalTokenClaims } from '@partnership/gateway';
import { primaryOf, seedDemo, subgraphSdl, type Database, type SqlStatement } from '@partnership/kit';
import { createPostgresDatabase, databaseUrl, provided, seededTemplates, testPostgresUrl } from './databases.ts';
import { seededPglite } from './seeded-databases.ts';
import { SUBGRAPHS } from './subgraphs.ts';

export interface GraphOptions {
  /** Extra generated rows per large table, to prove batching on a bigger seed. @default 0 */
  extra?: number;
  /** Sees every SQL statement a subgraph sends, e.g. for a test to EXPLAIN it. */
  onStatement?: (subgraph: string, statement: SqlStatement) => void;
  /** Gateway settings under test: CORS origins, trusted documents, the explorer build, tracing. */
  gateway?: Pick<GatewayOptions, 'corsOrigins' | 'trustedDocuments' | 'explorer' | 'tracing' | 'limits' | 'deduplicateSubgraphRequests' | 'introspection' | 'graphiql' | 'rateLimit' | 'responseCache' | 'subgraphTimeouts' | 'oidc' | 'production'>;
  /** Tokens from an identity provider, verified with its keys, instead of local HS256 ones (token() then signs nothing the gateway takes). */
  identityProvider?: Pick<AuthOptions, 'jwksUrl' | 'issuer' | 'audience'>;
  /** Subgraph name -> the URL the gateway should use instead of the subgraph's own (a proxy). */
  routeVia?: Record<string, (subgraphUrl: string) => Promise<string>>;
  /**
   * A PostgreSQL primary and a hot standby of it (instead of TEST_DATABASE_URL): each subgraph's
   * database is made on the primary and read through the standby's copy, its read replica.
   */
  replication?: { primaryUrl: string; standby: { url: string; caughtUp(): Promise<void> } };
}

export interface QueryResult<Data> {
  data: Data;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  /** SQL statements each subgraph ran while answering, by subgraph name. */
  statements: Record<string, number>;
  /** Those of `statements` that went to a read replica. */
  replicaStatements: Record<string, number>;
  status: number;
}

export interface Graph {
  url: string;
  /** The database engine every subgraph runs on in this graph. */
  engine: 'pglite' | 'postgresql';
  /** Subgraph name -> its own /graphql URL. */
  subgraphUrls: Record<string, string>;
  /** Subgraph name -> its Prisma client, and its connection string on PostgreSQL. */
  databases: Record<string, { client: unknown; url?: string }>;
  /** `as`: a token (see token()) or claims to sign one from; `headers`: sent as they are. */
  query<Data = any>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<QueryResult<Data>>;
  /** Subgraph name -> the secret the gateway sends it (x-subgraph-secret). */
  secrets: Record<string, string>;
  /** A token this graph's gateway accepts (HS256, like `npm run token`). */
  token(claims: LocalTokenClaims, expiresIn?: string | number): Promise<string>;
  /** Starts another gateway over the same subgraphs (stopped with the graph); query it with `via`. */
  addGateway(options?: GraphOptions['gateway'] & Pick<GatewayOptions, 'metricsPort'>): Promise<{ url: string; opsUrl?: string }>;
  stop(): Promise<void>;
}

export interface RequestOptions {
  as?: string | LocalTokenClaims;
  headers?: Record<string, string>;
  /** The gateway URL to send it to. @default the graph's own gateway */
  via?: string;
}

const newSecret = () => randomBytes(32).toString('hex');

/**
 * Starts the whole graph as production runs it: each subgraph on port 0 over its own migrated
 * and seeded database (a copy of the run's seeded one; made afresh for `extra` rows or
 * `replication`), a supergraph composed from their SDL with those URLs, and the production
 * gateway on port 0.
 */
export async function startGraph(options: GraphOptions = {}): Promise<Graph> {
  const stops: (() => Promise<void>)[] = [];
  const opened: Record<string, Pick<Database<unknown>, 'statements' | 'replicaStatements'>> = {};
  const subgraphUrls: Record<string, string> = {};
  const engines = new Set<'pglite' | 'postgresql'>();
  const databases: Graph['databases'] = {};
  const secrets = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, newSecret()]));
  const jwtSecret = newSecret();
  const token = (claims: LocalTokenClaims, expiresIn?: string | number) => signLocalToken(claims, jwtSecret, expiresIn);
  // Subgraphs check references into other registries through the gateway, which starts last.
  let gatewayUrl: string | undefined;
  const postgresUrl = options.replication?.primaryUrl ?? testPostgresUrl;
  const fresh = options.extra || options.replication;
  const seeded = fresh ? undefined : await provided('seededDatabases');
  const templates = fresh || !postgresUrl ? undefined : await seededTemplates(postgresUrl);
  try {
    for (const subgraph of SUBGRAPHS) {
      const pgDatabase = postgresUrl ? await createPostgresDatabase(postgresUrl, subgraph.name, templates?.[subgraph.name]) : undefined;
      if (pgDatabase) stops.push(pgDatabase.drop);
      const replicaUrls = options.replication && pgDatabase && [databaseUrl(options.replication.standby.url, pgDatabase.name)];
      const onStatement = options.onStatement && ((s: SqlStatement) => options.onStatement!(subgraph.name, s));
      const pglite = !postgresUrl && seeded?.engine === 'pglite' ? seededPglite(seeded, subgraph.name) : undefined;
      const database = await subgraph.open({ url: pgDatabase?.url, replicaUrls, onStatement, pglite });
      databases[subgraph.name] = { client: database.client, url: pgDatabase?.url };
      stops.push(database.close);
      await seedDemo(subgraph.seeds, primaryOf(database.client), { extra: options.extra ?? 0 });
      const server = await subgraph.start({
        db: database.client,
        port: 0,
        host: '127.0.0.1',
        secret: secrets[subgraph.name],
        gatewayUrl: () => gatewayUrl,
      });
      stops.push(server.stop);
      opened[subgraph.name] = database;
      engines.add(database.engine);
      subgraphUrls[subgraph.name] = server.url;
    }
    // The standby has each database, migrated and seeded, before the first request reads it.
    await options.replication?.standby.caughtUp();
    const routes = Object.fromEntries(
      await Promise.all(SUBGRAPHS.map(async (s) => [s.name, (await options.routeVia?.[s.name]?.(subgraphUrls[s.name])) ?? subgraphUrls[s.name]])),
    );
    const supergraph = composeSupergraph(SUBGRAPHS.map((s) => ({ name: s.name, url: routes[s.name], sdl: subgraphSdl(s.schema) })));
    const auth: AuthOptions = options.identityProvider ? { ...options.identityProvider, subgraphSecrets: secrets } : { secret: jwtSecret, subgraphSecrets: secrets };
    const gateway = await startGateway({ ...options.gateway, supergraph, port: 0, logging: false, auth });
    gatewayUrl = gateway.url;
    stops.push(gateway.stop);
    const addGateway: Graph['addGateway'] = async (gatewayOptions = options.gateway) => {
      const another = await startGateway({ ...gatewayOptions, supergraph, port: 0, logging: false, auth });
      stops.push(another.stop);
      return { url: another.url, opsUrl: another.opsUrl };
    };

    return {
      url: gateway.url,
      engine: [...engines][0],
      subgraphUrls,
      databases,
      secrets,
      token,
      addGateway,
      async query(query, variables, { as, headers, via = gateway.url }: RequestOptions = {}) {
        const bearer = typeof as === 'object' ? await token(as) : as;
        const counts = () => Object.entries(opened).map(([name, d]) => ({ name, all: d.statements.count, replica: d.replicaStatements.count }));
        const before = counts();
        const response = await fetch(via, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json',
            ...(bearer && { authorization: `Bearer ${bearer}` }),
            ...headers,
          },
          body: JSON.stringify({ query, variables }),
        });
        const body = await response.json();
        const after = counts();
        const statements = Object.fromEntries(after.map((c, i) => [c.name, c.all - before[i].all]));
        const replicaStatements = Object.fromEntries(after.map((c, i) => [c.name, c.replica - before[i].replica]));
        return { ...body, statements, replicaStatements, status: response.status };
      },
      stop: () => stopAll(stops),
    };
  } catch (error) {
    await stopAll(stops);
    throw error;
  }
}

async function stopAll(stops: (() => Promise<void>)[]) {
  for (const stop of stops.reverse()) await stop();
}
