import { subgraphTesting } from '@partnership/kit';
import { createContext } from './context.ts';
import { enterpriseClasses } from './index.ts';

export const { openSeededDb, run } = subgraphTesting(enterpriseClasses, createContext);

export type TestDatabase = Awaited<ReturnType<typeof openSeededDb>>;
