import { afterAll, beforeAll, expect, it } from 'vitest';
import { subgraphTesting } from '@partnership/kit';
import { enterpriseClasses } from './schema/index.ts';

const { openSeededDb, run } = subgraphTesting(enterpriseClasses);
type TestDatabase = Awaited<ReturnType<typeof openSeededDb>>;

// 15 classes against 1,000: a request must cost the same number of statements.
let small: TestDatabase;
let large: TestDatabase;
beforeAll(async () => {
  small = await openSeededDb();
  large = await openSeededDb(985);
});
afterAll(async () => {
  await small?.close();
  await large?.close();
});

const DEEP = /* GraphQL */ `{
  enterpriseClasses(first: 1000) {
    totalCount
    edges { node {
      name school { name } major { name enterpriseClasses { id } } industry { name majors { id } }
      occupations { name } partnerEnterprise { id }
      students { name collegeMentor { name } enterpriseMentor { name enterprise { id } } researchProjects { title participants { id } } }
    } }
  }
}`;

it('answers a deep class query in the same number of statements at 15 and 1,000 classes', async () => {
  const a = await run(small, DEEP);
  const b = await run(large, DEEP);
  expect(a.errors).toBeUndefined();
  expect(b.errors).toBeUndefined();
  expect(a.data.enterpriseClasses.totalCount).toBe(15);
  expect(b.data.enterpriseClasses.totalCount).toBe(1000);
  console.log("COUNT deep", a.statements, b.statements); expect(b.statements).toBe(a.statements);
});

const ENTITIES = /* GraphQL */ `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on School { name enterpriseClasses { id } }
    ... on Industry { name industryColleges { name } }
    ... on Occupation { name enterpriseClasses { id } }
    ... on EnterpriseClass { name students { id } }
    ... on Enterprise { enterpriseClasses { id } industryColleges { id } partnerSchools { name } trainingProgrammes { name } }
  }
}`;

const representations = (classIds: number[]) => [
  { __typename: 'School', id: '1' },
  { __typename: 'School', id: '2' },
  { __typename: 'Industry', code: 'SMART_VEHICLES' },
  { __typename: 'Industry', code: 'MODERN_TEXTILES' },
  { __typename: 'Occupation', code: 'FITTER' },
  ...classIds.map((id) => ({ __typename: 'EnterpriseClass', id: String(id) })),
  ...classIds.map((id) => ({ __typename: 'Enterprise', id: String(id + 8) })),
];

it('resolves any number of references with one statement per type', async () => {
  const few = await run(small, ENTITIES, { representations: representations([1, 2]) });
  const many = await run(large, ENTITIES, { representations: representations(Array.from({ length: 500 }, (_, i) => i + 1)) });
  expect(few.errors).toBeUndefined();
  expect(many.errors).toBeUndefined();
  expect(few.data._entities[0].name).toBe('萧山技师学院');
  expect(many.data._entities).toHaveLength(1005);
  console.log("COUNT entities", few.statements, many.statements); expect(many.statements).toBe(few.statements);
});
