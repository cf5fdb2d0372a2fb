import { startSubgraphServer } from '@partnership/kit';
import { createContext } from './context.ts';
import type { Db } from './db.ts';
import { schema } from './schema/index.ts';

/** Serves the master-studios subgraph on `port` (0 picks a free one). */
export function startMasterStudios({ db, port, host }: { db: Db; port: number; host?: string }) {
  return startSubgraphServer({ name: 'master-studios', schema, port, host, context: () => createContext(db) });
}
