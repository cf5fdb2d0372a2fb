import path from 'node:path';
import type { PothosPrismaDatamodel } from '@pothos/plugin-prisma';
import type { SqlDriverAdapterFactory } from '@prisma/client/runtime/client';
import type { GraphQLSchema } from 'graphql';
import { type Actor, PUBLIC_ACTOR } from './auth.ts';
import { createSubgraphBuilder, type SubgraphContext } from './builder.ts';
import { defaultPortOf, type RegistryName } from './config.ts';
import { nameLoaders } from './metrics.ts';
import { openDatabase, type Database, type DatabaseOptions } from './database.ts';
import { type CheckForeignReferences, foreignReferences } from './references.ts';
import type { SubgraphSeeds } from './seeding.ts';
import { startSubgraphServer, type RunningServer } from './server.ts';

/** What a registry says about itself; the kit derives its builder, context, database, server and process. */
export interface RegistryDefinition<Db, Loaders> {
  name: RegistryName;
  /** Its Prisma client over a driver adapter: `(adapter) => new PrismaClient({ adapter })`. */
  client: (adapter: SqlDriverAdapterFactory) => Db;
  /** The Pothos datamodel generated beside the client (getDatamodel()). */
  datamodel: PothosPrismaDatamodel;
  /** Its catalogues, which every database gets, and its demo data, which production never loads by itself. */
  seeds: SubgraphSeeds<Db>;
  /** Every batch the registry runs; a new set for every request that uses one, so nothing is cached across callers. */
  loaders: (db: Db) => Loaders;
}

/** The client a registry's `$transaction` callback receives. */
export type TransactionOf<Db> = Db extends { $transaction(fn: (tx: infer Tx) => Promise<unknown>, ...rest: never[]): unknown } ? Tx : never;

/** The Pothos schema types of a registry's builder, for helpers that take refs or field builders. */
export type SchemaTypesOf<Builder> = Builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never;

/** What a registry's resolvers get: its client, the caller, reference checks and the request's loaders. */
export type RegistryContext<Db, Loaders> = SubgraphContext<Db> & { loaders: Loaders };

/** Everything needed to run a registry: its process (kit main), the e2e harness and the tests use it. */
export interface SubgraphProgram<Db, Context = unknown> {
  name: RegistryName;
  defaultPort: number;
  schema: GraphQLSchema;
  open(options?: Omit<DatabaseOptions, 'migrationsDir'>): Promise<Database<Db>>;
  /** Its catalogues, which every database gets, and its demo data, which production never loads by itself. */
  seeds: SubgraphSeeds<Db>;
  /** A request's context, for the verified `actor`; `references` checks keys into other registries. */
  createContext(db: Db, actor?: Actor, references?: CheckForeignReferences): Context;
  /** `secret`: what the gateway sends in x-subgraph-secret; `gatewayUrl`: where references into other registries are checked. */
  start(options: { db: Db; port: number; host?: string; secret: string; gatewayUrl?: () => string | undefined }): Promise<RunningServer>;
}

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** A registry on its own (in-process tests) has no gateway to check references into other registries. */
const noGateway = foreignReferences(() => undefined);

/**
 * Declares a registry once. `PrismaTypes` (generated pothos-types) is given explicitly, the rest
 * is inferred: `defineRegistry<PrismaTypes>()({ name, client, datamodel, seeds, loaders })`.
 * Type files add to `builder`; schema/index.ts imports them, then calls `subgraph()`. Scripts that
 * only need the database (seeds) use `open`, which builds no schema.
 */
export function defineRegistry<PrismaTypes extends object>() {
  return <Db extends { $disconnect(): Promise<void> }, Loaders>(definition: RegistryDefinition<Db, Loaders>) => {
    type Context = RegistryContext<Db, Loaders>;
    const builder = createSubgraphBuilder<PrismaTypes, Context>(definition.datamodel);
    const migrationsDir = path.join(repoRoot, 'prisma', definition.name, 'migrations');
    // Loaders are built on first use: a request that reads through Prisma relations alone builds none.
    // The getter lives on the prototype because Apollo copies a context's own properties
    // (Object.assign) for every operation, which would call an own getter at once.
    const loadersOnDemand = {
      get loaders(): Loaders {
        const context = this as unknown as { db: Db; builtLoaders?: Loaders };
        if (!context.builtLoaders) {
          context.builtLoaders = definition.loaders(context.db);
          nameLoaders(context.builtLoaders);
        }
        return context.builtLoaders;
      },
    };
    const createContext = (db: Db, actor: Actor = PUBLIC_ACTOR, references: CheckForeignReferences = noGateway): Context =>
      // builtLoaders is reset too when a context is rebuilt on the primary.
      Object.assign(Object.create(loadersOnDemand) as Context, { db, actor, references, builtLoaders: undefined });

    /** Opens (and migrates) the registry's database: PGlite by default, PostgreSQL with a url. */
    const open = (options: Omit<DatabaseOptions, 'migrationsDir'> = {}) => openDatabase<Db>(definition.client as never, { ...options, migrationsDir });

    /** The registry's program, once every type file has added to the builder. */
    function subgraph(): SubgraphProgram<Db, Context> {
      // 2.9 for @listSize: the gateway's cost limit counts a list returned whole at its assumed size.
      const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.9' });
      return {
        name: definition.name,
        defaultPort: defaultPortOf(definition.name),
        schema,
        open,
        seeds: definition.seeds,
        createContext,
        start({ db, port, host, secret, gatewayUrl = () => undefined }) {
          // The checks name this registry and carry its own secret: the gateway knows them apart from a client's.
          const references = foreignReferences(gatewayUrl, { name: definition.name, secret });
          return startSubgraphServer({ name: definition.name, schema, port, host, secret, db, context: (request) => createContext(request.db, request.actor, references) });
        },
      };
    }
    return { builder, open, subgraph };
  };
}
