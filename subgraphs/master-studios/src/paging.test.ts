import type { Actor } from '@partnership/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphTesting } from '@partnership/kit';
import { masterStudios } from './schema/index.ts';

// The kit checks every connection's page arguments; a Prisma connection and the audit log (a
// connection of the kit's own) stand for all of them.
const { openSeededDb, run } = subgraphTesting(masterStudios);
let db: Awaited<ReturnType<typeof openSeededDb>>;
beforeAll(async () => {
  db = await openSeededDb();
});
afterAll(() => db?.close());

const ADMIN: Actor = { subject: 'zhang.min', role: 'BUREAU_ADMIN' };
const STUDIOS = `query ($first: Int, $last: Int, $after: String, $before: String) {
  masterStudios(first: $first, last: $last, after: $after, before: $before) { edges { cursor } pageInfo { endCursor } } }`;
const AUDIT = `query ($first: Int, $last: Int, $after: String, $before: String) {
  masterStudiosAuditLog(first: $first, last: $last, after: $after, before: $before) { edges { cursor } pageInfo { endCursor } } }`;
const refusal = async (query: string, variables: Record<string, unknown>) => {
  const { errors } = await run(db, query, variables, ADMIN);
  expect(errors).toHaveLength(1);
  return { message: errors![0].message, ...errors![0].extensions };
};

describe('page arguments', () => {
  it.each([STUDIOS, AUDIT])('refuse a negative or too large page, naming the argument and the next step', async (query) => {
    expect(await refusal(query, { first: -1 })).toEqual({
      message: 'first must be from 0 to 1000 (a page holds at most 1000 records); for more, ask for the next page with after: pageInfo.endCursor.',
      code: 'BAD_USER_INPUT', field: 'first', rule: 'range', params: { min: 0, max: 1000 },
    });
    expect(await refusal(query, { first: 1001 })).toMatchObject({ field: 'first', rule: 'range' });
    expect(await refusal(query, { last: 5000 })).toMatchObject({ field: 'last', rule: 'range', message: expect.stringContaining('before: pageInfo.startCursor') });
  });

  it.each([STUDIOS, AUDIT])('refuse a cursor no list gave out, saying how to start again', async (query) => {
    expect(await refusal(query, { after: 'bogus' })).toEqual({
      message: "after must be a cursor this list gave out (an edge's cursor or pageInfo.endCursor; leave after out to start again from the first page).",
      code: 'BAD_USER_INPUT', field: 'after', rule: 'cursor',
    });
    expect(await refusal(query, { last: 2, before: '' })).toMatchObject({ field: 'before', rule: 'cursor', message: expect.stringContaining('from the last page') });
  });

  it("refuses another list's cursor", async () => {
    const studioCursor = (await run(db, STUDIOS, { first: 1 })).data.masterStudios.pageInfo.endCursor;
    expect(await refusal(AUDIT, { after: studioCursor })).toMatchObject({ field: 'after', rule: 'cursor' });
    expect(await refusal(STUDIOS, { after: '1' })).toMatchObject({ field: 'after', rule: 'cursor' });
  });

  it.each([
    [{ first: 2, before: 'x' }, 'before', 'before cannot be sent with first: read forwards with first and after, or backwards with last and before.'],
    [{ last: 2, after: 'x' }, 'after', 'after cannot be sent with last: read forwards with first and after, or backwards with last and before.'],
    [{ first: 2, last: 2 }, 'last', 'last cannot be sent with first: send first to read from the start or last to read from the end.'],
  ])('refuse %j together', async (args, field, message) => {
    const cursor = (await run(db, STUDIOS, { first: 1 })).data.masterStudios.pageInfo.endCursor;
    const variables = Object.fromEntries(Object.entries(args).map(([name, value]) => [name, value === 'x' ? cursor : value]));
    expect(await refusal(STUDIOS, variables)).toEqual({ message, code: 'BAD_USER_INPUT', field, rule: 'combination' });
  });

  it('serves what it accepts: the largest page, an empty one, and the next page after a cursor', async () => {
    for (const query of [STUDIOS, AUDIT]) expect((await run(db, query, { first: 1000 }, ADMIN)).errors).toBeUndefined();
    expect((await run(db, STUDIOS, { first: 0 })).data.masterStudios.edges).toEqual([]);
    const [first, second] = (await run(db, STUDIOS, { first: 2 })).data.masterStudios.edges;
    expect((await run(db, STUDIOS, { first: 1, after: first.cursor })).data.masterStudios.edges).toEqual([second]);
  });
});
