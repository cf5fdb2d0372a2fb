import { expect, it } from 'vitest';
import { seededDatabase } from '@partnership/kit/seeded-database';
import { enterpriseClasses } from './index.ts';

const { run } = seededDatabase(enterpriseClasses);

const SUMMARY = /* GraphQL */ `query ($from: Int, $to: Int) {
  researchOutcomeSummary(yearFrom: $from, yearTo: $to) {
    students technicalRenovations developedEquipment patents yearFrom yearTo
  }
}`;

it('counts the last 3 years by default: 329 students, 81 renovations, 23 pieces of equipment, 74 patents', async () => {
  const { data, errors, statements } = await run(SUMMARY);
  expect(errors).toBeUndefined();
  expect(data.researchOutcomeSummary).toEqual({
    students: 329, technicalRenovations: 81, developedEquipment: 23, patents: 74, yearFrom: 2021, yearTo: 2023,
  });
  expect(statements).toBe(1);
});

it('counts from the records, so a narrower window gives the projects of that window', async () => {
  const { data } = await run(SUMMARY, { from: 2023, to: 2023 });
  const { data: projects } = await run(`{ researchProjects(yearFrom: 2023, yearTo: 2023) { totalCount } }`);
  const s = data.researchOutcomeSummary;
  expect(s.technicalRenovations + s.developedEquipment + s.patents).toBe(projects.researchProjects.totalCount);
  expect(s.patents).toBeLessThan(74);
  expect(s.students).toBeLessThan(329);
});

it('pages projects of one kind with their total', async () => {
  const { data, errors } = await run(`{
    researchProjects(kind: PATENT, yearFrom: 2021, yearTo: 2023, first: 5) {
      totalCount
      edges { node { title kind participants { technicianLevel } sourceEnterprise { id } } }
    }
  }`);
  expect(errors).toBeUndefined();
  expect(data.researchProjects.totalCount).toBe(74);
  expect(data.researchProjects.edges).toHaveLength(5);
  for (const { node } of data.researchProjects.edges) {
    expect(node.kind).toBe('PATENT');
    expect(node.participants.length).toBeGreaterThan(0);
  }
});

it('refuses a window that ends before it starts, naming the argument', async () => {
  const { errors } = await run(SUMMARY, { from: 2023, to: 2021 });
  expect(errors?.[0].message).toBe('yearFrom must not be after yearTo.');
  expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'yearFrom' });
});

it("counts and pages one school's research: the technician college's is all of it, the vocational school has none", async () => {
  const OF_SCHOOL = `query ($school: ID) {
    researchOutcomeSummary(schoolId: $school) { students technicalRenovations developedEquipment patents }
    researchProjects(schoolId: $school) { totalCount }
  }`;
  const college = await run(OF_SCHOOL, { school: '1' });
  expect(college.errors).toBeUndefined();
  expect(college.data.researchOutcomeSummary).toEqual({ students: 329, technicalRenovations: 81, developedEquipment: 23, patents: 74 });
  expect(college.data.researchProjects.totalCount).toBe(178);
  expect(college.statements).toBe(2);
  const vocational = await run(OF_SCHOOL, { school: '2' });
  expect(vocational.data.researchOutcomeSummary).toEqual({ students: 0, technicalRenovations: 0, developedEquipment: 0, patents: 0 });
  expect(vocational.data.researchProjects.totalCount).toBe(0);
});

it('leaves out generated placeholder projects on request: the article gives counts, not projects', async () => {
  const { data, errors } = await run(`{
    all: researchProjects(provenances: [GENERATED]) { totalCount }
    real: researchProjects(schoolId: 1, provenances: [ARTICLE, REGISTERED]) { totalCount }
  }`);
  expect(errors).toBeUndefined();
  expect(data).toEqual({ all: { totalCount: 178 }, real: { totalCount: 0 } });
});

it('refuses a school id that is not an id, naming the argument', async () => {
  const { errors } = await run(`{ researchOutcomeSummary(schoolId: "one") { patents } }`);
  expect(errors?.[0].message).toBe('schoolId must be a positive whole number up to 2147483647, got "one".');
  expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'schoolId' });
});
