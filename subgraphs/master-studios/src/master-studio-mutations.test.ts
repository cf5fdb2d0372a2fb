import type { Actor } from '@partnership/kit';
import { execute, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CheckForeignReferences, subgraphTesting, yearInXiaoshan } from '@partnership/kit';
import { masterStudios } from './schema/index.ts';

const { openSeededDb, run } = subgraphTesting(masterStudios);
type TestDatabase = Awaited<ReturnType<typeof openSeededDb>>;

const ADMIN: Actor = { subject: 'zhang.min', role: 'BUREAU_ADMIN' };
let db: TestDatabase;
beforeAll(async () => {
  db = await openSeededDb();
});
afterAll(() => db?.close());

const STUDIO = `query ($id: ID!) { masterStudio(id: $id) { level version recognisedYear retiredAt levelHistory { level year provenance } } }`;
const studio = async (id: string) => (await run(db, STUDIO, { id })).data.masterStudio;
const LEVEL_CHANGE = `mutation ($input: RecordStudioLevelChangeInput!) { recordStudioLevelChange(input: $input) { level version } }`;

describe('the studio lifecycle', () => {
  it('registers a studio with its first level step', async () => {
    const { data, errors } = await run(
      db,
      `mutation { registerMasterStudio(input: { name: " 新工作室 ", kind: TECHNICIAN_STUDIO, level: DISTRICT, recognisedYear: 2024, leaderId: "1" }) { id name provenance } }`,
      {},
      ADMIN,
    );
    expect(errors).toBeUndefined();
    expect(data.registerMasterStudio).toMatchObject({ name: '新工作室', provenance: 'REGISTERED' });
    expect((await studio(data.registerMasterStudio.id)).levelHistory).toEqual([{ level: 'DISTRICT', year: 2024, provenance: 'REGISTERED' }]);
  });

  it('refuses a reference into another registry when there is no gateway to ask', async () => {
    const { errors } = await run(
      db,
      `mutation { registerMasterStudio(input: { name: "无网关", kind: TECHNICIAN_STUDIO, level: DISTRICT, recognisedYear: 2024, hostSchoolId: "1" }) { id } }`,
      {},
      ADMIN,
    );
    expect(errors?.[0].message).toBe('input.hostSchoolId could not be checked (no gateway URL is configured); nothing was written, so a retry is safe. Retry shortly.');
    expect(errors?.[0].extensions).toMatchObject({ code: 'REFERENCE_CHECK_UNAVAILABLE', field: 'input.hostSchoolId' });
  });

  it('appends a promotion to the history, the level following, and refuses one dated before the last', async () => {
    const before = await studio('10');
    const year = yearInXiaoshan();
    const promoted = await run(db, LEVEL_CHANGE, { input: { id: '10', version: before.version, level: 'NATIONAL', year } }, ADMIN);
    expect(promoted.data.recordStudioLevelChange).toEqual({ level: 'NATIONAL', version: before.version + 1 });
    const after = await studio('10');
    expect(after.levelHistory.at(-1)).toEqual({ level: 'NATIONAL', year, provenance: 'REGISTERED' });
    expect(after.recognisedYear).toBe(year);

    const backdated = await run(db, LEVEL_CHANGE, { input: { id: '10', version: after.version, level: 'CITY', year: year - 1 } }, ADMIN);
    expect(backdated.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.year', rule: 'order' });
    const same = await run(db, LEVEL_CHANGE, { input: { id: '10', version: after.version, level: 'NATIONAL', year } }, ADMIN);
    expect(same.errors?.[0].extensions).toMatchObject({ field: 'input.level', rule: 'changed' });
    expect(await studio('10')).toEqual(after);
  });

  it('keeps a retired studio readable with its history, and refuses to change it', async () => {
    const before = await studio('11');
    const retired = await run(
      db,
      `mutation ($v: Int!) { retireMasterStudio(input: { id: "11", version: $v, reason: "工作室撤销" }) { retiredAt retiredReason } }`,
      { v: before.version },
      ADMIN,
    );
    expect(retired.data.retireMasterStudio.retiredReason).toBe('工作室撤销');
    const after = await studio('11');
    expect(after.levelHistory).toEqual(before.levelHistory);
    const moved = await run(db, `mutation ($v: Int!) { updateMasterStudio(input: { id: "11", version: $v, town: "瓜沥镇" }) { id } }`, { v: after.version }, ADMIN);
    expect(moved.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id', rule: 'retired' });

    const ids = async (retired: boolean | null) =>
      (await run(db, `query ($retired: Boolean) { masterStudios(first: 1000, filter: { retired: $retired }) { totalCount edges { node { id } } } }`, { retired }))
        .data.masterStudios;
    const [all, working, gone] = [await ids(null), await ids(false), await ids(true)];
    expect(gone).toEqual({ totalCount: 1, edges: [{ node: { id: '11' } }] });
    expect(working.totalCount).toBe(all.totalCount - 1);
    expect(working.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain('11');
  });
});

describe('a change and its audit row', () => {
  it('roll back together when the audit row cannot be written', async () => {
    const before = await studio('12');
    // The real transaction, with an audit table that fails: the studio update must not survive it.
    const failingAudit = new Proxy(db.client, {
      get(client, key) {
        if (key !== '$transaction') return Reflect.get(client, key);
        return (work: (tx: unknown) => Promise<unknown>, options: object) =>
          client.$transaction(
            (tx) => work(new Proxy(tx, { get: (t, k) => (k === 'auditEntry' ? { create: () => Promise.reject(new Error('disk full')) } : Reflect.get(t, k)) })),
            options,
          );
      },
    });
    const result = await run(
      { ...db, client: failingAudit },
      `mutation ($v: Int!) { updateMasterStudio(input: { id: "12", version: $v, town: "河上镇" }) { town } }`,
      { v: before.version },
      ADMIN,
    );
    expect(result.errors?.[0].message).toBe('disk full');
    expect(await studio('12')).toEqual(before);
  });
});

describe('a studio has one host', () => {
  // The other registries are not here to ask: every school and enterprise exists.
  const everyReferenceExists = Object.assign(async () => {}, { exist: async () => undefined, codes: async () => undefined }) satisfies CheckForeignReferences;
  const withHosts = async (input: Record<string, unknown>) =>
    execute({
      schema: masterStudios.schema,
      document: parse(`mutation ($input: UpdateMasterStudioInput!) { updateMasterStudio(input: $input) { hostEnterprise { id } hostSchool { id } } }`),
      contextValue: masterStudios.createContext(db.client, ADMIN, everyReferenceExists),
      variableValues: { input },
    });
  const hostedBy = async (id: string) => (await run(db, `query ($id: ID!) { masterStudio(id: $id) { version hostEnterprise { id } hostSchool { id } } }`, { id })).data.masterStudio;

  it('says which host a studio has when the caller sends the other, and how to move it', async () => {
    const before = await hostedBy('1');
    expect(before.hostEnterprise).not.toBeNull();
    const enterprise = before.hostEnterprise.id;
    const toSchool = await withHosts({ id: '1', version: before.version, hostSchoolId: '1' });
    expect(toSchool.errors?.[0].message).toBe(
      `input.hostSchoolId cannot be set while MasterStudio 1 is hosted by Enterprise ${enterprise}: a studio has one host. Send hostEnterpriseId: null with it to move the studio to School 1.`,
    );
    expect(toSchool.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.hostSchoolId', rule: 'oneHost' });

    const moved = await withHosts({ id: '1', version: before.version, hostSchoolId: '1', hostEnterpriseId: null });
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.updateMasterStudio).toEqual({ hostEnterprise: null, hostSchool: { id: '1' } });

    const back = await withHosts({ id: '1', version: before.version + 1, hostEnterpriseId: enterprise });
    expect(back.errors?.[0].message).toBe(
      `input.hostEnterpriseId cannot be set while MasterStudio 1 is hosted by School 1: a studio has one host. Send hostSchoolId: null with it to move the studio to Enterprise ${enterprise}.`,
    );
  });

  it('refuses both hosts sent together', async () => {
    const { version } = await hostedBy('2');
    const both = await withHosts({ id: '2', version, hostSchoolId: '1', hostEnterpriseId: '1' });
    expect(both.errors?.[0].message).toBe('input.hostSchoolId must be left out when hostEnterpriseId is set: a studio has one host');
  });
});

describe('a level change is dated after what the registry knows of the level', () => {
  it('refuses a year before the source article for a studio whose only step has no year', async () => {
    const before = await studio('2');
    expect(before.levelHistory).toEqual([{ level: 'CITY', year: null, provenance: 'ARTICLE' }]);
    expect(before.recognisedYear).toBeNull();
    const backdated = await run(db, LEVEL_CHANGE, { input: { id: '2', version: before.version, level: 'PROVINCIAL', year: 1950 } }, ADMIN);
    expect(backdated.errors?.[0].message).toBe(
      'input.year must not be before 2023, the year of the source article (原文), which gives a level of MasterStudio 2 without a year.',
    );
    expect(backdated.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.year', rule: 'order', params: { min: 2023 } });
    expect(await studio('2')).toEqual(before);
  });

  it("refuses a year before the studio's recognisedYear", async () => {
    const { data } = await run(
      db,
      `mutation { registerMasterStudio(input: { name: "认定年", kind: TECHNICIAN_STUDIO, level: DISTRICT, recognisedYear: 2020 }) { id version } }`,
      {},
      ADMIN,
    );
    const { id, version } = data.registerMasterStudio;
    // Recognised at its level later than its history says (as data from a source may be).
    await db.client.masterStudio.update({ where: { id: Number(id) }, data: { recognisedYear: 2022 } });
    const early = await run(db, LEVEL_CHANGE, { input: { id, version, level: 'CITY', year: 2021 } }, ADMIN);
    expect(early.errors?.[0].message).toBe(`input.year must not be before 2022, the year MasterStudio ${id} reached its current level (its recognisedYear).`);
    expect((await run(db, LEVEL_CHANGE, { input: { id, version, level: 'CITY', year: 2022 } }, ADMIN)).errors).toBeUndefined();
  });
});
