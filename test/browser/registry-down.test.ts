// One registry not answering, in headless Chromium over the real gateway: its root fields come back
// null (the schema lets them), the explorer shows what the other registries answered and says that
// its registry is not responding: where the missing part would be, or once above a search's results.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startGateProxy, type GateProxy } from '../support/gate-proxy.ts';
import { DESKTOP, explorerUrl, PHONE } from './support/browser.ts';
import { useExplorerSession } from './support/session.ts';
import { SESSION_STORAGE_KEY } from '../../gateway/explorer/src/session/storage-key.ts';

const proxies: Record<string, GateProxy> = {};
const proxied = (name: string) => async (url: string) => (proxies[name] = await startGateProxy(url)).url;
// No response cache: an answer cached while a registry was up would hide its outage from the next test.
const session = useExplorerSession({
  graph: async () => ({
    routeVia: { 'pay-policies': proxied('pay-policies'), 'enterprise-classes': proxied('enterprise-classes') },
    gateway: { responseCache: { mode: 'off', ttlMs: 0 } },
  }),
});
afterAll(() => Promise.all(Object.values(proxies).map((p) => p.stop())));
afterEach(() => Object.values(proxies).forEach((p) => p.dropAnswers(false)));

/** The registry's requests reach it, but the gateway gets no answer: it is down as far as anyone can tell. */
const down = (name: 'pay-policies' | 'enterprise-classes') => proxies[name].dropAnswers(true);

