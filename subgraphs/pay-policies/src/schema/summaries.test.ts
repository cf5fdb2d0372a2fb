import { describe, expect, it } from 'vitest';
import { seededDatabase } from '@partnership/kit/seeded-database';
import { payPolicies } from './index.ts';

const { run: query } = seededDatabase(payPolicies);

describe('certificationSummary', () => {
  it('computes the end-of-October figures from the records', async () => {
    const { data, errors } = await query(`{
      certificationSummary(periodEnd: "2023-10-31") {
        periodEnd enterpriseBodies socialEvaluationOrganisations pilotUnits newEnterpriseBodies
        peopleCertified selfTrained selfTrainedPercent
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.certificationSummary).toEqual({
      periodEnd: '2023-10-31', enterpriseBodies: 62, socialEvaluationOrganisations: 6, pilotUnits: 68,
      newEnterpriseBodies: 13, peopleCertified: 5926, selfTrained: 3066, selfTrainedPercent: 51.74,
    });
  });

  it('defaults to every batch on record and counts new bodies for any year', async () => {
    const { data } = await query('{ certificationSummary { periodEnd peopleCertified newEnterpriseBodies(year: 2023) } }');
    expect(data!.certificationSummary).toEqual({ periodEnd: '2023-10-31', peopleCertified: 5926, newEnterpriseBodies: 13 });
  });

  it('counts nothing before the first period and no pilot that joined later', async () => {
    const { data } = await query('{ certificationSummary(periodEnd: "2023-03-31") { pilotUnits peopleCertified selfTrainedPercent newEnterpriseBodies } }');
    expect(data!.certificationSummary).toMatchObject({ pilotUnits: 0, peopleCertified: 0, selfTrainedPercent: null });
    expect(data!.certificationSummary.newEnterpriseBodies).toBeLessThan(13); // 正强 joined in April
  });

  it('refuses a date that does not exist, naming the argument', async () => {
    const { errors } = await query('{ certificationSummary(periodEnd: "2023-02-30") { pilotUnits } }');
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'periodEnd' });
  });
});

describe('subsidySummary', () => {
  it('sums this year payments by kind', async () => {
    const { data, errors } = await query('{ subsidySummary(year: 2023) { year totalCny payments byKind { kind totalCny payments } } }');
    expect(errors).toBeUndefined();
    const summary = data!.subsidySummary;
    expect(summary.totalCny).toBe(4_230_000);
    expect(summary.byKind.map((k: { kind: string; totalCny: number }) => [k.kind, k.totalCny])).toEqual([
      ['CERTIFICATION_GRANT', 2_000_000],
      ['HIGH_SKILL_TALENT_SUBSIDY', 2_230_000],
    ]);
    expect(summary.payments).toBe(summary.byKind[0].payments + summary.byKind[1].payments);
    expect(summary.byKind.every((k: { payments: number }) => k.payments > 0)).toBe(true);
  });

  it('sums past Int\'s 2^31 - 1: two payments of 1.5 billion yuan', async () => {
    const admin = { subject: 'test-admin', role: 'BUREAU_ADMIN' } as const;
    for (let i = 0; i < 2; i++) {
      const { errors } = await query('mutation { recordSubsidy(input: { kind: HIGH_SKILL_TALENT_SUBSIDY, amountCny: 1500000000, year: 1950 }) { id } }', undefined, admin);
      expect(errors).toBeUndefined();
    }
    const { data, errors } = await query('{ subsidySummary(year: 1950) { totalCny byKind { totalCny } } }');
    expect(errors).toBeUndefined();
    expect(data!.subsidySummary).toEqual({ totalCny: 3_000_000_000, byKind: [{ totalCny: 0 }, { totalCny: 3_000_000_000 }] });
  });

  it('lists every kind at zero for a year without payments', async () => {
    const { data } = await query('{ subsidySummary(year: 2000) { totalCny byKind { totalCny payments } } }');
    expect(data!.subsidySummary).toEqual({ totalCny: 0, byKind: [{ totalCny: 0, payments: 0 }, { totalCny: 0, payments: 0 }] });
  });
});

describe('districtIndicators', () => {
  it('gives the targets met as the article rounds them: 134%, 163%, 140%', async () => {
    const codes = ['training_person_times', 'new_skilled_talents', 'new_high_skill_talents'];
    const { data } = await query('query ($codes: [String!]) { districtIndicators(codes: $codes) { code value target achievedPercent asOf } }', { codes });
    const rows = data!.districtIndicators as { code: string; achievedPercent: number; asOf: string }[];
    expect(rows.map((r) => r.code)).toEqual(codes);
    expect(rows.map((r) => Math.round(r.achievedPercent))).toEqual([134, 163, 140]);
    expect(rows.every((r) => r.asOf === '2023-11-20')).toBe(true);
  });

  it('refuses a code that names no indicator, listing the valid ones', async () => {
    const { data, errors } = await query('{ districtIndicators(codes: ["training_person_times", "training_persons"]) { code } }');
    expect(data?.districtIndicators ?? null).toBeNull();
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'codes' });
    expect(errors?.[0].message).toMatch(/^codes has unknown indicator code\(s\) training_persons; valid indicator codes: .*training_person_times/);
  });

  it('lists every district-wide figure', async () => {
    const { data } = await query('{ districtIndicators { code value qualifier } }');
    const byCode = new Map((data!.districtIndicators as { code: string; value: number; qualifier: string | null }[]).map((r) => [r.code, r]));
    expect(byCode.size).toBe(18);
    // An empty list of codes is no filter, as in every other list argument.
    const { data: empty } = await query('{ districtIndicators(codes: []) { code } }');
    expect(empty!.districtIndicators).toHaveLength(18);
    expect(byCode.get('skilled_talent_stock')).toMatchObject({ value: 310000, qualifier: 'over' });
    expect(byCode.get('secondary_industry_training_share')).toMatchObject({ value: 47.03, qualifier: null });
  });
});
