import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type Graph, type QueryResult } from './support/graph.ts';

export const DIRECTORY_QUERY = /* GraphQL */ `
  query StudioDirectory($after: String) {
    masterStudios(filter: { levels: [PROVINCIAL, NATIONAL] }, first: 4, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          name
          level
          leader { name honours { name } }
          occupation { code name nameEn }
          hostEnterprise { name }
          hostSchool { name }
          levelHistory { level year }
        }
      }
    }
  }
`;

let graph: Graph;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(() => graph?.stop());

describe('a studio directory', () => {
  it('pages through the provincial and national studios with leader, trade, host and history', async () => {
    const nodes = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { data, errors, statements }: QueryResult<any> = await graph.query(DIRECTORY_QUERY, { after });
      expect(errors).toBeUndefined();
      expect(data.masterStudios.totalCount).toBe(11);
      nodes.push(...data.masterStudios.edges.map((e: any) => e.node));
      after = data.masterStudios.pageInfo.hasNextPage ? data.masterStudios.pageInfo.endCursor : null;
      pages += 1;
      // Each page: one batch of hosts, one of trades, whatever the page holds.
      expect(statements['pay-policies']).toBeLessThanOrEqual(1);
      expect(statements['enterprise-classes']).toBeLessThanOrEqual(2);
    } while (after && pages < 10);

    expect(pages).toBe(3);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(11);
    expect(nodes.filter((n) => n.level === 'NATIONAL')).toHaveLength(1);
    expect(nodes.filter((n) => n.level === 'PROVINCIAL')).toHaveLength(10);
    for (const studio of nodes) {
      expect(studio.leader.name).toBeTruthy();
      expect(studio.occupation.name).toBeTruthy();
      expect(studio.hostEnterprise?.name ?? studio.hostSchool?.name).toBeTruthy();
      expect(studio.levelHistory.at(-1).level).toBe(studio.level);
    }
  });

  it('finds a studio by name, with its host enterprise and the campus it works on', async () => {
    const { data, errors } = await graph.query(/* GraphQL */ `{
      masterStudios(filter: { nameContains: "陆立军" }) {
        totalCount
        edges { node { name nameEn provenance hostEnterprise { name nameEn } campusSchool { name }
          leader { name title honours { name nameEn year } } occupation { name } } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data.masterStudios.totalCount).toBe(1);
    const studio = data.masterStudios.edges[0].node;
    expect(studio).toMatchObject({
      name: '陆立军大师工作室',
      provenance: 'ARTICLE',
      hostEnterprise: { name: '杭齿集团', nameEn: 'Hangzhou Advance Gearbox Group' },
      campusSchool: { name: '萧山一职' },
      leader: { name: '陆立军', title: '机械制造高级技师' },
      occupation: { name: '工具钳工' },
    });
    expect(studio.leader.honours).toContainEqual({ name: '浙江省技术能手', nameEn: 'Zhejiang technical expert', year: null });
  });

  it('refuses a blank name search, naming the field', async () => {
    const { data, errors } = await graph.query(`{ masterStudios(filter: { nameContains: "  " }) { totalCount } }`);
    expect(data ?? null).toBeNull();
    expect(errors?.[0]).toMatchObject({
      message: expect.stringContaining('filter.nameContains'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
