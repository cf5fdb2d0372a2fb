import { runSubgraph } from '@partnership/kit';
import { payPolicies } from './index.ts';

await runSubgraph(payPolicies);
