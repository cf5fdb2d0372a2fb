// One registry not answering, in headless Chromium over the real gateway: its root fields come back
// null (the schema lets them), the explorer shows what the other registries answered and says, where
// the missing part would be, that its registry is not responding.
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

  it("says in each search group whose registry is down that it did not answer, and lists the others' hits", async () => {
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
    const group = (page: Awaited<ReturnType<typeof session.open>>, kind: string) => page.getByTestId(`search-group-${kind}`);
    const links = async (page: Awaited<ReturnType<typeof session.open>>, kind: string) =>
      group(page, kind).getByRole('link').locator('span[lang="zh-CN"]').allTextContents();

    // The college partnership registry down: its four kinds say so in place, not as "none matched".
    down('enterprise-classes');
    let page = await session.open(`#/search?q=${encodeURIComponent(text)}`);
    await group(page, 'enterprises').getByRole('link').first().waitFor();
    for (const [kind, heading] of [['classes', '订单班'], ['majors', '专业'], ['colleges', '产业学院'], ['occupations', '职业（工种）']]) {
      expect(await group(page, kind).getByRole('heading').textContent()).toBe(heading);
      expect(await group(page, kind).getByTestId('registry-unavailable').textContent()).toBe('校企合作登记暂时没有响应，请稍后再试。');
      expect(await group(page, kind).getByRole('link').count()).toBe(0);
    }
    expect(await links(page, 'enterprises')).toEqual(names(all.searchEnterprises));
    // The studios the matching enterprises host still come (their own registry answered); those of the trades cannot.
    expect(await links(page, 'studios')).toEqual([...new Set(all.searchEnterprises.flatMap((e: { firstStudios: { name: string }[] }) => names(e.firstStudios)))]);
    expect(await group(page, 'studios').getByTestId('search-via-unavailable').textContent()).toBe('通过职业（工种）找到的工作室暂时无法列出：校企合作登记暂时没有响应。');
    for (const kind of ['studios', 'enterprises']) expect(await group(page, kind).getByTestId('registry-unavailable').count()).toBe(0);
    expect(await page.getByTestId('result-count').textContent()).toMatch(/^列出 \d+ 条结果，未响应的登记中可能还有更多$/);
    expect(await page.getByTestId('query-error').textContent()).toBe('校企合作登记暂时无法访问，其余信息照常显示。');
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
    expect(await group(page, 'occupations').getByRole('heading').textContent()).toBe('Occupations');
    expect(await group(page, 'occupations').getByTestId('registry-unavailable').textContent()).toBe('The college partnership registry did not answer; try again later.');
    expect(await group(page, 'studios').getByTestId('search-via-unavailable').textContent()).toBe(
      'Studios found through their occupation cannot be listed for now: the college partnership registry did not answer.',
    );
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 1, name: `“${text}”的搜索结果` }).waitFor();

    // The pay policy registry down instead: the enterprises say so; order classes and trades list their hits.
    proxies['enterprise-classes'].dropAnswers(false);
    down('pay-policies');
    page = await session.open(`#/search?q=${encodeURIComponent(text)}`);
    await group(page, 'occupations').getByRole('link').first().waitFor();
    expect(await group(page, 'enterprises').getByRole('heading').textContent()).toBe('企业');
    expect(await group(page, 'enterprises').getByTestId('registry-unavailable').textContent()).toBe('薪酬政策登记暂时没有响应，请稍后再试。');
    expect(await links(page, 'classes')).toEqual(names(all.searchEnterpriseClasses));
    expect(await links(page, 'occupations')).toEqual(names(all.searchOccupations));
    expect(await page.getByTestId('search-results').getByTestId('registry-unavailable').count()).toBe(1);
    // The studios the trades are practised in come; those the enterprises host cannot, and the group says so.
    expect(await links(page, 'studios')).toEqual([...new Set(all.searchOccupations.flatMap((o: { firstStudios: { name: string }[] }) => names(o.firstStudios)))]);
    expect(await group(page, 'studios').getByTestId('search-via-unavailable').textContent()).toBe('通过依托企业找到的工作室暂时无法列出：薪酬政策登记暂时没有响应。');
  });

  it('says nothing matched only in the registries that answered', async () => {
    // 杭齿 matches an enterprise only: with its registry down, nothing that answered matches.
    down('pay-policies');
    const page = await session.open(`#/search?q=${encodeURIComponent('杭齿')}`);
    await page.getByTestId('search-group-enterprises').getByTestId('registry-unavailable').waitFor();
    expect(await page.getByTestId('search-results').locator('p.notice').textContent()).toBe('其余登记中没有找到匹配的记录。');
    expect(await page.getByTestId('result-count').textContent()).toBe('列出 0 条结果，未响应的登记中可能还有更多');
    // Its studio (陆立军大师工作室, found through its host 杭齿集团) is missing, and its group says why.
    expect(await page.getByTestId('search-group-studios').getByRole('heading').textContent()).toBe('工作室');
    expect(await page.getByTestId('search-group-studios').getByTestId('search-via-unavailable').textContent()).toBe(
      '通过依托企业找到的工作室暂时无法列出：薪酬政策登记暂时没有响应。',
    );
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

    // Another change saves without touching the host.
    const town = (await form.getByLabel('镇街').locator('option').allTextContents()).find((t) => t !== data.masterStudio.town && !t.startsWith('（'))!;
    await form.getByLabel('镇街').selectOption(town);
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(async () => (await session.graph.query(`{ masterStudio(id: "2") { version town hostEnterprise { id } } }`)).data.masterStudio).toEqual({
      version: data.masterStudio.version + 1,
      town,
      hostEnterprise: data.masterStudio.hostEnterprise,
    });
  });
});
