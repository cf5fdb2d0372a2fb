import type { Provenance } from './gql/graphql.ts';

/** What the "hide generated records" switch keeps: the article's records and those registered since. */
export const SHOWN_WHEN_HIDING: Provenance[] = ['ARTICLE', 'REGISTERED'];

/** The filter that leaves generated placeholders out, and nothing else. */
export const provenanceFilter = (hideGenerated?: boolean): { provenances?: Provenance[] } =>
  hideGenerated ? { provenances: SHOWN_WHEN_HIDING } : {};

/** The same rule for a list the API cannot filter (the partners reached through classes): applied here. */
export const keepShown = <T extends { provenance: Provenance }>(items: readonly T[], hideGenerated: boolean): T[] =>
  hideGenerated ? items.filter((item) => SHOWN_WHEN_HIDING.includes(item.provenance)) : [...items];
