// Keyset pagination (cursor on id) while other writers keep adding studios: a reader walking the
// directory sees every studio that was there when it started exactly once, in order, and
// nothing twice. The new studios are named to sort before every existing one, so a directory
// that moved to name order or to offsets would show them as repeats or skips. Nor does a studio
// that leaves the filter between two pages, the last one the reader saw, make it skip the next.
import { expect, it } from 'vitest';
import { fileGraph } from './support/file-graph.ts';
import { type QueryResult } from './support/graph.ts';

interface DirectoryPage {
  masterStudios: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: { node: { id: string; name: string } }[];
  };
}

interface RawClient {
  $executeRawUnsafe(sql: string): Promise<number>;
}

const PAGE = /* GraphQL */ `
  query DistrictStudios($after: String) {
    masterStudios(filter: { levels: [DISTRICT] }, first: 10, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name } }
    }
  }
`;

const graph = fileGraph();

it('pages through the district studios exactly once while new ones are being registered', async () => {
  const db = graph.databases['master-studios'].client as RawClient;
  let written = 0;
  const registerThree = () => {
    const rows = Array.from({ length: 3 }, () => `('A concurrent studio ${++written}', 'TECHNICIAN_STUDIO', 'DISTRICT', 'GENERATED')`);
    return db.$executeRawUnsafe(`INSERT INTO "MasterStudio" (name, kind, level, provenance) VALUES ${rows.join(', ')}`);
  };

  const seen: { id: string; name: string }[] = [];
  let after: string | null = null;
  let startTotal: number | undefined;
  let pages = 0;
  do {
    // The page and the writer race: the insert may land before, during or after the read.
    const [page]: [QueryResult<DirectoryPage>, number] = await Promise.all([graph.query(PAGE, { after }), registerThree()]);
    expect(page.errors).toBeUndefined();
    const connection: DirectoryPage['masterStudios'] = page.data.masterStudios;
    startTotal ??= connection.totalCount;
    seen.push(...connection.edges.map((e) => e.node));
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    pages += 1;
  } while (after && pages < 30);

  const ids = seen.map((s) => Number(s.id));
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toEqual([...ids].sort((a, b) => a - b));
  // The 46 district studios of the article (the first page may already count a few new ones).
  const original = seen.filter((s) => !s.name.startsWith('A concurrent'));
  expect(original).toHaveLength(46);
  expect(startTotal).toBeGreaterThanOrEqual(46);
  // New studios carry later ids, so those registered before the last page are at the end.
  const fresh = seen.filter((s) => s.name.startsWith('A concurrent'));
  expect(fresh.length).toBeGreaterThan(0);
  expect(seen.slice(-fresh.length)).toEqual(fresh);
});

const LEVEL_PAGE = /* GraphQL */ `
  query ProvincialStudios($first: Int, $after: String, $last: Int, $before: String) {
    masterStudios(filter: { levels: [PROVINCIAL] }, first: $first, after: $after, last: $last, before: $before) {
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { node { id } }
    }
  }
`;

it('skips no studio when the one its cursor names has left the filter since the page was read', async () => {
  const db = graph.databases['master-studios'].client as RawClient;
  const ids = async (variables: Record<string, unknown>) => {
    const { data, errors } = await graph.query(LEVEL_PAGE, variables);
    expect(errors).toBeUndefined();
    return { ids: data.masterStudios.edges.map((e: { node: { id: string } }) => Number(e.node.id)), pageInfo: data.masterStudios.pageInfo };
  };
  const all = (await ids({ first: 100 })).ids;
  expect(all.length).toBeGreaterThanOrEqual(6);
  const promote = (id: number, level: string) => db.$executeRawUnsafe(`UPDATE "MasterStudio" SET level = '${level}' WHERE id = ${id}`);

  // Forwards: the second page starts right after the first, though its last studio moved to NATIONAL.
  const first = await ids({ first: 2 });
  await promote(first.ids[1], 'NATIONAL');
  try {
    expect((await ids({ first: 2, after: first.pageInfo.endCursor })).ids).toEqual(all.slice(2, 4));
  } finally {
    await promote(first.ids[1], 'PROVINCIAL');
  }

  // Backwards: the page before the last one ends right before it, though its first studio moved.
  const last = await ids({ last: 2 });
  await promote(last.ids[0], 'NATIONAL');
  try {
    expect((await ids({ last: 2, before: last.pageInfo.startCursor })).ids).toEqual(all.slice(-4, -2));
  } finally {
    await promote(last.ids[0], 'PROVINCIAL');
  }
});
