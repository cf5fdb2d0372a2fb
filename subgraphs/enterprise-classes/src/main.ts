import { runSubgraph } from '@partnership/kit';
import { enterpriseClasses } from './index.ts';

await runSubgraph(enterpriseClasses);
