// `npm run screenshot`: pictures of every page of the explorer, in Chinese and in English, taken
// from the real app served by the real gateway over freshly seeded subgraphs. The README's two
// (Chinese) land in gateway/explorer/; the rest in test/browser/screenshots/ (git-ignored).
// Chinese names render in Noto Sans SC from npm (support/chromium.ts), whatever fonts the machine has;
// each language's pages are taken in a browser of that language (zh-CN, en-US).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { LANGUAGE_STORAGE_KEY } from '../../gateway/explorer/src/i18n/storage-key.ts';
import { startGraph } from '../support/graph.ts';
import { DESKTOP, explorerUrl, launchBrowser, PHONE } from './support/browser.ts';
import { SCREENSHOT_DIR } from './support/session.ts';

const explorerDir = path.resolve(import.meta.dirname, '../../gateway/explorer');

/** Every page, with what shows it has loaded. */
const PAGES: { name: string; hash: string; ready: (page: Page) => Promise<unknown> }[] = [
  { name: 'overview', hash: '#/', ready: (p) => p.locator('.recharts-bar-rectangle').first().waitFor() },
  { name: 'studios', hash: '#/studios', ready: (p) => p.getByTestId('studio-cards').waitFor() },
  { name: 'studios-provincial', hash: '#/studios?level=PROVINCIAL', ready: (p) => p.getByTestId('studio-cards').waitFor() },
  { name: 'studio', hash: '#/studios/1', ready: (p) => p.getByTestId('level-history').waitFor() },
  { name: 'planner', hash: '#/planner/SMART_VEHICLES', ready: (p) => p.getByTestId('plan-classes').waitFor() },
  { name: 'planner-with-generated', hash: '#/planner/SMART_VEHICLES?generated=show', ready: (p) => p.getByTestId('partner-cards').waitFor() },
  { name: 'enterprises', hash: '#/enterprises', ready: (p) => p.getByTestId('enterprise-rows').waitFor() },
  { name: 'enterprise', hash: '#/enterprises/5', ready: (p) => p.getByTestId('profile-certification').waitFor() },
  // Development's sign-in: a role, and one click.
  { name: 'sign-in', hash: '#/', ready: async (p) => {
    await p.locator('.recharts-bar-rectangle').first().waitFor();
    await p.getByTestId('sign-in').click();
    await p.getByTestId('dev-role').waitFor();
  } },
];

/** Pages only a signed-in BUREAU_ADMIN sees. */
const EDITOR_PAGES: typeof PAGES = [
  { name: 'studio-editing', hash: '#/studios/2', ready: (p) => p.getByTestId('studio-editor').waitFor() },
  { name: 'audit', hash: '#/audit', ready: (p) => p.getByTestId('audit-change').first().waitFor() },
];

/** Each language's pictures come from a browser of that language, as its readers have. */
const BROWSER_LOCALE = { 'zh-CN': 'zh-CN', en: 'en-US' } as const;

const graph = await startGraph();
const editor = { subject: 'editor-wang', role: 'BUREAU_ADMIN' as const };
const editorToken = await graph.token(editor);
// One promotion, so the audit trail has an entry to show.
const promoted = await graph.query(
  `mutation { recordStudioLevelChange(input: { id: 2, version: 1, level: PROVINCIAL, year: 2026 }) { id } }`,
  {},
  { as: editorToken },
);
if (promoted.errors) throw new Error(`The promotion for the audit screenshot failed: ${JSON.stringify(promoted.errors)}`);
try {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  for (const language of ['zh-CN', 'en'] as const) {
    const browser = await launchBrowser(BROWSER_LOCALE[language]);
    try {
      await screenshotsIn(browser.page, language);
      if (browser.problems.length > 0) throw new Error(`The page had problems:\n${browser.problems.join('\n')}`);
    } finally {
      await browser.close();
    }
  }
  console.log(`Wrote screenshot.png and screenshot-phone.png to ${explorerDir}, every page in both languages to ${SCREENSHOT_DIR}`);
} finally {
  await graph.stop();
}

async function screenshotsIn(page: Page, language: keyof typeof BROWSER_LOCALE) {
  await page.goto(explorerUrl(graph.url));
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [LANGUAGE_STORAGE_KEY, language]);
  for (const { name, hash, ready } of PAGES) {
    await page.goto('about:blank');
    await page.goto(explorerUrl(graph.url, hash));
    await ready(page);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.${language}.png`), fullPage: true });
  }
  // The editor's pages: a studio with its edit forms, and the audit trail holding one promotion.
  await page.evaluate((token) => sessionStorage.setItem('partnership.session-token', token), editorToken);
  for (const { name, hash, ready } of EDITOR_PAGES) {
    await page.goto('about:blank');
    await page.goto(explorerUrl(graph.url, hash));
    await ready(page);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.${language}.png`), fullPage: true });
  }
  await page.evaluate(() => sessionStorage.clear());

  await page.emulateMedia({ media: 'print' });
  await page.goto('about:blank');
  await page.goto(explorerUrl(graph.url, '#/studios?level=PROVINCIAL'));
  await page.getByTestId('studios-print').waitFor({ state: 'attached' });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `studios-print.${language}.png`), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  if (language !== 'zh-CN') return;
  // The README's pictures, in Chinese: the overview, and a studio page on a phone.
  await page.goto('about:blank');
  await page.goto(explorerUrl(graph.url));
  await PAGES[0].ready(page);
  await page.screenshot({ path: path.join(explorerDir, 'screenshot.png'), fullPage: true });
  await page.setViewportSize(PHONE);
  await page.goto('about:blank');
  await page.goto(explorerUrl(graph.url, '#/studios/1'));
  await page.getByTestId('level-history').waitFor();
  await page.screenshot({ path: path.join(explorerDir, 'screenshot-phone.png') });
  await page.setViewportSize(DESKTOP);
}
