import { type Actor, refusalOf, subgraphTesting, todayInXiaoshan } from '@partnership/kit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { payPolicies } from './index.ts';

const { openSeededDb, run } = subgraphTesting(payPolicies);
let db: Awaited<ReturnType<typeof openSeededDb>>;
beforeAll(async () => {
  db = await openSeededDb();
});
afterAll(() => db?.close());

const ADMIN: Actor = { subject: 'zhang.min', role: 'BUREAU_ADMIN' };
const BATCH = `mutation ($input: RecordCertificationBatchInput!) { recordCertificationBatch(input: $input) { id peopleCertified } }`;
const BODY = `mutation ($input: RegisterCertificationBodyInput!) { registerCertificationBody(input: $input) { id } }`;
const peopleCertified = async () => (await run(db, `{ certificationSummary { peopleCertified } }`)).data.certificationSummary.peopleCertified;
const batchCount = () => db.client.certificationBatch.count();

// Body 1 (正强) became a pilot in April 2023 (pilotSinceYear 2023, pilotSinceMonth 4).
describe('recordCertificationBatch', () => {
  it('records a period once: a second batch for it is refused, and the total counts it once', async () => {
    const input = { bodyId: '1', periodEnd: '2024-06-30', peopleCertified: 12 };
    expect((await run(db, BATCH, { input }, ADMIN)).errors).toBeUndefined();
    const [total, batches] = [await peopleCertified(), await batchCount()];

    expect(refusalOf(await run(db, BATCH, { input: { ...input, peopleCertified: 30 } }, ADMIN))).toEqual({
      message: 'input.periodEnd must end a period not yet recorded: CertificationBody 1 already has a batch ending 2024-06-30, and a second would count its people twice.',
      code: 'BAD_USER_INPUT', field: 'input.periodEnd', rule: 'unique',
    });
    expect([await peopleCertified(), await batchCount()]).toEqual([total, batches]);
    // Another body may end a period on the same day.
    expect((await run(db, BATCH, { input: { ...input, bodyId: '2' } }, ADMIN)).errors).toBeUndefined();
  });

  it('says the same when a concurrent write took the period first (the unique constraint)', async () => {
    // The check inside the transaction does not see the other write: the constraint refuses it.
    const unseeing = new Proxy(db.client, {
      get(client, key) {
        if (key !== '$transaction') return Reflect.get(client, key);
        return (work: (tx: unknown) => Promise<unknown>, options: object) =>
          client.$transaction((tx) => work(new Proxy(tx, {
            get: (t, k) => (k === 'certificationBatch' ? { ...t.certificationBatch, findUnique: async () => null, create: t.certificationBatch.create } : Reflect.get(t, k)),
          })), options);
      },
    });
    const result = await run({ ...db, client: unseeing }, BATCH, { input: { bodyId: '1', periodEnd: '2024-06-30', peopleCertified: 5 } }, ADMIN);
    expect(refusalOf(result)).toMatchObject({ field: 'input.periodEnd', rule: 'unique', message: expect.stringContaining('already has a batch ending 2024-06-30') });
  });

  it('refuses a period ending before the body became a pilot', async () => {
    const result = await run(db, BATCH, { input: { bodyId: '1', periodEnd: '2023-03-31', peopleCertified: 3 } }, ADMIN);
    expect(refusalOf(result)).toEqual({
      message: 'input.periodEnd must not be before 2023-04, when CertificationBody 1 became a pilot (pilotSinceYear, pilotSinceMonth).',
      code: 'BAD_USER_INPUT', field: 'input.periodEnd', rule: 'range', params: { min: '2023-04-01' },
    });
    expect((await run(db, BATCH, { input: { bodyId: '1', periodEnd: '2023-04-30', peopleCertified: 3 } }, ADMIN)).errors).toBeUndefined();
  });

  it('refuses a period ending after today in Xiaoshan, and takes one ending today', async () => {
    const today = todayInXiaoshan();
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const result = await run(db, BATCH, { input: { bodyId: '1', periodEnd: tomorrow, peopleCertified: 3 } }, ADMIN);
    expect(refusalOf(result)).toEqual({
      message: `input.periodEnd must not be after today, ${today} (Asia/Shanghai): record a batch once its period has ended.`,
      code: 'BAD_USER_INPUT', field: 'input.periodEnd', rule: 'range', params: { max: today },
    });
    expect((await run(db, BATCH, { input: { bodyId: '1', periodEnd: today, peopleCertified: 3 } }, ADMIN)).errors).toBeUndefined();
  });
});

describe('registerCertificationBody', () => {
  it('refuses a second ENTERPRISE body for the same enterprise', async () => {
    const { enterpriseId } = (await db.client.certificationBody.findUniqueOrThrow({ where: { id: 1 } }))!;
    const input = { kind: 'ENTERPRISE', name: '正强第二', enterpriseId: String(enterpriseId), pilotSinceYear: 2024 };
    expect(refusalOf(await run(db, BODY, { input }, ADMIN))).toEqual({
      message: `input.enterpriseId refers to Enterprise ${enterpriseId}, which already certifies as CertificationBody 1: an enterprise has one ENTERPRISE body.`,
      code: 'BAD_USER_INPUT', field: 'input.enterpriseId', rule: 'unique',
    });
    const uncertified = await db.client.enterprise.findFirstOrThrow({ where: { certificationBodies: { none: {} } }, orderBy: { id: 'asc' } });
    expect((await run(db, BODY, { input: { ...input, enterpriseId: String(uncertified.id) } }, ADMIN)).errors).toBeUndefined();
  });

  it('refuses an enterprise for a SOCIAL_EVALUATION_ORGANISATION body', async () => {
    const input = { kind: 'SOCIAL_EVALUATION_ORGANISATION', name: '评价组织', enterpriseId: '5', pilotSinceYear: 2024 };
    expect(refusalOf(await run(db, BODY, { input }, ADMIN))).toMatchObject({
      message: 'input.enterpriseId must be left out for a SOCIAL_EVALUATION_ORGANISATION body: it certifies for others and is no enterprise of the registry',
      code: 'BAD_USER_INPUT', field: 'input.enterpriseId', rule: 'kind',
    });
    expect((await run(db, BODY, { input: { ...input, enterpriseId: null } }, ADMIN)).errors).toBeUndefined();
  });

  it('refuses a pilot that has not begun: a later year or, this year, a later month', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-07-01T00:30:00+08:00')); // July in Xiaoshan, still June in UTC
    try {
      const input = { kind: 'SOCIAL_EVALUATION_ORGANISATION', name: '未来评价组织', pilotSinceYear: 2027 };
      const bodies = await db.client.certificationBody.count();
      expect(refusalOf(await run(db, BODY, { input }, ADMIN))).toMatchObject({ field: 'input.pilotSinceYear', rule: 'range', issues: [{ params: { min: 1949, max: 2026 } }] });
      expect(refusalOf(await run(db, BODY, { input: { ...input, pilotSinceYear: 2026, pilotSinceMonth: 8 } }, ADMIN))).toMatchObject({
        message: 'input.pilotSinceMonth must not be after this month, 2026-07 (Asia/Shanghai)',
        field: 'input.pilotSinceMonth', rule: 'range',
      });
      expect(await db.client.certificationBody.count()).toBe(bodies);
      expect((await run(db, BODY, { input: { ...input, pilotSinceYear: 2026, pilotSinceMonth: 7 } }, ADMIN)).errors).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });
});
