import { defineRegistry, type RegistryContext, type SchemaTypesOf, type TransactionOf } from '@partnership/kit';
import { masterStudiosSeeds } from '../../../prisma/master-studios/seed.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import type PrismaTypes from './generated/pothos-types.ts';
import { getDatamodel } from './generated/pothos-types.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/**
 * What a request reads and writes through: the primary's client, or (PostgreSQL with replica
 * URLs) that client extended to read from the replicas, which has no $on.
 */
export type Db = Omit<PrismaClient, '$on'>;

export type Context = RegistryContext<Db, Loaders>;

/** The client inside a write's transaction. */
export type Tx = TransactionOf<Db>;

/** The master-studios registry, declared once; the kit derives its builder, database, server and process. */
export const { builder, open, subgraph } = defineRegistry<PrismaTypes>()({
  name: 'master-studios',
  client: (adapter): Db => new PrismaClient({ adapter }),
  datamodel: getDatamodel(),
  seeds: masterStudiosSeeds,
  loaders: createLoaders,
});

export type Types = SchemaTypesOf<typeof builder>;
