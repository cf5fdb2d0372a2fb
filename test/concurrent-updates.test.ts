// Optimistic concurrency under contention: 50 staff members add one seat each to the same order
// class at once, each retrying on CONFLICT. Exactly one write wins per version, no increment is
// lost, and the audit trail holds one row per committed change. CI runs it on PostgreSQL too.
import { expect, it } from 'vitest';
import { fileGraph } from './support/file-graph.ts';

const WRITERS = 50;
const CLASS_ID = '2';
const staff = (n: number) => ({ subject: `writer-${n}`, role: 'COLLEGE_STAFF' as const, schoolId: 1 });

const READ = `query ($id: ID!) { enterpriseClass(id: $id) { seats version } }`;
const ADD_SEAT = `mutation ($input: UpdateEnterpriseClassInput!) { updateEnterpriseClass(input: $input) { seats version } }`;

const graph = fileGraph();

async function read() {
  const { data, errors } = await graph.query(READ, { id: CLASS_ID });
  expect(errors).toBeUndefined();
  return data.enterpriseClass as { seats: number | null; version: number };
}

/** One attempt at read-modify-write: seats + 1 at the version it read. */
async function addSeat(writer: number, current: { seats: number | null; version: number }) {
  const input = { id: CLASS_ID, version: current.version, seats: (current.seats ?? 0) + 1 };
  const { data, errors, status } = await graph.query(ADD_SEAT, { input }, { as: staff(writer) });
  expect(status).toBe(200);
  if (!errors) return { won: true, version: current.version };
  // Losing is the only acceptable failure: a conflict that names the current version.
  expect(errors[0].extensions, JSON.stringify(errors)).toMatchObject({ code: "CONFLICT", field: "input.version" });
  expect(data?.updateEnterpriseClass ?? null).toBeNull();
  return { won: false, version: current.version };
}

it('50 concurrent updates: one winner per version, no lost update, one audit row per change', async () => {
  const start = await read();
  // Round one: everyone writes against the same version at once.
  const firstRound = await Promise.all(Array.from({ length: WRITERS }, (_, n) => addSeat(n, start)));
  expect(firstRound.filter((r) => r.won)).toHaveLength(1);

  // Then every loser re-reads and retries until it lands.
  const winsByVersion = new Map<number, number>([[start.version, 1]]);
  await Promise.all(
    firstRound.map(async (result, writer) => {
      for (let outcome = result; !outcome.won; ) {
        outcome = await addSeat(writer, await read());
        if (outcome.won) winsByVersion.set(outcome.version, (winsByVersion.get(outcome.version) ?? 0) + 1);
      }
    }),
  );

  const end = await read();
  expect(end.seats).toBe((start.seats ?? 0) + WRITERS);
  expect(end.version).toBe(start.version + WRITERS);
  expect([...winsByVersion.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: WRITERS }, (_, i) => start.version + i));
  expect([...winsByVersion.values()].every((wins) => wins === 1)).toBe(true);

  const audit = await graph.query(
    `{ enterpriseClassesAuditLog(filter: { recordType: "EnterpriseClass", recordId: "${CLASS_ID}" }, first: 1000) {
        totalCount edges { node { actorSubject before after } } } }`,
    {},
    { as: { subject: 'auditor', role: 'BUREAU_ADMIN' } },
  );
  expect(audit.errors).toBeUndefined();
  const { data } = audit;
  const entries = data.enterpriseClassesAuditLog.edges.map((e: { node: any }) => e.node);
  expect(data.enterpriseClassesAuditLog.totalCount).toBe(WRITERS);
  // Each row moves the class one version and one seat on from the row before it.
  entries.forEach((entry: any, i: number) => {
    expect(entry.before.version).toBe(start.version + i);
    expect(entry.after.version).toBe(start.version + i + 1);
    expect(entry.after.seats).toBe((entry.before.seats ?? 0) + 1);
  });
  expect(new Set(entries.map((e: any) => e.actorSubject)).size).toBe(WRITERS);
});
