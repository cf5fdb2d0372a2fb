import { enterpriseClasses } from '@partnership/enterprise-classes';
import { masterStudios } from '@partnership/master-studios';
import type { SubgraphProgram } from '@partnership/kit';
import { payPolicies } from '@partnership/pay-policies';

/** The registries the graph composes, in the order their SDL is printed. */
export const SUBGRAPHS: SubgraphProgram<unknown>[] = [enterpriseClasses, masterStudios, payPolicies];

/** Where a subgraph listens when started with its defaults (npm start). */
export const defaultSubgraphUrl = (port: number) => `http://localhost:${port}/graphql`;
