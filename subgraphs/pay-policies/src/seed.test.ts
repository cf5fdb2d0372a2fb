import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '@partnership/kit';
import { CERTIFICATION, payPoliciesSeeds, SUBSIDY_TOTALS } from '../../../prisma/pay-policies/seed.ts';
import { ARTICLE_YEAR, ENTERPRISES, FIRST_GENERATED_ENTERPRISE_ID, generatedEnterpriseCount } from '../../../prisma/seed/catalogue.ts';
import { payPolicies } from './schema/index.ts';

type Database = Awaited<ReturnType<typeof payPolicies.open>>;

describe('the seed reproduces the article', () => {
  let database: Database;
  let db: Database['client'];
  beforeAll(async () => {
    database = await payPolicies.open();
    db = database.client;
    expect(await seedDemo(payPoliciesSeeds, db)).toBe('loaded');
  });
  afterAll(() => database.close());

  it('is a no-op the second time', async () => {
    const before = await db.enterprise.count();
    expect(await seedDemo(payPoliciesSeeds, db)).toBe('present');
    expect(await db.enterprise.count()).toBe(before);
  });

  it('keeps the named enterprises at their catalogue ids, with nothing invented about them but one marked inference', async () => {
    const named = await db.enterprise.findMany({ where: { provenance: 'ARTICLE' }, orderBy: { id: 'asc' } });
    expect(named.map((e) => [e.id, e.name])).toEqual(Object.values(ENTERPRISES).map((e) => [e.id, e.name]));
    expect(named.every((e) => e.town == null && e.creditCode == null)).toBe(true);
    // Only Denso's industry is filled, and it says it is inferred and why.
    expect(named.filter((e) => e.industryCode != null)).toMatchObject([
      { name: '电装', industryCode: 'SMART_VEHICLES', industryInferred: true, industryNote: expect.stringContaining('原文未注明行业') },
    ]);
    expect(await db.enterprise.count({ where: { provenance: 'GENERATED' } })).toBe(generatedEnterpriseCount());
  });

  it('counts 62 enterprise bodies, 13 new this year, and 6 social evaluation organisations', async () => {
    expect(await db.certificationBody.count({ where: { kind: 'ENTERPRISE' } })).toBe(62);
    expect(await db.certificationBody.count({ where: { kind: 'ENTERPRISE', pilotSinceYear: ARTICLE_YEAR } })).toBe(13);
    expect(await db.certificationBody.count({ where: { kind: 'SOCIAL_EVALUATION_ORGANISATION' } })).toBe(6);
    expect(await db.certificationBody.count({ where: { batches: { some: {} } } })).toBe(68);
  });

  it('certified 5,926 people, 3,066 of them self-trained, 88 at 正强', async () => {
    const sums = await db.certificationBatch.aggregate({ _sum: { peopleCertified: true, selfTrained: true } });
    expect(sums._sum).toEqual({ peopleCertified: 5926, selfTrained: 3066 });
    const zhengqiang = await db.certificationBatch.findFirstOrThrow({ where: { body: { enterpriseId: ENTERPRISES.zhengqiang.id } } });
    expect(zhengqiang).toMatchObject({ peopleCertified: 88, selfTrained: null, provenance: 'ARTICLE' });
    const stated = await db.certificationBatch.findMany({ where: { selfTrained: { not: null } } });
    expect(stated.every((b) => b.selfTrained! <= b.peopleCertified)).toBe(true);
  });

  it('paid the article subsidy totals, grants only to generated bodies that certified 50 or more', async () => {
    const byKind = await db.subsidy.groupBy({ by: ['kind'], where: { year: ARTICLE_YEAR }, _sum: { amountCny: true } });
    expect(Object.fromEntries(byKind.map((g) => [g.kind, g._sum.amountCny]))).toEqual(SUBSIDY_TOTALS);
    expect(await db.subsidy.count({ where: { enterprise: { provenance: 'ARTICLE' } } })).toBe(0);
    const grants = await db.subsidy.findMany({
      where: { kind: 'CERTIFICATION_GRANT' },
      include: { enterprise: { include: { certificationBodies: { include: { batches: true } } } } },
    });
    for (const grant of grants) {
      const people = grant.enterprise!.certificationBodies.flatMap((b) => b.batches).reduce((n, b) => n + b.peopleCertified, 0);
      expect(people).toBeGreaterThanOrEqual(CERTIFICATION.grantThreshold);
    }
  });

  it('records the 8-15% pay rises at 恒逸 and 钱江电气 and 申通 courier pathway', async () => {
    const named = await db.payPolicy.findMany({ where: { provenance: 'ARTICLE' }, orderBy: { enterpriseId: 'asc' } });
    expect(named.map((p) => [p.enterpriseId, p.upliftMinPercent.toNumber(), p.upliftMaxPercent.toNumber()])).toEqual([
      [ENTERPRISES.hengyi.id, 8, 15],
      [ENTERPRISES.qianjiangElectric.id, 8, 15],
    ]);
    const pathway = await db.promotionPathway.findFirstOrThrow({ where: { enterpriseId: ENTERPRISES.stoExpress.id } });
    expect(pathway).toMatchObject({ fromRole: '快递员', toRole: '转运中心主管', examplePerson: '李庆恒' });
  });

  it('lets the next insert take a fresh id', async () => {
    const created = await db.enterprise.create({ data: { name: '测试企业', provenance: 'GENERATED' } });
    expect(created.id).toBe(FIRST_GENERATED_ENTERPRISE_ID + generatedEnterpriseCount());
    await db.enterprise.delete({ where: { id: created.id } });
  });
});

describe('the seed with extra rows', () => {
  it('adds enterprises and pay policies but keeps the article totals', async () => {
    const database = await payPolicies.open();
    try {
      const db = database.client;
      await seedDemo(payPoliciesSeeds, db, { extra: 50 });
      expect(await db.enterprise.count({ where: { provenance: 'GENERATED' } })).toBe(generatedEnterpriseCount({ extra: 50 }));
      expect(await db.payPolicy.count({ where: { enterpriseId: { gte: FIRST_GENERATED_ENTERPRISE_ID + generatedEnterpriseCount() } } })).toBe(50);
      const sums = await db.certificationBatch.aggregate({ _sum: { peopleCertified: true, selfTrained: true } });
      expect(sums._sum).toEqual({ peopleCertified: 5926, selfTrained: 3066 });
      expect((await db.subsidy.aggregate({ _sum: { amountCny: true } }))._sum.amountCny).toBe(4_230_000);
    } finally {
      await database.close();
    }
  });
});

describe('the demo data', () => {
  it('is not loaded over registered enterprises', async () => {
    const database = await payPolicies.open();
    try {
      await database.client.enterprise.create({ data: { name: '登记企业', provenance: 'REGISTERED' } });
      await expect(seedDemo(payPoliciesSeeds, database.client)).rejects.toThrow(/holds records that are not the demo's \(1 Enterprise\)/);
      expect(await database.client.enterprise.count()).toBe(1);
    } finally {
      await database.close();
    }
  });
});
