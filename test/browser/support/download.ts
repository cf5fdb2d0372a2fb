import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/** Clicks an export button (of the export tools `within`, else the first) and returns the file the browser downloaded. */
export async function downloadFrom(page: Page, testId: string, within?: string): Promise<{ name: string; bytes: Buffer }> {
  const button = (within ? page.getByTestId(within) : page).getByTestId(testId).first();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(file) };
}
