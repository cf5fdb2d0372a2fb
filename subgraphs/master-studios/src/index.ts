import type { SubgraphProgram } from '@partnership/kit';
import { masterStudiosSeeds } from '../../../prisma/master-studios/seed.ts';
import { openMasterStudiosDb, type Db } from './db.ts';
import { schema } from './schema/index.ts';
import { startMasterStudios } from './server.ts';

/** Everything needed to run this subgraph: main.ts, the e2e harness and compose use it. */
export const masterStudios: SubgraphProgram<Db> = {
  name: 'master-studios',
  defaultPort: 4002,
  schema,
  open: openMasterStudiosDb,
  seeds: masterStudiosSeeds,
  start: startMasterStudios,
};
