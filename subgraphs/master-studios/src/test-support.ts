import { subgraphTesting } from '@partnership/kit';
import { createContext } from './context.ts';
import { masterStudios } from './index.ts';

export const { openSeededDb, run } = subgraphTesting(masterStudios, createContext);

export type TestDatabase = Awaited<ReturnType<typeof openSeededDb>>;
