import { type Actor, refusalOf, subgraphTesting } from '@partnership/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payPolicies } from './index.ts';

const { openSeededDb, run } = subgraphTesting(payPolicies);
let db: Awaited<ReturnType<typeof openSeededDb>>;
beforeAll(async () => {
  db = await openSeededDb();
});
afterAll(() => db?.close());

const HR: Actor = { subject: 'hr-5', role: 'ENTERPRISE_HR', enterpriseId: 5 };
const RECORD = `mutation ($input: RecordPromotionPathwayInput!) { recordPromotionPathway(input: $input) { id version fromRole toRole honours } }`;
const UPDATE = `mutation ($input: UpdatePromotionPathwayInput!) { updatePromotionPathway(input: $input) { version } }`;

describe('promotion pathways', () => {
  it('refuses a step to the role it starts from, and writes nothing', async () => {
    const pathways = await db.client.promotionPathway.count();
    expect(refusalOf(await run(db, RECORD, { input: { enterpriseId: '5', fromRole: '班组长', toRole: ' 班组长' } }, HR))).toMatchObject({
      message: 'input.toRole must differ from fromRole (班组长): a step leads from one role to another',
      code: 'BAD_USER_INPUT', field: 'input.toRole', rule: 'distinct',
    });
    expect(await db.client.promotionPathway.count()).toBe(pathways);
  });

  it('refuses an update that would make the two roles one, naming the field it changes', async () => {
    const { data } = await run(db, RECORD, { input: { enterpriseId: '5', fromRole: '技术工人', toRole: '技师', honours: ['劳模', '劳模', '工匠'] } }, HR);
    const { id, version, honours } = data.recordPromotionPathway;
    expect(honours).toEqual(['劳模', '工匠']);

    expect(refusalOf(await run(db, UPDATE, { input: { id, version, toRole: '技术工人' } }, HR))).toMatchObject({
      message: 'input.toRole must differ from fromRole (技术工人): a step leads from one role to another.', field: 'input.toRole', rule: 'distinct',
    });
    expect(refusalOf(await run(db, UPDATE, { input: { id, version, fromRole: '技师' } }, HR))).toMatchObject({
      message: 'input.fromRole must differ from toRole (技师): a step leads from one role to another.', field: 'input.fromRole', rule: 'distinct',
    });
    expect(await db.client.promotionPathway.findUniqueOrThrow({ where: { id: Number(id) } })).toMatchObject({ fromRole: '技术工人', toRole: '技师', version });
    expect((await run(db, UPDATE, { input: { id, version, fromRole: '高级工', toRole: '技术工人' } }, HR)).errors).toBeUndefined();
  });
});
