import { describe, expect, it } from 'vitest';
import { seededDatabase } from '@partnership/kit/seeded-database';
import { payPolicies } from './index.ts';

const { run: query } = seededDatabase(payPolicies);

const PAGE = `query ($first: Int, $after: String, $enterpriseIds: [ID!]) {
  promotionPathways(first: $first, after: $after, enterpriseIds: $enterpriseIds) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id toRole enterprise { id } } }
  }
}`;

describe('promotionPathways', () => {
  it('pages through every pathway, oldest first, with the total', async () => {
    const all = await query(PAGE, { first: 1000 });
    const ids = all.data!.promotionPathways.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(all.data!.promotionPathways.totalCount).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(1);
    const first = await query(PAGE, { first: 1 });
    expect(first.data!.promotionPathways.pageInfo.hasNextPage).toBe(true);
    const next = await query(PAGE, { first: ids.length, after: first.data!.promotionPathways.pageInfo.endCursor });
    expect([first, next].flatMap((page) => page.data!.promotionPathways.edges.map((e: { node: { id: string } }) => e.node.id))).toEqual(ids);
  });

  it("narrows to some enterprises' pathways, and counts only those", async () => {
    const all = await query(PAGE, { first: 1000 });
    const enterpriseId = all.data!.promotionPathways.edges[0].node.enterprise.id;
    const theirs = await query(PAGE, { first: 1000, enterpriseIds: [enterpriseId] });
    const edges = theirs.data!.promotionPathways.edges;
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.length).toBeLessThan(all.data!.promotionPathways.totalCount);
    expect(edges.every((e: { node: { enterprise: { id: string } } }) => e.node.enterprise.id === enterpriseId)).toBe(true);
    expect(theirs.data!.promotionPathways.totalCount).toBe(edges.length);
  });
});
