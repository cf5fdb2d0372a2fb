import type { SubgraphContext } from '@partnership/kit';
import type { Db } from './db.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface Context extends SubgraphContext<Db> {
  loaders: Loaders;
}

/** A new context, and so a new loader set, for every request. */
export function createContext(db: Db): Context {
  return { db, loaders: createLoaders(db) };
}
