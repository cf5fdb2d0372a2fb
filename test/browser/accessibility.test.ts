// Every page of the explorer, in both languages, signed out and as each editor sees it, checked
// with axe-core (WCAG 2.1 A and AA rules, as browser extensions and CI audits run them): labels,
// names, contrast, headings, landmarks, language.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../gateway/explorer/src/i18n/storage-key.ts';
import { SESSION_STORAGE_KEY } from '../../gateway/explorer/src/session/storage-key.ts';
import { EDITOR_PAGES, HR_PAGES, PAGES, type Shot, STAFF_PAGES } from './support/pages.ts';
import { useExplorerSession } from './support/session.ts';

const session = useExplorerSession();

// One promotion, so that the change log has an entry to show.
beforeAll(async () => {
  const promoted = await session.graph.query(`mutation { recordStudioLevelChange(input: { id: 3, version: 1, level: PROVINCIAL, year: 2026 }) { id } }`, {}, {
    as: { subject: 'a11y.admin', name: '陈静', role: 'BUREAU_ADMIN' },
  });
  expect(promoted.errors).toBeUndefined();
});

/** Each violation as one line a reader can act on: rule, impact, what it asks, where. */
async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
}

async function check(pages: Shot[], language: string, token?: string) {
  const page = await session.open('#/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [LANGUAGE_STORAGE_KEY, language]);
  await page.evaluate(([key, value]) => (value ? sessionStorage.setItem(key, value) : sessionStorage.removeItem(key)), [SESSION_STORAGE_KEY, token ?? ''] as const);
  const found: Record<string, string[]> = {};
  for (const shot of pages) {
    await session.open(shot.hash);
    await shot.ready(page);
    const problems = await violations(page);
    if (problems.length) found[shot.name] = problems;
  }
  expect(found).toEqual({});
}

describe.each(['zh-CN', 'en'])('the explorer in %s', (language) => {
  it('has no accessibility violations on any page, signed out', async () => {
    await check(PAGES, language);
  });

  it("has none on the editing pages and the change log, signed in as the bureau, an HR and a school's staff", async () => {
    await check(EDITOR_PAGES, language, await session.graph.token({ subject: 'a11y.admin', name: '陈静', role: 'BUREAU_ADMIN' }));
    await check(HR_PAGES, language, await session.graph.token({ subject: 'a11y.hr', role: 'ENTERPRISE_HR', enterpriseId: 7 }));
    await check(STAFF_PAGES, language, await session.graph.token({ subject: 'a11y.staff', role: 'COLLEGE_STAFF', schoolId: 1 }));
  });

  it('has none on the change log and the register forms refused to a visitor, nor where a record does not exist', async () => {
    const notice = (p: Page) => p.locator('.notice').waitFor();
    await check(
      [
        { name: 'audit-refused', caption: '', hash: '#/audit', ready: (p) => p.getByTestId('audit-refused').waitFor() },
        { name: 'new-studio-refused', caption: '', hash: '#/studios/new', ready: (p) => p.getByTestId('new-studio-refused').waitFor() },
        { name: 'new-enterprise-refused', caption: '', hash: '#/enterprises/new', ready: (p) => p.getByTestId('new-enterprise-refused').waitFor() },
        { name: 'no-such-studio', caption: '', hash: '#/studios/99999', ready: notice },
        { name: 'no-such-enterprise', caption: '', hash: '#/enterprises/99999', ready: notice },
        { name: 'no-such-industry', caption: '', hash: '#/planner/NO_SUCH_INDUSTRY', ready: notice },
      ],
      language,
    );
  });
});
