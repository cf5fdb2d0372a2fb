import { subgraphPrismaConfig } from '../config.ts';

export default subgraphPrismaConfig('master-studios');
