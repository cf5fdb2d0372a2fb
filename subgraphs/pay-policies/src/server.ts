import { startSubgraphServer } from '@partnership/kit';
import { createContext } from './context.ts';
import type { Db } from './db.ts';
import { schema } from './schema/index.ts';

/** Serves the pay-policies subgraph on `port` (0 picks a free one). */
export function startPayPolicies({ db, port, host }: { db: Db; port: number; host?: string }) {
  return startSubgraphServer({ name: 'pay-policies', schema, port, host, context: () => createContext(db) });
}
