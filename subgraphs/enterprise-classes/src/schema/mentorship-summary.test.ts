import { expect, it } from 'vitest';
import type { Actor } from '@partnership/kit';
import { seededDatabase } from '@partnership/kit/seeded-database';
import { enterpriseClasses } from './index.ts';

const { run } = seededDatabase(enterpriseClasses);

const SUMMARY = /* GraphQL */ `query ($school: ID!) {
  mentorshipSummary(schoolId: $school) { students pairedStudents collegeMentors enterpriseMentors mentorEnterprises }
}`;

it("counts the technician college's dual mentors in one statement: every student has both", async () => {
  const { data, errors, statements } = await run(SUMMARY, { school: '1' });
  expect(errors).toBeUndefined();
  const { data: all } = await run(`{ students { totalCount } mentors(side: ENTERPRISE, first: 1000) { edges { node { enterprise { id } } } } }`);
  const enterprises = new Set(all.mentors.edges.map((e: { node: { enterprise: { id: string } } }) => e.node.enterprise.id));
  expect(data.mentorshipSummary).toEqual({
    students: all.students.totalCount,
    pairedStudents: all.students.totalCount,
    collegeMentors: 24,
    enterpriseMentors: all.mentors.edges.length,
    mentorEnterprises: enterprises.size,
  });
  expect(statements).toBe(1);
});

it('counts a student whose enterprise mentor was taken away as not paired', async () => {
  const staff: Actor = { subject: 'test-staff', role: 'COLLEGE_STAFF', schoolId: 1 };
  const before = (await run(SUMMARY, { school: '1' })).data.mentorshipSummary;
  const { data: read } = await run(`{ students(first: 1) { edges { node { id version collegeMentor { id } } } } }`);
  const student = read.students.edges[0].node;
  const { errors } = await run(
    `mutation ($input: PairMentorsInput!) { pairMentors(input: $input) { id } }`,
    { input: { id: student.id, version: student.version, collegeMentorId: student.collegeMentor.id, enterpriseMentorId: null } },
    staff,
  );
  expect(errors).toBeUndefined();
  const after = (await run(SUMMARY, { school: '1' })).data.mentorshipSummary;
  expect(after).toMatchObject({ students: before.students, pairedStudents: before.pairedStudents - 1, collegeMentors: 24 });
});

it('counts nothing at a school with no students on record', async () => {
  const { data } = await run(SUMMARY, { school: '2' });
  expect(data.mentorshipSummary).toEqual({ students: 0, pairedStudents: 0, collegeMentors: 0, enterpriseMentors: 0, mentorEnterprises: 0 });
});

it('refuses a school id that is not an id, naming the argument', async () => {
  const { errors } = await run(SUMMARY, { school: '0' });
  expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'schoolId' });
});
