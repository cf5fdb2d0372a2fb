import { type Client, CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { EXPORT_PAGE_SIZE, fetchAllPages, MAX_WAITS } from '../src/export/all-pages.ts';
import { StudioExportQuery } from '../src/pages/studio-rows.ts';

/** What the gateway answers a client over its rate limit. */
const rateLimited = (retryAfterSeconds: number) =>
  new CombinedError({ graphQLErrors: [{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED', retryAfterSeconds } }] });

/**
 * A client answering the export's query from `total` rows, a page per request, counting them;
 * the requests numbered in `refuse` (from 1) are refused by the rate limit instead.
 */
function fakeClient(total: number, refuse: number[] = [], retryAfterSeconds = 0) {
  const asked: (string | undefined)[] = [];
  const client = {
    query: (_query: unknown, { first, after }: { first: number; after?: string }) => {
      asked.push(after);
      if (refuse.includes(asked.length)) return { toPromise: async () => ({ error: rateLimited(retryAfterSeconds) }) };
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
    const rows = await fetchAllPages(client, StudioExportQuery, { filter: {} }, (d) => d.masterStudios, { signal: new AbortController().signal, onRows: (n) => progress.push(n), onWait: () => {} });
    expect(rows).toHaveLength(EXPORT_PAGE_SIZE * 2 + 5);
    expect(progress).toEqual([EXPORT_PAGE_SIZE, EXPORT_PAGE_SIZE * 2, EXPORT_PAGE_SIZE * 2 + 5]);
  });

  it('stops asking for pages once cancelled, and rejects as aborted', async () => {
    const { client, asked } = fakeClient(EXPORT_PAGE_SIZE * 10);
    const cancel = new AbortController();
    const reading = fetchAllPages(client, StudioExportQuery, { filter: {} }, (d) => d.masterStudios, {
      signal: cancel.signal,
      onRows: (n) => n >= EXPORT_PAGE_SIZE * 2 && cancel.abort(),
      onWait: () => {},
    });
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(asked).toHaveLength(2);
  });

  it('asks a page the rate limit refused again after the wait it names, and says so', async () => {
    const { client, asked } = fakeClient(EXPORT_PAGE_SIZE * 3, [2, 3]);
    const waits: number[] = [];
    const rows = await fetchAllPages(client, StudioExportQuery, { filter: {} }, (d) => d.masterStudios, {
      signal: new AbortController().signal,
      onRows: () => {},
      onWait: (seconds) => waits.push(seconds),
    });
    expect(rows.map((r) => r.id)).toEqual(Array.from({ length: EXPORT_PAGE_SIZE * 3 }, (_, i) => String(i)));
    // The second page asked three times, the others once.
    const [second, third] = [String(EXPORT_PAGE_SIZE), String(EXPORT_PAGE_SIZE * 2)];
    expect(asked).toEqual([undefined, second, second, second, third]);
    expect(waits).toEqual([0, 0]);
  });

  it(`gives up with the gateway's error after ${MAX_WAITS} refusals in a row`, async () => {
    const { client, asked } = fakeClient(EXPORT_PAGE_SIZE * 3, Array.from({ length: 10 }, (_, i) => i + 2));
    const reading = fetchAllPages(client, StudioExportQuery, { filter: {} }, (d) => d.masterStudios, { signal: new AbortController().signal, onRows: () => {}, onWait: () => {} });
    await expect(reading).rejects.toMatchObject({ graphQLErrors: [{ extensions: { code: 'RATE_LIMITED' } }] });
    expect(asked).toHaveLength(1 + MAX_WAITS + 1);
  });

  it('stops waiting when cancelled during a wait, asking nothing more', async () => {
    const { client, asked } = fakeClient(EXPORT_PAGE_SIZE * 3, [2], 60);
    const cancel = new AbortController();
    const reading = fetchAllPages(client, StudioExportQuery, { filter: {} }, (d) => d.masterStudios, { signal: cancel.signal, onRows: () => {}, onWait: () => cancel.abort() });
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(asked).toHaveLength(2);
  });
});
