import { describe, expect, it } from 'vitest';
import { readOnlyGraph } from './support/file-graph.ts';
import { journey, printAnswer } from './support/journeys.ts';

const PLANNER = journey('planner');
export const PLANNER_QUERY = PLANNER.query;

const graph = readOnlyGraph();

describe('a college planner', () => {
  it('follows an industry to its majors and order classes, their partners, the studios they host and their pay', async () => {
    const answer = await graph.query(PLANNER_QUERY, PLANNER.variables);
    const { data, errors, statements } = answer;
    expect(errors).toBeUndefined();
    // The README's journey, answered in full: every major, class, partner, studio and pay policy.
    await expect(printAnswer(answer)).toMatchFileSnapshot(PLANNER.answerFile);
    const industry = data.industry;
    expect(industry).toMatchObject({ name: '智能汽车', nameEn: 'Smart vehicles' });
    expect(industry.majors.some((m: any) => m.isNew)).toBe(true);
    // The article's 电装班 (its industry inferred, not stated) and two generated classes.
    expect(industry.enterpriseClasses.map((c: any) => c.name)).toEqual(['电装班', '生成订单班 #01', '生成订单班 #10']);
    for (const cls of industry.enterpriseClasses) expect(cls.partnerEnterprise.name).toBeTruthy();

    // The chain the planner asks about: a partner that hosts a studio and has a pay policy.
    const partners = industry.enterpriseClasses.map((c: any) => c.partnerEnterprise);
    expect(partners.map((p: any) => p.studios.length)).toEqual([0, 1, 1]);
    expect(partners.map((p: any) => p.payPolicies.length)).toEqual([0, 1, 0]);
    expect(industry.studios).toHaveLength(9);

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
