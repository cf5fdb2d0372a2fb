import { runSubgraph } from '@partnership/kit';
import { masterStudios } from './index.ts';

await runSubgraph(masterStudios);
