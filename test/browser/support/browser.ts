import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EXPLORER_DIST } from '@partnership/gateway';
import { chromium, type Page } from 'playwright-core';
import { type BrowserLocale, chromiumLaunch } from './chromium.ts';

export type { BrowserLocale };

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

export interface Browser {
  page: Page;
  /**
   * Console errors, uncaught exceptions, failed requests and GraphQL requests sent as text
   * rather than a trusted-document hash, seen so far: a clean page has none.
   */
  problems: string[];
  close(): Promise<void>;
}

/**
 * Headless Chromium with a fresh profile, one page, and every page problem recorded. Its
 * language is `locale` (the explorer's users run zh-CN browsers; en-US for tests of the English
 * interface): native controls, navigator.language and Accept-Language follow it.
 */
export async function launchBrowser(locale: BrowserLocale = 'zh-CN'): Promise<Browser> {
  if (!existsSync(path.join(EXPLORER_DIST, 'index.html'))) {
    throw new Error('The explorer is not built: npm run build --workspace @partnership/explorer (npm test builds it first)');
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'explorer-chromium-'));
  const { executablePath, args, env } = await chromiumLaunch(dir, locale);
  const context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
    executablePath,
    args,
    env,
    headless: true,
    locale,
    viewport: DESKTOP,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    // ERR_ABORTED is the app cancelling a request it no longer needs (the user moved on).
    const reason = request.failure()?.errorText;
    if (reason !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} ${reason}`);
  });
  page.on('request', (request) => {
    if (new URL(request.url()).pathname !== '/graphql') return;
    const body = request.postDataJSON();
    if (body?.query || !body?.extensions?.persistedQuery?.sha256Hash) problems.push(`not a trusted-document request: ${request.postData()}`);
  });
  return {
    page,
    problems,
    async close() {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The explorer's address on a running graph: the gateway serves it at /. */
export const explorerUrl = (graphUrl: string, hash = '#/') => new URL(`/${hash}`, graphUrl).toString();
