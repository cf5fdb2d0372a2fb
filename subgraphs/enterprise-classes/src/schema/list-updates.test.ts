import type { Actor } from '@partnership/kit';
import { seededDatabase } from '@partnership/kit/seeded-database';
import { describe, expect, it } from 'vitest';
import { enterpriseClasses } from './index.ts';

// An update input says "null clears an optional field"; its lists follow the same rule.
const { run } = seededDatabase(enterpriseClasses);

const staffOf = (school: { id: string }): Actor => ({ subject: 'test-staff', role: 'COLLEGE_STAFF', schoolId: Number(school.id) });

describe('list fields of updates', () => {
  it("updateEnterpriseClass: a list replaces the occupations, null empties them, leaving it out keeps them", async () => {
    const CLASS = '{ enterpriseClasses(first: 1) { edges { node { id version school { id } occupations { code } } } } }';
    const UPDATE = 'mutation ($input: UpdateEnterpriseClassInput!) { updateEnterpriseClass(input: $input) { version occupations { code } } }';
    const { id, version, school } = (await run(CLASS)).data.enterpriseClasses.edges[0].node;
    const update = (input: object, v: number) => run(UPDATE, { input: { id, version: v, ...input } }, staffOf(school));

    const set = await update({ occupationCodes: ['ELECTRICIAN', 'FITTER'] }, version);
    expect(set.errors).toBeUndefined();
    expect(set.data.updateEnterpriseClass.occupations).toEqual([{ code: 'ELECTRICIAN' }, { code: 'FITTER' }]);
    const kept = await update({ nameEn: 'Kept' }, version + 1);
    expect(kept.data.updateEnterpriseClass.occupations).toEqual([{ code: 'ELECTRICIAN' }, { code: 'FITTER' }]);
    const cleared = await update({ occupationCodes: null }, version + 2);
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data.updateEnterpriseClass).toEqual({ version: version + 3, occupations: [] });
  });

  it('updateResearchProject: null empties the participants', async () => {
    const PROJECT = '{ researchProjects(first: 1) { edges { node { id version school { id } participants { id } } } } }';
    const { id, version, school, participants } = (await run(PROJECT)).data.researchProjects.edges[0].node;
    expect(participants.length).toBeGreaterThan(0);
    const UPDATE = 'mutation ($input: UpdateResearchProjectInput!) { updateResearchProject(input: $input) { version participants { id } } }';
    const cleared = await run(UPDATE, { input: { id, version, participantIds: null } }, staffOf(school));
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data.updateResearchProject).toEqual({ version: version + 1, participants: [] });
  });
});
