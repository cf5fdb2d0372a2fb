import { composeSupergraph, startGateway, subgraphSdl, SUBGRAPHS } from '@partnership/gateway';
import type { StatementCounter } from '@partnership/kit';
import { createPostgresDatabase, testPostgresUrl } from './databases.ts';

export interface GraphOptions {
  /** Extra generated rows per large table, to prove batching on a bigger seed. @default 0 */
  extra?: number;
}

export interface QueryResult<Data> {
  data: Data;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  /** SQL statements each subgraph ran while answering, by subgraph name. */
  statements: Record<string, number>;
  status: number;
}

export interface Graph {
  url: string;
  /** The database engine every subgraph runs on in this graph. */
  engine: 'pglite' | 'postgresql';
  /** Subgraph name -> its own /graphql URL. */
  subgraphUrls: Record<string, string>;
  query<Data = any>(query: string, variables?: Record<string, unknown>): Promise<QueryResult<Data>>;
  stop(): Promise<void>;
}

/**
 * Starts the whole graph as production runs it: each subgraph on port 0 over its own freshly
 * migrated and seeded database, a supergraph composed from their SDL with those URLs, and the
 * production gateway on port 0.
 */
export async function startGraph(options: GraphOptions = {}): Promise<Graph> {
  const stops: (() => Promise<void>)[] = [];
  const counters: Record<string, StatementCounter> = {};
  const subgraphUrls: Record<string, string> = {};
  const engines = new Set<'pglite' | 'postgresql'>();
  try {
    for (const subgraph of SUBGRAPHS) {
      const pgDatabase = testPostgresUrl ? await createPostgresDatabase(testPostgresUrl, subgraph.name) : undefined;
      if (pgDatabase) stops.push(pgDatabase.drop);
      const database = await subgraph.open({ url: pgDatabase?.url });
      stops.push(database.close);
      await subgraph.seed(database.client, { extra: options.extra ?? 0 });
      const server = await subgraph.start({ db: database.client, port: 0, host: '127.0.0.1' });
      stops.push(server.stop);
      counters[subgraph.name] = database.statements;
      engines.add(database.engine);
      subgraphUrls[subgraph.name] = server.url;
    }
    const supergraph = composeSupergraph(
      SUBGRAPHS.map((s) => ({ name: s.name, url: subgraphUrls[s.name], sdl: subgraphSdl(s.schema) })),
    );
    const gateway = await startGateway({ supergraph, port: 0, logging: false });
    stops.push(gateway.stop);

    return {
      url: gateway.url,
      engine: [...engines][0],
      subgraphUrls,
      async query(query, variables) {
        const before = Object.fromEntries(Object.entries(counters).map(([name, c]) => [name, c.count]));
        const response = await fetch(gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
          body: JSON.stringify({ query, variables }),
        });
        const body = await response.json();
        const statements = Object.fromEntries(
          Object.entries(counters).map(([name, c]) => [name, c.count - before[name]]),
        );
        return { ...body, statements, status: response.status };
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
