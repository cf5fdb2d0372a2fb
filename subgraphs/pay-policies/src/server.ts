import { foreignReferences, startSubgraphServer } from '@partnership/kit';
import { createContext } from './context.ts';
import type { Db } from './db.ts';
import { schema } from './schema/index.ts';

/** Serves the pay-policies subgraph on `port` (0 picks a free one). */
export function startPayPolicies(options: { db: Db; port: number; host?: string; secret: string; gatewayUrl?: () => string | undefined }) {
  const { db, port, host, secret, gatewayUrl = () => undefined } = options;
  const references = foreignReferences(gatewayUrl);
  return startSubgraphServer({ name: 'pay-policies', schema, port, host, secret, db, context: (request) => createContext(request.db, request.actor, references) });
}
