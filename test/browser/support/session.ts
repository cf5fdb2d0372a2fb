import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { loadManifest, type LocalTokenClaims, responseCacheFromEnv } from '@partnership/gateway';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { startGraph, type Graph, type GraphOptions } from '../../support/graph.ts';
import type { Page } from 'playwright-core';
import { explorerUrl, launchBrowser, type Browser } from './browser.ts';
import { SESSION_STORAGE_KEY } from '../../../gateway/explorer/src/session/storage-key.ts';

/** Where a failing test leaves a screenshot of its page (git-ignored). */
export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../screenshots');

export interface Session {
  graph: Graph;
  browser: Browser;
  /** Loads the explorer afresh at a route (a new document: nothing cached from earlier tests). */
  open(hash?: string): Promise<Page>;
  /** Loads it signed in as `claims` (null: signed out), as after signing in in that tab; in `page`'s tab if given, else the session's. */
  openAs(claims: LocalTokenClaims | null, hash: string, page?: Page): Promise<Page>;
}

type SessionOptions = { trustedDocumentsOnly?: boolean; graph?: () => Promise<GraphOptions> };

async function startSessionGraph(options: SessionOptions): Promise<Graph> {
  const only = options.trustedDocumentsOnly ?? false;
  const graph = (await options.graph?.()) ?? {};
  // The response cache as npm start has it (in memory), so that the explorer's reads after its writes are tested through it.
  const responseCache = responseCacheFromEnv({});
  return startGraph({ ...graph, gateway: { responseCache, ...graph.gateway, trustedDocuments: { manifest: loadManifest(), only } } });
}

/** The graph of this worker's read-only browser files (their gateway takes the explorer's documents). */
let readOnlyExplorerGraph: Promise<Graph> | undefined;

/**
 * One graph and one browser for a test file. Each test ends with no console error, uncaught
 * exception or failed request on the page, and with every GraphQL request the explorer sent
 * being a trusted-document hash without operation text.
 *
 * By default the gateway also takes operation text, so that tests can ask the graph what the
 * page should show; `trustedDocumentsOnly` runs it as production does. `graph` adds settings
 * to the graph (an identity provider, say). `readOnly` (alone): the file neither writes nor signs
 * in, and shares the worker's read-only graph with the other such files (each has its own browser).
 */
export function useExplorerSession(options: SessionOptions | { readOnly: true } = {}): Session {
  const session = {
    async open(hash = '#/') {
      const { page } = session.browser;
      await page.goto('about:blank');
      await page.goto(explorerUrl(session.graph.url, hash));
      return page;
    },
    async openAs(claims, hash, page) {
      const tab = page ?? (await session.open(hash));
      if (page) await tab.goto(explorerUrl(session.graph.url, hash));
      const token = claims && (await session.graph.token(claims));
      await tab.evaluate(([key, value]) => (value ? sessionStorage.setItem(key, value) : sessionStorage.removeItem(key)), [SESSION_STORAGE_KEY, token] as const);
      await tab.goto('about:blank');
      await tab.goto(explorerUrl(session.graph.url, hash));
      return tab;
    },
  } as Session;
  const shared = 'readOnly' in options;
  beforeAll(async () => {
    session.graph = await (shared ? (readOnlyExplorerGraph ??= startSessionGraph({})) : startSessionGraph(options));
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    if (!shared) await session.graph?.stop();
  });
  beforeEach(({ task, onTestFailed }) => {
    onTestFailed(async () => {
      const page = session.browser?.page;
      if (!page || page.isClosed()) return;
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      const name = `${path.basename(task.file.name, '.test.ts')}--${task.name}`.replace(/[^\w.-]+/g, '-').slice(0, 120);
      const file = path.join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.error(`screenshot of the failure: ${file}`);
    });
  });
  afterEach(() => {
    expect(session.browser.problems.splice(0), 'problems on the page').toEqual([]);
  });
  return session;
}
