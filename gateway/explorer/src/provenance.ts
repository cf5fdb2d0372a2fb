import type { Provenance } from './gql/graphql.ts';

/**
 * The filter that leaves generated placeholders out. The API's `provenance` filter takes one
 * value, so this asks for the article's records: records registered through the API are left
 * out too until the filter takes a list (or a negation).
 */
export const provenanceFilter = (hideGenerated?: boolean): { provenance?: Provenance } =>
  hideGenerated ? { provenance: 'ARTICLE' } : {};

/** The same rule for lists the API cannot filter (an industry's majors and classes): applied here. */
export const keepShown = <T extends { provenance: Provenance }>(items: readonly T[], hideGenerated: boolean): T[] =>
  hideGenerated ? items.filter((item) => item.provenance !== 'GENERATED') : [...items];
