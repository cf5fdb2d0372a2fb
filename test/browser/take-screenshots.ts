// `npm run screenshot`: the README's pictures of the explorer, taken from the real app served by
// the real gateway over freshly seeded subgraphs. Chinese names render in Noto Sans SC from npm
// (support/chromium.ts), whatever fonts the machine has.
import path from 'node:path';
import { startGraph } from '../support/graph.ts';
import { explorerUrl, launchBrowser, PHONE } from './support/browser.ts';

const explorerDir = path.resolve(import.meta.dirname, '../../gateway/explorer');

const graph = await startGraph();
const browser = await launchBrowser();
try {
  const { page } = browser;
  await page.goto(explorerUrl(graph.url));
  await page.locator('.recharts-bar-rectangle').first().waitFor();
  await page.screenshot({ path: path.join(explorerDir, 'screenshot.png'), fullPage: true });

  await page.setViewportSize(PHONE);
  await page.goto(explorerUrl(graph.url, '#/studios/1'));
  await page.getByRole('list', { name: 'Level history' }).waitFor();
  await page.screenshot({ path: path.join(explorerDir, 'screenshot-phone.png') });

  if (browser.problems.length > 0) throw new Error(`The page had problems:\n${browser.problems.join('\n')}`);
  console.log(`Wrote screenshot.png and screenshot-phone.png to ${explorerDir}`);
} finally {
  await browser.close();
  await graph.stop();
}
