import { describe, expect, it } from 'vitest';
import { readOnlyGraph } from './support/file-graph.ts';
import { type QueryResult } from './support/graph.ts';
import { journey, printAnswer } from './support/journeys.ts';

const DIRECTORY = journey('studio-directory');
export const DIRECTORY_QUERY = DIRECTORY.query;

const graph = readOnlyGraph();

describe('a studio directory', () => {
  it('pages through the provincial and national studios with leader, trade, host and history', async () => {
    const nodes = [];
    const answers: QueryResult<any>[] = [];
    let after = DIRECTORY.variables.after as string | null;
    let pages = 0;
    do {
      const answer: QueryResult<any> = await graph.query(DIRECTORY_QUERY, { ...DIRECTORY.variables, after });
      const { data, errors, statements } = answer;
      answers.push(answer);
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
    // The README's journey, answered in full: each page as the client received it.
    await expect(printAnswer(answers)).toMatchFileSnapshot(DIRECTORY.answerFile);
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
    expect(data).toEqual({ masterStudios: null });
    expect(errors?.[0]).toMatchObject({
      message: expect.stringContaining('filter.nameContains'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

// The trigram indexes must not change what a name search finds: each connection's answer equals
// a substring match over all its rows, for terms of 1-2 characters (no trigram, so PostgreSQL
// cannot narrow by the index), longer ones, and English in any case.
describe('a name search', () => {
  const all = `query All { list: %s(first: 1000) { totalCount edges { node { name nameEn } } } }`;
  const search = `query Search($term: String!) { list: %s(filter: { nameContains: $term }, first: 1000) { totalCount edges { node { name nameEn } } } }`;
  const namesOf = (data: any) => data.list.edges.map((e: any) => e.node.name).sort();

  it.each([
    ['masterStudios', ['大师', '大师工作室', '陆立军', 'studio', 'MASTER STUDIO', 'lu lijun', '王'], '陆立军大师工作室'],
    ['enterprises', ['集团', '杭齿集团', 'gearbox', 'HANGZHOU ADVANCE', '齿'], '杭齿集团'],
    ['enterpriseClasses', ['电装', '电装班', 'denso', 'ORDER CLASS', '班'], '电装班'],
  ])('%s(filter: { nameContains }) finds exactly the rows whose name or nameEn contains the term', async (field, terms, known) => {
    const everything = await graph.query(all.replace('%s', field));
    expect(everything.errors).toBeUndefined();
    const rows: { name: string; nameEn: string | null }[] = everything.data.list.edges.map((e: any) => e.node);
    expect(rows.length).toBe(everything.data.list.totalCount);
    for (const term of terms) {
      const needle = term.toLowerCase();
      const expected = rows.filter((r) => r.name.toLowerCase().includes(needle) || !!r.nameEn?.toLowerCase().includes(needle));
      expect(expected.length, term).toBeGreaterThan(0);
      const { data, errors } = await graph.query(search.replace('%s', field), { term });
      expect(errors, term).toBeUndefined();
      expect(namesOf(data), term).toEqual(expected.map((r) => r.name).sort());
      expect(data.list.totalCount, term).toBe(expected.length);
    }
    expect(rows.map((r) => r.name)).toContain(known);
  });
});
