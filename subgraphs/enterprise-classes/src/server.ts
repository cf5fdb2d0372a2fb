import { foreignReferences, startSubgraphServer } from '@partnership/kit';
import { createContext } from './context.ts';
import type { Db } from './db.ts';
import { schema } from './schema/index.ts';

/** Serves the enterprise-classes subgraph on `port` (0 picks a free one). */
export function startEnterpriseClasses(options: { db: Db; port: number; host?: string; secret: string; gatewayUrl?: () => string | undefined }) {
  const { db, port, host, secret, gatewayUrl = () => undefined } = options;
  const references = foreignReferences(gatewayUrl);
  return startSubgraphServer({ name: 'enterprise-classes', schema, port, host, secret, db, context: (request) => createContext(request.db, request.actor, references) });
}
