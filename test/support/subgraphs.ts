import { enterpriseClasses } from '@partnership/enterprise-classes';
import type { SubgraphProgram } from '@partnership/kit';
import { masterStudios } from '@partnership/master-studios';
import { payPolicies } from '@partnership/pay-policies';

/** The registries the harness starts in-process, in schema/supergraph.yaml's order. */
export const SUBGRAPHS: SubgraphProgram<unknown>[] = [enterpriseClasses, masterStudios, payPolicies];
