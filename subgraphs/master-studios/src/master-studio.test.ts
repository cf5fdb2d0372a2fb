import { afterAll, beforeAll, expect, it } from 'vitest';
import { subgraphTesting } from '@partnership/kit';
import { masterStudios } from './schema/index.ts';

const { openSeededDb, run } = subgraphTesting(masterStudios);
type TestDatabase = Awaited<ReturnType<typeof openSeededDb>>;

let small: TestDatabase;
let large: TestDatabase;
beforeAll(async () => {
  [small, large] = await Promise.all([openSeededDb(), openSeededDb(1000)]);
});
afterAll(async () => {
  await Promise.all([small?.close(), large?.close()]);
});

const STUDIOS = `query ($first: Int!) {
  masterStudios(first: $first) {
    totalCount
    edges { node { name leader { name honours { name } chiefTechnicianTitles { batch } studios { id } }
      levelHistory { level } apprentices { name } hostEnterprise { id } } }
  }
}`;

it('seeds the article totals: 76 studios by level', async () => {
  const { data, errors } = await run(small, `{ masterStudioCountsByLevel { level count } }`);
  expect(errors).toBeUndefined();
  expect(data.masterStudioCountsByLevel.map((c: any) => c.count)).toEqual([46, 19, 10, 1]);
});

it('lists the towns studios stand in, each once, for the directory filter', async () => {
  const { data, errors, statements } = await run(small, `{ masterStudioTowns }`);
  expect(errors).toBeUndefined();
  expect(data.masterStudioTowns).toEqual(['开发区', '河上镇', '瓜沥镇', '蜀山街道']);
  expect(statements).toBe(1);
});

it('loads every relation in one statement per type, for 10 or 1,000 studios', async () => {
  const few = await run(large, STUDIOS, { first: 10 });
  const many = await run(large, STUDIOS, { first: 1000 });
  expect(few.errors).toBeUndefined();
  expect(many.data.masterStudios.edges).toHaveLength(1000);
  expect(many.statements).toBe(few.statements);
});

it('resolves many entity references in one batch', async () => {
  const refs = (n: number) => Array.from({ length: n }, (_, i) => ({ __typename: 'MasterStudio', id: String(i + 1) }));
  const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on MasterStudio { id level } } }`;
  const few = await run(large, query, { r: refs(5) });
  const many = await run(large, query, { r: refs(1000) });
  expect(many.data._entities).toHaveLength(1000);
  expect(many.statements).toBe(few.statements);
});

it('answers null for a missing studio and refuses a malformed id, naming the field', async () => {
  const { data } = await run(small, `{ masterStudio(id: "99999") { id } }`);
  expect(data.masterStudio).toBeNull();
  const bad = await run(small, `{ masterStudio(id: "x") { id } }`);
  expect(bad.errors?.[0].message).toMatch(/id must be a positive whole number/);
  expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
});

it('reads an empty list in a filter as no narrowing, and a list as any of its values', async () => {
  const count = async (filter: object) => (await run(small, `query ($filter: MasterStudioFilter) { masterStudios(filter: $filter) { totalCount } }`, { filter })).data.masterStudios.totalCount;
  expect(await count({ levels: [], kinds: [], towns: [] })).toBe(await count({}));
  expect(await count({ levels: ['CITY', 'PROVINCIAL'] })).toBe(19 + 10);
});
