import { subgraphTesting } from '@partnership/kit';
import { createContext } from './context.ts';
import { payPolicies } from './index.ts';

export const { openSeededDb, run } = subgraphTesting(payPolicies, createContext);

export type TestDatabase = Awaited<ReturnType<typeof openSeededDb>>;
