// One SQL statement per type per request, whatever the result size: the same query at 10 and at
// 1,000 rows must cost each subgraph the same number of statements.
import { DEFAULT_LIMITS } from '@partnership/gateway';
import { DEFAULT_PAGE_SIZE } from '@partnership/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type Graph } from './support/graph.ts';

let graph: Graph;
beforeAll(async () => {
  // A 1,000-row page with its relations is over the default cost limit, which is not under test here.
  graph = await startGraph({ extra: 1000, gateway: { limits: { ...DEFAULT_LIMITS, maxCost: Number.POSITIVE_INFINITY } } });
}, 300_000);
afterAll(() => graph?.stop());

const STUDIOS = /* GraphQL */ `
  query Studios($first: Int!) {
    masterStudios(first: $first) {
      edges { node {
        name
        leader { name honours { name } }
        levelHistory { level }
        apprentices { name }
        occupation { name }
        hostEnterprise { name industry { name } payPolicies { scope } certificationBodies { name } }
      } }
    }
  }
`;

const CLASSES = /* GraphQL */ `
  query Classes($first: Int!) {
    enterpriseClasses(first: $first) {
      edges { node {
        name
        school { name }
        major { name }
        industry { name studios { name } }
        occupations { name }
        students { name collegeMentor { name } }
        partnerEnterprise { name studios { name level } payPolicies { upliftMaxPercent } }
      } }
    }
  }
`;

const ENTERPRISES = /* GraphQL */ `
  query Enterprises($first: Int!) {
    enterprises(first: $first) {
      edges { node {
        name
        payPolicies { scope }
        subsidies { amountCny }
        industry { name majors { name } }
        enterpriseClasses { name }
        partnerSchools { name }
        studios { name levelHistory { year } }
      } }
    }
  }
`;

describe('batching through the gateway', () => {
  it.each([
    ['studios with their masters, trades and hosts', STUDIOS, 'masterStudios'],
    ['order classes with partners, their studios and pay', CLASSES, 'enterpriseClasses'],
    ['enterprises with classes, studios and policies', ENTERPRISES, 'enterprises'],
  ])('%s: same statements for 10 and 1,000 rows', async (_name, query, root) => {
    const small = await graph.query(query, { first: 10 });
    const large = await graph.query(query, { first: 1000 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(small.data[root].edges).toHaveLength(10);
    expect(large.data[root].edges).toHaveLength(1000);
    expect(large.statements).toEqual(small.statements);
    // Every subgraph took part, so every hop was measured.
    for (const count of Object.values(small.statements)) expect(count).toBeGreaterThan(0);
  });
});

const PROVINCIAL_PAGE = /* GraphQL */ `
  query Provincial($first: Int!) {
    masterStudios(first: $first, filter: { levels: [PROVINCIAL] }) { totalCount edges { node { id } } }
  }
`;

describe("a page's total", () => {
  // So a request costs the same statements at any data size, whether or not its page is full.
  it('is one count statement beside the page, whether the page is full or holds every match', async () => {
    const full = await graph.query(PROVINCIAL_PAGE, { first: 1 });
    const total = full.data.masterStudios.totalCount;
    expect(total).toBeGreaterThan(1);
    expect(total).toBeLessThan(1000);
    const whole = await graph.query(PROVINCIAL_PAGE, { first: total + 1 });
    expect(whole.data.masterStudios.edges).toHaveLength(total);
    expect(whole.data.masterStudios.totalCount).toBe(total);
    expect(full.statements['master-studios']).toBe(2);
    expect(whole.statements['master-studios']).toBe(2);
  });

  it('asked alone, is one count statement, with no page read', async () => {
    const alone = await graph.query(`{ masterStudios { totalCount } }`);
    expect(alone.data.masterStudios.totalCount).toBeGreaterThan(DEFAULT_PAGE_SIZE);
    expect(alone.statements['master-studios']).toBe(1);
  });
});
