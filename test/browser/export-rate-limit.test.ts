// An export may need more pages than the gateway's rate limit lets one client ask for in its
// window: it waits out each refusal, saying so, and still delivers every row.
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { useExplorerSession } from './support/session.ts';

// Long enough that the export's pages meet the limit however slowly they are answered (a 1,000-row
// page on a loaded PostgreSQL takes several hundred ms): its 7 pages (6,046 district studios, 1,000
// a page) are more than the limit alone, and the directory page's own 4 root fields (its list and
// its filters' choices) come first.
const WINDOW_SECONDS = 10;
const MAX_ROOT_FIELDS = 6;
const EXTRA = 6000;
const DISTRICT_STUDIOS = 46 + EXTRA;

const session = useExplorerSession({
  graph: async () => ({ extra: EXTRA, gateway: { rateLimit: { max: MAX_ROOT_FIELDS, windowSeconds: WINDOW_SECONDS } } }),
});

describe('an export longer than the rate limit allows', () => {
  it('waits out the refused pages, says it is waiting, and downloads every row', async () => {
    const page = await session.open('#/studios?level=DISTRICT');
    await page.getByTestId('result-count').and(page.locator(`[data-count="${DISTRICT_STUDIOS}"]`)).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      (async () => {
        await page.getByTestId('export-csv').click();
        await page.getByTestId('export-progress').getByText(/请求过于频繁，\d+ 秒后继续…/).waitFor();
      })(),
    ]);
    const rows = Papa.parse<string[]>((await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(1 + DISTRICT_STUDIOS);
    expect(new Set(rows.slice(1).map((row) => row[0])).size).toBe(DISTRICT_STUDIOS);
    expect(await page.locator('[data-testid="studios-export"] .notice-error').count()).toBe(0);

    // The refusals were the gateway's own (429s the browser logs); nothing else went wrong.
    const problems = session.browser.problems.splice(0);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.filter((p) => !/status of 429/.test(p))).toEqual([]);
  });
});
