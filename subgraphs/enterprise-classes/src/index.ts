import type { SubgraphProgram } from '@partnership/kit';
import { enterpriseClassesSeeds } from '../../../prisma/enterprise-classes/seed.ts';
import { openEnterpriseClassesDb, type Db } from './db.ts';
import { schema } from './schema/index.ts';
import { startEnterpriseClasses } from './server.ts';

/** Everything needed to run this subgraph: main.ts, the e2e harness and compose use it. */
export const enterpriseClasses: SubgraphProgram<Db> = {
  name: 'enterprise-classes',
  defaultPort: 4001,
  schema,
  open: openEnterpriseClassesDb,
  seeds: enterpriseClassesSeeds,
  start: startEnterpriseClasses,
};
