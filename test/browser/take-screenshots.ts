// `npm run screenshot`: pictures of every page of the explorer, in Chinese and in English, taken
// from the real app served by the real gateway over freshly seeded subgraphs. The README's two
// (Chinese) land in gateway/explorer/; every page in both languages in docs/screens/, with
// docs/screens.md, the page that shows them side by side.
// Chinese names render in Noto Sans SC from npm (support/chromium.ts), whatever fonts the machine has;
// each language's pages are taken in a browser of that language (zh-CN, en-US).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { LANGUAGE_STORAGE_KEY } from '../../gateway/explorer/src/i18n/storage-key.ts';
import { SESSION_STORAGE_KEY } from '../../gateway/explorer/src/session/storage-key.ts';
import { startGraph } from '../support/graph.ts';
import { DESKTOP, explorerUrl, launchBrowser, PHONE } from './support/browser.ts';
import { EDITOR_PAGES, HR_PAGES, PAGES, type Shot, STAFF_PAGES } from './support/pages.ts';

const explorerDir = path.resolve(import.meta.dirname, '../../gateway/explorer');
const docsDir = path.resolve(import.meta.dirname, '../../docs');
const screensDir = path.join(docsDir, 'screens');

const PRINT: Pick<Shot, 'name' | 'caption'> = { name: 'studios-print', caption: 'Printing the provincial studios' };

/** Each language's pictures come from a browser of that language, as its readers have. */
const BROWSER_LOCALE = { 'zh-CN': 'zh-CN', en: 'en-US' } as const;

const graph = await startGraph();
const editor = { subject: 'editor-wang', name: '王芳', role: 'BUREAU_ADMIN' as const };
const editorToken = await graph.token(editor);
const hrToken = await graph.token({ subject: 'hr-li', name: '李娜', role: 'ENTERPRISE_HR', enterpriseId: 7 });
const staffToken = await graph.token({ subject: 'staff-zhou', name: '周老师', role: 'COLLEGE_STAFF', schoolId: 1 });
try {
  await rm(screensDir, { recursive: true, force: true });
  await mkdir(screensDir, { recursive: true });
  // The public pages show the article's figures as they stand, so they come before any edit.
  await inEachLanguage(publicScreens);
  // One promotion, so the audit trail has an entry to show.
  const promoted = await graph.query(
    `mutation { recordStudioLevelChange(input: { id: 2, version: 1, level: PROVINCIAL, year: 2026 }) { id } }`,
    {},
    { as: editorToken },
  );
  if (promoted.errors) throw new Error(`The promotion for the audit screenshot failed: ${JSON.stringify(promoted.errors)}`);
  await inEachLanguage(editorScreens);
  await writeFile(path.join(docsDir, 'screens.md'), screensPage());
  console.log(`Wrote screenshot.png and screenshot-phone.png to ${explorerDir}, every page in both languages to ${screensDir} and docs/screens.md`);
} finally {
  await graph.stop();
}

type Language = keyof typeof BROWSER_LOCALE;

/** Runs `screens` in a browser of each language, the explorer set to that language. */
async function inEachLanguage(screens: (page: Page, language: Language) => Promise<void>) {
  for (const language of ['zh-CN', 'en'] as const) {
    const browser = await launchBrowser(BROWSER_LOCALE[language]);
    try {
      await browser.page.goto(explorerUrl(graph.url));
      await browser.page.evaluate(([key, value]) => localStorage.setItem(key, value), [LANGUAGE_STORAGE_KEY, language]);
      await screens(browser.page, language);
      if (browser.problems.length > 0) throw new Error(`The page had problems:\n${browser.problems.join('\n')}`);
    } finally {
      await browser.close();
    }
  }
}

/** The editors' pages: a studio with its edit forms, the audit trail holding one promotion, an enterprise's pay forms, a partner's order classes. */
async function editorScreens(page: Page, language: Language) {
  for (const [token, pages] of [[editorToken, EDITOR_PAGES], [hrToken, HR_PAGES], [staffToken, STAFF_PAGES]] as const) {
    await page.evaluate(([key, value]) => sessionStorage.setItem(key, value), [SESSION_STORAGE_KEY, token] as const);
    await shoot(page, language, pages);
  }
}

async function publicScreens(page: Page, language: Language) {
  await shoot(page, language, PAGES);

  await page.emulateMedia({ media: 'print' });
  await page.goto('about:blank');
  await page.goto(explorerUrl(graph.url, '#/studios?level=PROVINCIAL'));
  await page.getByTestId('studios-print').waitFor({ state: 'attached' });
  await page.screenshot({ path: path.join(screensDir, `${PRINT.name}.${language}.png`), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  if (language !== 'zh-CN') return;
  // The README's pictures, in Chinese: the overview, and a studio page on a phone.
  await page.goto('about:blank');
  await page.goto(explorerUrl(graph.url));
  await PAGES[0].ready(page);
  await wholePage(page, path.join(explorerDir, 'screenshot.png'));
  await page.setViewportSize(PHONE);
  await page.goto('about:blank');
  await page.goto(explorerUrl(graph.url, '#/studios/1'));
  await page.getByTestId('level-history').waitFor();
  await page.screenshot({ path: path.join(explorerDir, 'screenshot-phone.png') });
  await page.setViewportSize(DESKTOP);
}

async function shoot(page: Page, language: Language, shots: Shot[]) {
  for (const { name, hash, ready } of shots) {
    await page.goto('about:blank');
    await page.goto(explorerUrl(graph.url, hash));
    await ready(page);
    await wholePage(page, path.join(screensDir, `${name}.${language}.png`));
  }
}

/**
 * A picture of the whole page. Playwright's `fullPage` resizes the viewport while it captures,
 * and the charts (recharts' ResponsiveContainer) re-render on that resize: on a busy machine one
 * picture in a few caught them blank. So the viewport takes the page's height first, and the
 * picture waits two frames for the charts to draw at that size.
 */
async function wholePage(page: Page, file: string) {
  const viewport = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.screenshot({ path: file });
  await page.setViewportSize(viewport);
}

/** docs/screens.md: each page in Chinese and in English, side by side. */
function screensPage(): string {
  const rows = [...PAGES, ...EDITOR_PAGES, ...HR_PAGES, ...STAFF_PAGES, PRINT].map(
    ({ name, caption }) => `| ${caption} | ![${caption}, 中文](screens/${name}.zh-CN.png) | ![${caption}, English](screens/${name}.en.png) |`,
  );
  return [
    '# The explorer, page by page',
    '',
    'Every page of the explorer in Chinese (the default) and in English, taken by `npm run screenshot`',
    'from the real app over the demo data, in a browser of each language. Editing pages are shown',
    'signed in as the bureau (studios, enterprises, audit trail), as an enterprise\'s HR (its pay policies)',
    'and as a school\'s staff (its order classes).',
    '',
    '| page | 中文 | English |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
