import { type Actor, type CheckForeignReferences, foreignReferences, PUBLIC_ACTOR, type SubgraphContext } from '@partnership/kit';
import type { Db } from './db.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface Context extends SubgraphContext<Db> {
  loaders: Loaders;
}

/** A subgraph on its own (in-process tests) has no gateway to check references into other registries. */
const noGateway = foreignReferences(() => undefined);

/** A new context, and so a new loader set, for every request; `actor` is who the gateway verified. */
export function createContext(db: Db, actor: Actor = PUBLIC_ACTOR, references: CheckForeignReferences = noGateway): Context {
  return { db, actor, references, loaders: createLoaders(db) };
}
