// The header's search box in headless Chromium over the real gateway: one request, every registry.
import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExplorerSession } from './support/session.ts';

const session = useExplorerSession({ trustedDocumentsOnly: true });

describe('one search box for every registry', () => {
  it('finds 杭齿集团 and 陆立军\'s studio it hosts, each linking to its page, in one request', async () => {
    const { page } = session.browser;
    await session.open('#/');
    const requests: Request[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/graphql')) requests.push(request);
    });

    await page.getByTestId('search-box').fill('杭齿');
    await page.getByTestId('search-submit').click();
    await page.getByRole('heading', { level: 1, name: '“杭齿”的搜索结果' }).waitFor();
    expect(new URL(page.url()).hash).toBe(`#/search?q=${encodeURIComponent('杭齿')}`);

    const enterprise = page.getByTestId('search-group-enterprises').getByRole('link', { name: /杭齿集团/ });
    const studio = page.getByTestId('search-group-studios').getByRole('link', { name: /陆立军大师工作室/ });
    await enterprise.waitFor();
    await studio.waitFor();
    expect(await page.getByTestId('search-group-studios').textContent()).toContain('依托企业：杭齿集团');
    expect(requests.filter((r) => r.postData()?.includes('CrossRegistrySearch') || r.url().includes('CrossRegistrySearch'))).toHaveLength(1);

    await studio.click();
    await page.getByRole('heading', { level: 1, name: '陆立军大师工作室' }).waitFor();
    await page.goBack();
    await page.getByTestId('search-group-enterprises').getByRole('link', { name: /杭齿集团/ }).click();
    await page.getByRole('heading', { level: 1, name: /杭齿集团/ }).waitFor();
    expect(new URL(page.url()).hash).toMatch(/^#\/enterprises\/\d+$/);
  });

  it('says once that nothing matched, as the heading, with no empty groups', async () => {
    const { page } = session.browser;
    await session.open(`#/search?q=${encodeURIComponent('无此名称xyz')}`);
    const count = page.getByTestId('result-count');
    await count.waitFor();
    expect(await count.textContent()).toBe('没有找到匹配的记录');
    expect(await page.getByTestId('search-results').locator('.notice, [data-testid^="search-group-"]').count()).toBe(0);
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 2, name: 'Nothing matches' }).waitFor();
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 2, name: '没有找到匹配的记录' }).waitFor();
  });

  it('says a group that reached its cap shows only its first hits, and links to the directory for the rest', async () => {
    const page = await session.open(`#/search?q=${encodeURIComponent('工作室')}`);
    const studios = page.getByTestId('search-group-studios');
    await studios.waitFor();
    expect(await studios.getByRole('heading').textContent()).toMatch(/^工作室（前 \d+ 条）$/);
    expect(await page.getByTestId('result-count').textContent()).toMatch(/^列出 \d+ 条结果，/);
    await studios.getByTestId('search-more').click();
    await page.getByRole('heading', { name: /^\d+ 家工作室$/ }).waitFor();
    expect(new URL(page.url()).hash).toBe(`#/studios?q=${encodeURIComponent('工作室')}`);
    expect(await page.getByTestId('filter-name').inputValue()).toBe('工作室');
  });
});