describe('a registry that does not answer', () => {
  it('leaves the overview showing the studios by level, with a note where the certification and targets were', async () => {
    const api = await session.graph.query(`{ masterStudioCountsByLevel { count } }`);
    const studios = api.data.masterStudioCountsByLevel.reduce((sum: number, c: { count: number }) => sum + c.count, 0);
    down('pay-policies');

    const page = await session.open('#/');
    const byLevel = page.getByTestId('overview-studios');
    await byLevel.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await byLevel.getByRole('heading').textContent()).toBe(`按级别统计的 ${studios} 家技能大师工作室`);
    expect(await byLevel.locator('.recharts-bar-rectangle').count()).toBe(api.data.masterStudioCountsByLevel.length);
    for (const card of ['overview-certification', 'overview-targets']) {
      expect(await page.getByTestId(card).getByTestId('registry-unavailable').textContent()).toBe('薪酬政策登记暂时没有响应，请稍后再试。');
    }
    expect(await page.getByTestId('query-error').textContent()).toBe('薪酬政策登记暂时无法访问，其余信息照常显示。');
    // The schools' card is enterprise-classes': it shows as before.
    expect(await page.getByTestId('overview-college').locator('.recharts-bar-rectangle').count()).toBe(3);
  });

  it('says so, without "the rest is shown", when nothing came back', async () => {
    down('pay-policies');
    const page = await session.open('#/enterprises');
    expect(await page.getByTestId('query-error').textContent()).toBe('薪酬政策登记暂时无法访问，请稍后再试。');
    expect(await page.getByTestId('enterprise-results').count()).toBe(0);
  });

  it("says on a studio's page that its host's registry is not responding, instead of leaving the host out", async () => {
    const { data } = await session.graph.query(`{ masterStudio(id: "2") { name hostEnterprise { name } } }`);
    expect(data.masterStudio.hostEnterprise).not.toBeNull();
    down('pay-policies');
    const page = await session.open('#/studios/2');
    await page.getByRole('heading', { level: 1, name: data.masterStudio.name }).waitFor();
    const facts = page.getByTestId('studio-facts');
    expect(await facts.getByText('依托企业').count()).toBe(1);
    expect(await facts.getByTestId('registry-unavailable').textContent()).toBe('薪酬政策登记暂时没有响应，请稍后再试。');
    expect(await page.getByTestId('query-error').textContent()).toBe('薪酬政策登记暂时无法访问，其余信息照常显示。');

    // The directory's cards likewise.
    await session.open(`#/studios?q=${encodeURIComponent(data.masterStudio.name)}`);
    const card = page.getByTestId('studio-cards').getByRole('listitem');
    await card.waitFor();
    expect(await card.getByTestId('registry-unavailable').textContent()).toBe('薪酬政策登记暂时没有响应，请稍后再试。');
  });

  it('leaves the studio directory filtering, saying which choices are missing', async () => {
    down('enterprise-classes');
    const page = await session.open('#/studios?occupation=TOOL_FITTER');
    await page.getByTestId('studio-cards').waitFor();
    const missing = page.getByTestId('studio-filters').getByTestId('choices-unavailable');
    await missing.nth(1).waitFor();
    expect(await missing.allTextContents()).toEqual(['校企合作登记暂时没有响应，暂无可选项。', '校企合作登记暂时没有响应，暂无可选项。']);
    // The address's occupation stays chosen, as its code, and the towns (another registry's) are all there.
    expect(await page.getByTestId('filter-occupation').inputValue()).toBe('TOOL_FITTER');
    expect(await page.getByTestId('filter-town').locator('option').count()).toBeGreaterThan(2);
  });

  it('says once which kinds a silent registry leaves unsearched, and lists the hits of the others', async () => {
    // 电: enterprises (pay-policies), an order class and trades (enterprise-classes), and the studios those host or practise.
    const text = '电';
    const { data: all } = await session.graph.query(
      `query ($text: String!) {
        searchEnterprises(text: $text, first: 20) { name firstStudios(first: 10) { name } }
        searchEnterpriseClasses(text: $text, first: 20) { name }
        searchOccupations(text: $text, first: 20) { name firstStudios(first: 10) { name } }
      }`,
      { text },
    );
    const names = (list: { name: string }[]) => list.map((x) => x.name);
    expect(all.searchEnterprises.length).toBeGreaterThan(0);
    expect(all.searchEnterpriseClasses.length).toBeGreaterThan(0);
    expect(all.searchOccupations.length).toBeGreaterThan(0);
    type Page = Awaited<ReturnType<typeof session.open>>;
    const group = (page: Page, kind: string) => page.getByTestId(`search-group-${kind}`);
    const links = async (page: Page, kind: string) => group(page, kind).getByRole('link').locator('span[lang="zh-CN"]').allTextContents();
    /** The outage is said once: one notice, no other "not responding", no request error beside it. */
    const saidOnce = async (page: Page, notice: string) => {
      expect(await page.getByTestId('search-unanswered').allTextContents()).toEqual([notice]);
      expect(await page.getByText(/没有响应|did not answer/).count()).toBe(1);
      expect(await page.getByTestId('query-error').count()).toBe(0);
    };

    // The college partnership registry down: its four kinds are named as unsearched, above the hits, and have no group.
    down('enterprise-classes');
    let page = await session.open(`#/search?q=${encodeURIComponent(text)}`);
    await group(page, 'enterprises').getByRole('link').first().waitFor();
    await saidOnce(page, '校企合作登记暂时没有响应，订单班、专业、产业学院和职业（工种）无法搜索，通过职业（工种）找到的工作室也无法列出，请稍后再试。');
    for (const kind of ['classes', 'majors', 'colleges', 'occupations']) expect(await group(page, kind).count(), kind).toBe(0);
    expect(await links(page, 'enterprises')).toEqual(names(all.searchEnterprises));
    // The studios the matching enterprises host still come (their own registry answered); those of the trades cannot.
    const hosted = [...new Set(all.searchEnterprises.flatMap((e: { firstStudios: { name: string }[] }) => names(e.firstStudios)))];
    expect(await links(page, 'studios')).toEqual(hosted);
    // Not a total ("共"): the silent registry may hold more, as the notice says.
    expect(await page.getByTestId('result-count').textContent()).toBe(`找到 ${hosted.length + all.searchEnterprises.length} 条结果`);
    // On a phone, nothing scrolls sideways.
    await page.setViewportSize(PHONE);
    try {
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    } finally {
      await page.setViewportSize(DESKTOP);
    }

    // In English, the same in English.
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 1, name: `Search results for “${text}”` }).waitFor();
    await saidOnce(
      page,
      'The college partnership registry did not answer, so order classes, majors, industry colleges, and occupations cannot be searched, nor can studios found through their occupation be listed; try again later.',
    );
    expect(await page.getByTestId('result-count').textContent()).toBe(`Found ${hosted.length + all.searchEnterprises.length} results`);
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 1, name: `“${text}”的搜索结果` }).waitFor();

    // The pay policy registry down instead: the enterprises are named as unsearched; order classes and trades list their hits.
    proxies['enterprise-classes'].dropAnswers(false);
    down('pay-policies');
    page = await session.open(`#/search?q=${encodeURIComponent(text)}`);
    await group(page, 'occupations').getByRole('link').first().waitFor();
    await saidOnce(page, '薪酬政策登记暂时没有响应，企业无法搜索，通过依托企业找到的工作室也无法列出，请稍后再试。');
    expect(await group(page, 'enterprises').count()).toBe(0);
    expect(await links(page, 'classes')).toEqual(names(all.searchEnterpriseClasses));
    expect(await links(page, 'occupations')).toEqual(names(all.searchOccupations));
    // The studios the trades are practised in come; those the enterprises host cannot.
    expect(await links(page, 'studios')).toEqual([...new Set(all.searchOccupations.flatMap((o: { firstStudios: { name: string }[] }) => names(o.firstStudios)))]);
  });

  it('says nothing matched only of the kinds it could search, once', async () => {
    // 杭齿 matches an enterprise only, and the studio it hosts: with its registry down, nothing that answered matches.
    down('pay-policies');
    const page = await session.open(`#/search?q=${encodeURIComponent('杭齿')}`);
    const notice = page.getByTestId('search-unanswered');
    await notice.waitFor();
    expect(await notice.textContent()).toBe('薪酬政策登记暂时没有响应，企业无法搜索，通过依托企业找到的工作室也无法列出，请稍后再试。');
    expect(await page.getByTestId('result-count').textContent()).toBe('其余类别中没有找到匹配的记录');
    // No second "none found", no empty groups, no request error.
    expect(await page.getByTestId('search-results').locator('.notice, [data-testid^="search-group-"]').count()).toBe(0);
    expect(await page.getByTestId('query-error').count()).toBe(0);

    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 1, name: 'Search results for “杭齿”' }).waitFor();
    expect(await notice.textContent()).toBe(
      'The pay policy registry did not answer, so enterprises cannot be searched, nor can studios found through their host enterprise be listed; try again later.',
    );
    expect(await page.getByTestId('result-count').textContent()).toBe('Nothing matches in the other kinds');
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 1, name: '“杭齿”的搜索结果' }).waitFor();
  });

  it("keeps a studio's host in the editor while the host's registry is down, saying it cannot be searched", async () => {
    const { data } = await session.graph.query(`{ masterStudio(id: "2") { name version town hostEnterprise { id } } }`);
    down('pay-policies');
    const page = await session.open('#/');
    const token = await session.graph.token({ subject: 'editor-wang', role: 'BUREAU_ADMIN' });
    await page.evaluate(([key, value]) => sessionStorage.setItem(key, value), [SESSION_STORAGE_KEY, token] as const);
    await page.goto('about:blank');
    await page.goto(explorerUrl(session.graph.url, '#/studios/2'));
    const form = page.getByTestId('edit-studio');
    await form.waitFor();
    // Still hosted by its enterprise, known by number, not "no host".
    expect(await form.getByRole('radio', { name: '企业' }).isChecked()).toBe(true);
    const host = form.getByTestId('pick-host-enterprise');
    expect(await host.getByRole('combobox').inputValue()).toBe(`编号 ${data.masterStudio.hostEnterprise.id}`);
    expect(await host.getByTestId('choices-unavailable').textContent()).toBe('薪酬政策登记暂时没有响应，暂无可选项。');

    // Another change saves without touching the host. The town choices come in a request of their
    // own: until it answers, the select holds only "unchanged" and the studio's own town.
    const towns = form.getByLabel('镇街').locator('option');
    await expect.poll(async () => (await towns.allTextContents()).length).toBeGreaterThan(2);
    const town = (await towns.allTextContents()).find((t) => t !== data.masterStudio.town && !t.startsWith('（'))!;
    await form.getByLabel('镇街').selectOption(town);
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(async () => (await session.graph.query(`{ masterStudio(id: "2") { version town hostEnterprise { id } } }`)).data.masterStudio).toEqual({
      version: data.masterStudio.version + 1,
      town,
      hostEnterprise: data.masterStudio.hostEnterprise,
    });
  });
});
