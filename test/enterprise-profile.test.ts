import { describe, expect, it } from 'vitest';
import { readOnlyGraph } from './support/file-graph.ts';
import { journey, printAnswer } from './support/journeys.ts';

const PROFILE = journey('enterprise-profile');
export const PROFILE_QUERY = PROFILE.query;

const graph = readOnlyGraph();

describe("a frontend's enterprise profile", () => {
  it('joins what all three registries know about Hangzhou Zhengqiang Transmission', async () => {
    const answer = await graph.query(PROFILE_QUERY, PROFILE.variables);
    const { data, errors, statements } = answer;
    expect(errors).toBeUndefined();
    // The README's journey, answered in full.
    await expect(printAnswer(answer)).toMatchFileSnapshot(PROFILE.answerFile);
    expect(data.enterprise).toMatchObject({
      name: '杭州正强传动股份有限公司',
      nameEn: 'Hangzhou Zhengqiang Transmission',
      provenance: 'ARTICLE',
      certificationBodies: [
        { kind: 'ENTERPRISE', pilotSinceYear: 2023, pilotSinceMonth: 4, batches: [{ periodEnd: '2023-10-31', peopleCertified: 88 }] },
      ],
      trainingProgrammes: [{ kind: 'FURTHER_STUDY', participantsAtLeast: 40, examplePerson: '金素琴' }],
      subsidies: [],
    });
    expect(statements['enterprise-classes']).toBeLessThanOrEqual(4);
  });

  it("shows Denso's order class and Hangzhou Advance Gearbox's studio on a school campus", async () => {
    const denso = await graph.query(PROFILE_QUERY, { id: '3' });
    expect(denso.errors).toBeUndefined();
    expect(denso.data.enterprise.enterpriseClasses.map((c: any) => c.name)).toEqual(['电装班']);
    expect(denso.data.enterprise.partnerSchools).toEqual([{ name: '萧山技师学院' }]);

    const gearbox = await graph.query(PROFILE_QUERY, { id: '4' });
    expect(gearbox.errors).toBeUndefined();
    expect(gearbox.data.enterprise.studios).toEqual([
      { name: '陆立军大师工作室', level: 'DISTRICT', campusSchool: { name: '萧山一职' }, leader: { name: '陆立军' } },
    ]);
  });

  it('answers null for an unknown enterprise and a named error for a malformed id', async () => {
    const unknown = await graph.query(PROFILE_QUERY, { id: '999999' });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data.enterprise).toBeNull();

    const malformed = await graph.query(PROFILE_QUERY, { id: 'abc' });
    expect(malformed.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/id must be a positive whole number/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
