import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type Graph } from './support/graph.ts';

export const PLANNER_QUERY = /* GraphQL */ `
  query Planner($industry: String!) {
    industry(code: $industry) {
      name
      nameEn
      majors { name isNew occupationalStandard }
      enterpriseClasses {
        name
        cohortYear
        seats
        major { name }
        partnerEnterprise {
          name
          studios { name level leader { name } }
          payPolicies { scope upliftMinPercent upliftMaxPercent effectiveYear }
        }
      }
      studios { name level }
    }
  }
`;

let graph: Graph;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(() => graph?.stop());

describe('a college planner', () => {
  it('follows an industry to its majors and order classes, their partners, the studios they host and their pay', async () => {
    const { data, errors, statements } = await graph.query(PLANNER_QUERY, { industry: 'SMART_VEHICLES' });
    expect(errors).toBeUndefined();
    const industry = data.industry;
    expect(industry).toMatchObject({ name: '智能汽车', nameEn: 'Smart vehicles' });
    expect(industry.majors.some((m: any) => m.isNew)).toBe(true);
    expect(industry.enterpriseClasses.length).toBeGreaterThan(0);
    for (const cls of industry.enterpriseClasses) expect(cls.partnerEnterprise.name).toBeTruthy();

    // The chain the planner asks about: a partner that hosts a studio and has a pay policy.
    const partners = industry.enterpriseClasses.map((c: any) => c.partnerEnterprise);
    const hosting = partners.filter((p: any) => p.studios.length > 0);
    expect(hosting.length).toBeGreaterThan(0);
    expect(hosting[0].studios[0].level).toMatch(/DISTRICT|CITY|PROVINCIAL|NATIONAL/);
    expect(partners.some((p: any) => p.payPolicies.length > 0)).toBe(true);

    // One batch per type and hop, however many classes and partners the industry has.
    expect(statements['pay-policies']).toBeLessThanOrEqual(2);
    expect(statements['master-studios']).toBeLessThanOrEqual(3);
  });

  it('answers null, not an error, for an industry code nobody uses', async () => {
    const { data, errors } = await graph.query(PLANNER_QUERY, { industry: 'NO_SUCH_INDUSTRY' });
    expect(errors).toBeUndefined();
    expect(data.industry).toBeNull();
  });
});
