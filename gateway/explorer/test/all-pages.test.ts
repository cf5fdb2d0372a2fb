import type { Client } from 'urql';
import { describe, expect, it } from 'vitest';
import { EXPORT_PAGE_SIZE, fetchAllPages } from '../src/export/all-pages.ts';
import { StudioExportQuery } from '../src/pages/studio-rows.ts';

/** A client answering the export's query from `total` rows, a page per request, counting them. */
function fakeClient(total: number) {
  const asked: (string | undefined)[] = [];
  const client = {
    query: (_query: unknown, { first, after }: { first: number; after?: string }) => {
      asked.push(after);
      const start = after ? Number(after) : 0;
      const ids = Array.from({ length: Math.max(0, Math.min(first, total - start)) }, (_, i) => String(start + i));
      const masterStudios = { totalCount: total, pageInfo: { hasNextPage: start + ids.length < total, endCursor: String(start + ids.length) }, edges: ids.map((id) => ({ node: { id } })) };
      return { toPromise: async () => ({ data: { masterStudios } }) };
    },
  } as unknown as Client;
  return { client, asked };
}

describe('reading a whole selection for an export', () => {
  it('says after each page how many rows it has read', async () => {
    const { client } = fakeClient(EXPORT_PAGE_SIZE * 2 + 5);
    const progress: number[] = [];
    const rows = await fetchAllPages(client, StudioExportQuery, { filter: {} }, (d) => d.masterStudios, { signal: new AbortController().signal, onRows: (n) => progress.push(n) });
    expect(rows).toHaveLength(EXPORT_PAGE_SIZE * 2 + 5);
    expect(progress).toEqual([EXPORT_PAGE_SIZE, EXPORT_PAGE_SIZE * 2, EXPORT_PAGE_SIZE * 2 + 5]);
  });

  it('stops asking for pages once cancelled, and rejects as aborted', async () => {
    const { client, asked } = fakeClient(EXPORT_PAGE_SIZE * 10);
    const cancel = new AbortController();
    const reading = fetchAllPages(client, StudioExportQuery, { filter: {} }, (d) => d.masterStudios, {
      signal: cancel.signal,
      onRows: (n) => n >= EXPORT_PAGE_SIZE * 2 && cancel.abort(),
    });
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(asked).toHaveLength(2);
  });
});
