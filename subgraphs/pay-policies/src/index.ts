import type { SubgraphProgram } from '@partnership/kit';
import { payPoliciesSeeds } from '../../../prisma/pay-policies/seed.ts';
import { openPayPoliciesDb, type Db } from './db.ts';
import { schema } from './schema/index.ts';
import { startPayPolicies } from './server.ts';

/** Everything needed to run this subgraph: main.ts, the e2e harness and compose use it. */
export const payPolicies: SubgraphProgram<Db> = {
  name: 'pay-policies',
  defaultPort: 4003,
  schema,
  open: openPayPoliciesDb,
  seeds: payPoliciesSeeds,
  start: startPayPolicies,
};
