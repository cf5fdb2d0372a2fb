// The explorer in headless Chromium, served by the real gateway over the real subgraphs: one
// graph and one browser for the whole file, since starting a graph is most of the cost.
import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE } from './support/browser.ts';
import { useExplorerSession } from './support/session.ts';

const session = useExplorerSession({ readOnly: true });

describe('the studio directory in a browser', () => {
  it('filters to NATIONAL and shows exactly the one national studio', async () => {
    const { page } = session.browser;
    const api = await session.graph.query(`{ masterStudios(filter: { levels: [NATIONAL] }) { edges { node { name } } } }`);

    await session.open('#/studios');
    await page.getByRole('heading', { name: '76 家工作室' }).waitFor();
    await page.getByRole('button', { name: '国家级' }).click();
    await page.getByRole('heading', { name: '1 家工作室', exact: true }).waitFor();

    const cards = page.getByTestId('studio-cards').getByRole('listitem');
    expect(await cards.count()).toBe(1);
    expect(await cards.locator('.card-title').textContent()).toBe(api.data.masterStudios.edges[0].node.name);
    expect(await cards.locator('.badge').first().textContent()).toBe('国家级');
    expect(await page.getByTestId('level-NATIONAL').getAttribute('aria-pressed')).toBe('true');
    expect(new URL(page.url()).hash).toBe('#/studios?level=NATIONAL');
  });

  it('opens a studio page with its leader, host and level history as a timeline', async () => {
    const { page } = session.browser;
    const api = await session.graph.query(`{ masterStudios(filter: { levels: [NATIONAL] }) { edges { node {
      id name leader { name } hostEnterprise { name } hostSchool { name } levelHistory { level year } } } } }`);
    const studio = api.data.masterStudios.edges[0].node;

    await session.open('#/studios?level=NATIONAL');
    await page.getByRole('link', { name: studio.name }).click();
    await page.getByRole('heading', { level: 1, name: studio.name }).waitFor();
    expect(new URL(page.url()).hash).toBe(`#/studios/${studio.id}`);
    expect(await page.getByTestId('studio-leader').textContent()).toContain(studio.leader.name);
    const host = studio.hostEnterprise?.name ?? studio.hostSchool.name;
    expect(await page.getByTestId('studio-facts').textContent()).toContain(host);

    const levels: Record<string, string> = { DISTRICT: '区级', CITY: '市级', PROVINCIAL: '省级', NATIONAL: '国家级' };
    const steps = page.getByTestId('level-history').getByRole('listitem');
    expect(await steps.allTextContents()).toEqual(studio.levelHistory.map((s: any) => `${s.year}${levels[s.level]}`));
  });

  it('jumps to the last page, numbered as paging forwards numbers it, and back to the first', async () => {
    const { page } = session.browser;
    const api = await session.graph.query(`{ masterStudios(first: 1000) { edges { node { name } } } }`);
    const names: string[] = api.data.masterStudios.edges.map((edge: any) => edge.node.name);
    const pages = Math.ceil(names.length / 12);
    const pageOf = (n: number) => names.slice((n - 1) * 12, n * 12);
    expect(names.length % 12).not.toBe(0); // so the last page is the short remainder

    await session.open('#/studios');
    const loaded = page.locator('section[aria-busy="false"]');
    const titles = page.getByTestId('studio-cards').locator('.card-title');
    await loaded.getByText(`第 1 页，共 ${pages} 页`).waitFor();
    expect(await page.getByTestId('pager-first').count()).toBe(0);

    await page.getByTestId('pager-last').click();
    await loaded.getByText(`第 ${pages} 页，共 ${pages} 页`).waitFor();
    expect(await titles.allTextContents()).toEqual(pageOf(pages));
    expect(await page.getByTestId('pager-last').count()).toBe(0);

    await page.getByTestId('pager-previous').click();
    await loaded.getByText(`第 ${pages - 1} 页，共 ${pages} 页`).waitFor();
    expect(await titles.allTextContents()).toEqual(pageOf(pages - 1));

    await page.getByTestId('pager-first').click();
    await loaded.getByText(`第 1 页，共 ${pages} 页`).waitFor();
    expect(await titles.allTextContents()).toEqual(pageOf(1));
  });

  it('narrows by town, pages forwards and back, and finds a studio by name', async () => {
    const { page } = session.browser;
    const api = await session.graph.query(`{ towns masterStudios(filter: { towns: ["瓜沥镇"] }) { totalCount } }`);
    const total = api.data.masterStudios.totalCount;
    const pages = Math.ceil(total / 12);
    expect(pages).toBeGreaterThan(1);

    await session.open('#/studios');
    const town = page.getByTestId('filter-town');
    await town.locator('option[value="瓜沥镇"]').waitFor({ state: 'attached' });
    expect(await town.locator('option').allTextContents()).toEqual(['全部镇街', ...api.data.towns, '未注明']);
    await town.selectOption('瓜沥镇');
    await page.getByRole('heading', { name: `${total} 家工作室` }).waitFor();
    const titles = page.getByTestId('studio-cards').locator('.card-title');
    const first = await titles.allTextContents();

    // The list stays on screen, busy, while the next page loads.
    const loaded = page.locator('section[aria-busy="false"]');
    await page.getByTestId('pager-next').click();
    await loaded.getByText(`第 2 页，共 ${pages} 页`).waitFor();
    const second = await titles.allTextContents();
    expect(second.filter((name) => first.includes(name))).toEqual([]);

    await page.getByTestId('pager-previous').click();
    await loaded.getByText(`第 1 页，共 ${pages} 页`).waitFor();
    expect(await titles.allTextContents()).toEqual(first);

    await page.getByTestId('clear-filters').click();
    await page.getByTestId('filter-name').fill('陆立军');
    await page.getByTestId('search').click();
    await page.getByRole('heading', { name: '1 家工作室', exact: true }).waitFor();
    expect(await titles.allTextContents()).toEqual(['陆立军大师工作室']);
  });

  it('says when nothing matches, offers to clear the filters, and has nothing to export', async () => {
    const { page } = session.browser;
    for (const [hash, none, all] of [
      ['#/studios?q=zzz', '没有符合条件的工作室。', '76 家工作室'],
      ['#/enterprises?q=zzz', '没有符合条件的企业。', /^[1-9][\d,]* 家企业$/],
    ] as const) {
      await session.open(hash);
      const notice = page.getByTestId('none-found');
      await notice.waitFor();
      expect(await notice.textContent()).toBe(`${none} 清除筛选，显示全部`);
      for (const tool of ['export-csv', 'export-xlsx', 'export-print']) expect(await page.getByTestId(tool).isDisabled(), tool).toBe(true);
      await notice.getByRole('link').click();
      await page.getByRole('heading', { level: 2, name: all }).waitFor();
      expect(await page.getByTestId('export-csv').isDisabled()).toBe(false);
    }
  });

  it('blames the connection, not the registries, when the browser is offline', async () => {
    const { page } = session.browser;
    await session.open('#/');
    await page.getByTestId('overview-studios').waitFor();
    await page.context().setOffline(true);
    try {
      await page.evaluate(() => (window.location.hash = '#/studios?level=NATIONAL'));
      await page.getByTestId('query-error').getByText('无法连接到服务，请检查网络后重试。').waitFor();
      expect(await page.getByTestId('choices-unavailable').count()).toBe(0);
    } finally {
      await page.context().setOffline(false);
    }
    // The failed requests are the point: each is the browser's own, offline.
    const problems = session.browser.problems.splice(0);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.endsWith('net::ERR_INTERNET_DISCONNECTED'))).toBe(true);
  });

  it('goes back to the first page when the address holds a cursor the API refuses', async () => {
    const { page } = session.browser;
    await session.open('#/studios?level=PROVINCIAL&page=2&after=garbage');
    await page.getByRole('heading', { name: '10 家工作室' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/studios?level=PROVINCIAL');
    expect(await page.getByTestId('query-error').count()).toBe(0);
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const { page } = session.browser;
    await page.setViewportSize(PHONE);
    try {
      // Views with the article's named records, each with the heading that says it has loaded.
      const views: [string, string | RegExp][] = [
        ['#/', /技能大师工作室/],
        ['#/studios?level=PROVINCIAL', '10 家工作室'],
        ['#/studios/1', '陆立军大师工作室'],
        ['#/planner/SMART_VEHICLES?generated=show', '智能汽车 · Smart vehicles'],
        ['#/enterprises/5', '杭州正强传动股份有限公司'],
        ['#/schools/1', '萧山技师学院'],
      ];
      for (const [hash, heading] of views) {
        await session.open(hash);
        await page.getByRole('heading', { name: heading }).first().waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${hash} is wider than a phone`).toBeLessThanOrEqual(0);
        // Nor does a table hide columns in a sideways scroll of its own.
        const hidden = await page.evaluate(() => [...document.querySelectorAll('.table-scroll')].some((box) => box.scrollWidth > box.clientWidth));
        expect(hidden, `${hash} has a table wider than a phone`).toBe(false);
      }
      // The sign-in panel opens within the screen, not off its left edge beside the button.
      await session.open('#/');
      await page.getByTestId('sign-in').click();
      const panel = (await page.getByRole('group', { name: '登录' }).boundingBox())!;
      expect(panel.x).toBeGreaterThanOrEqual(0);
      expect(panel.x + panel.width).toBeLessThanOrEqual(PHONE.width);
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });
});

describe('the overview in a browser', () => {
  it("says the date the training targets stand at, in Xiaoshan's calendar, in both languages", async () => {
    const { page } = session.browser;
    const { data } = await session.graph.query(`{ districtIndicators { target asOf } }`);
    const dates = new Set(data.districtIndicators.filter((i: any) => i.target != null).map((i: any) => i.asOf));
    expect(dates.size).toBe(1);
    const day = new Date(`${[...dates][0]}T00:00:00+08:00`);
    const said = (language: string) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'Asia/Shanghai' }).format(day);

    await session.open('#/');
    const asOf = page.getByTestId('targets-as-of');
    await asOf.waitFor();
    expect(await asOf.textContent()).toBe(`截至${said('zh-CN')}。`);
    await page.getByTestId('language-switch').click();
    try {
      await asOf.getByText(`As of ${said('en')}.`).waitFor();
    } finally {
      await page.getByTestId('language-switch').click();
    }
  });

  it("shows the article's school figures: 6 industry colleges, 6 new majors, 15 order classes, 20 graduate teachers, and the research outcomes", async () => {
    const { page } = session.browser;
    await session.open('#/');
    const card = page.getByTestId('overview-college');
    await card.locator('.recharts-bar-rectangle').first().waitFor();
    const figures = Object.fromEntries(await card.locator('.figures > div').evaluateAll((items) => items.map((i) => [i.querySelector('dt')!.textContent, i.querySelector('dd')!.textContent])));
    expect(figures).toEqual({ 产业学院: '6', 新兴专业: '6', 企业订单班: '15', 毕业生留校任教: '20' });
    expect(await card.getByRole('heading', { level: 3 }).textContent()).toBe('2021—2023 年，329 名技师段学生参与研修');
    expect(await card.locator('.recharts-label-list text').allTextContents()).toEqual(['81', '23', '74']);
    await card.getByRole('link', { name: '校企合作' }).click();
    await page.waitForURL(/#\/schools$/);
  });

  it('names each chart a keyboard can reach, and the language button by what it shows', async () => {
    const { page } = session.browser;
    await session.open('#/');
    for (const name of ['按级别统计的技能大师工作室', '试点单位技能等级认定', '今年培训目标与完成情况', '学生研修成果']) {
      await page.getByRole('application', { name }).waitFor();
    }
    expect(await page.locator('[role="application"]').count()).toBe(4);
    await page.getByRole('button', { name: 'English', exact: true }).waitFor();
  });
});

describe('the programme planner in a browser', () => {
  it('opens an industry and shows its classes, partners, their studios and pay, from one request', async () => {
    const { page } = session.browser;
    const api = await session.graph.query(`{ industry(code: "SMART_VEHICLES") { majors { name }
      enterpriseClasses { name partnerEnterprise { name studios { name } payPolicies { scope } } } } }`);
    const classes = api.data.industry.enterpriseClasses;
    const partners = [...new Set<string>(classes.map((c: any) => c.partnerEnterprise.name))];
    expect(classes.length).toBeGreaterThan(0);

    // Generated placeholders shown, so every class the API lists is on the page.
    await session.open('#/planner?generated=show');
    const industry = page.getByTestId('planner-industry');
    await industry.locator('option[value="SMART_VEHICLES"]').waitFor({ state: 'attached' });
    const operations: string[] = [];
    const record = (request: Request) => {
      if (new URL(request.url()).pathname === '/graphql') operations.push(request.postDataJSON()?.operationName);
    };
    page.on('request', record);
    await industry.selectOption('SMART_VEHICLES');
    await page.getByRole('heading', { name: '智能汽车 · Smart vehicles' }).waitFor();
    page.off('request', record);

    expect(new URL(page.url()).hash).toBe('#/planner/SMART_VEHICLES?generated=show');
    expect(operations).toEqual(['Planner']);

    const majors = page.getByTestId('plan-majors').locator('ul.screen-only > li');
    expect(await majors.count()).toBe(api.data.industry.majors.length);
    const rows = page.getByTestId('plan-classes').locator('.table-scroll tbody tr');
    expect(await rows.count()).toBe(classes.length);
    expect(await rows.locator('td:first-child').allTextContents()).toEqual(
      classes.map((c: any) => expect.stringContaining(c.name)),
    );

    const cards = page.getByTestId('partner-cards').getByRole('listitem').filter({ has: page.locator('.card-title') });
    expect(await cards.locator('.card-title').allTextContents()).toEqual(partners);
    for (const cls of classes) {
      const card = cards.filter({ has: page.getByRole('link', { name: cls.partnerEnterprise.name, exact: true }) });
      for (const studio of cls.partnerEnterprise.studios) {
        expect(await card.getByRole('link', { name: studio.name }).count()).toBe(1);
      }
      if (cls.partnerEnterprise.payPolicies.length === 0) expect(await card.textContent()).toContain('暂无薪酬政策记录。');
    }
    expect(classes.some((c: any) => c.partnerEnterprise.studios.length > 0)).toBe(true);
    expect(classes.some((c: any) => c.partnerEnterprise.payPolicies.length > 0)).toBe(true);
  });

  it("shows the article's 电装班 and its partner 电装 with generated records hidden, their inferred industry marked", async () => {
    const { page } = session.browser;
    await session.open('#/planner/SMART_VEHICLES');
    await page.getByTestId('plan-classes').waitFor();
    expect(await page.getByTestId('hide-generated').isChecked()).toBe(true);

    const rows = page.getByTestId('plan-classes').locator('.table-scroll tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.locator('td:first-child').textContent()).toContain('电装班');
    expect(await rows.locator('td:first-child').getByTestId('inferred').textContent()).toBe('推断');
    expect(await rows.first().getByRole('link').textContent()).toBe('电装');
    const cards = page.getByTestId('partner-cards').getByRole('listitem').filter({ has: page.locator('.card-title') });
    expect(await cards.locator('.card-title').allTextContents()).toEqual(['电装']);
    const mark = cards.getByTestId('inferred');
    expect(await mark.textContent()).toBe('推断');
    expect(await mark.getAttribute('title')).toContain('原文未注明行业');
  });

  it('says why a part of the plan is empty instead of showing an empty table or nothing', async () => {
    const { page } = session.browser;
    // Modern textiles has only generated classes, which the planner hides by default.
    const { data } = await session.graph.query(`{ industry(code: "MODERN_TEXTILES") { enterpriseClasses(provenances: [ARTICLE, REGISTERED]) { id } } }`);
    expect(data.industry.enterpriseClasses).toEqual([]);
    await session.open('#/planner/MODERN_TEXTILES');
    const hidden = '此处没有报道原文或登记录入的记录；取消勾选“隐藏生成的占位记录”可查看生成的占位记录。';
    expect(await page.getByTestId('classes-none').textContent()).toBe(hidden);
    expect(await page.getByTestId('partners-none').textContent()).toBe(hidden);
    expect(await page.getByTestId('plan-classes').locator('table.stack').count()).toBe(0);
  });

  it('says so for an industry code nobody uses', async () => {
    const { page } = session.browser;
    await session.open('#/planner/NO_SUCH_INDUSTRY');
    await page.getByText('没有代码为 NO_SUCH_INDUSTRY 的产业。').waitFor();
  });
});

describe('records whose town the article does not state', () => {
  it('are reached by the town filter under 未注明, the two article studios among them', async () => {
    const { page } = session.browser;
    const api = await session.graph.query(`{ masterStudios(filter: { townStated: false }) { totalCount edges { node { name provenance } } } }`);
    const names = api.data.masterStudios.edges.map((e: any) => e.node.name);
    expect(names).toEqual(expect.arrayContaining(['陆立军大师工作室', '王露清工作室']));

    await session.open('#/studios');
    await page.getByTestId('filter-town').locator('option', { hasText: '未注明' }).waitFor({ state: 'attached' });
    await page.getByTestId('filter-town').selectOption({ label: '未注明' });
    await page.getByRole('heading', { name: `${api.data.masterStudios.totalCount} 家工作室`, exact: true }).waitFor();
    const titles = await page.getByTestId('studio-cards').locator('.card-title').allTextContents();
    expect(titles).toEqual(expect.arrayContaining(['陆立军大师工作室', '王露清工作室']));
  });
});

describe('an enterprise profile in a browser', () => {
  it('finds Hangzhou Zhengqiang Transmission by name and shows what all three registries know', async () => {
    const { page } = session.browser;
    await session.open('#/enterprises');
    await page.getByTestId('filter-name').fill('正强');
    await page.getByTestId('filter-name').press('Enter');
    await page.getByRole('heading', { name: '1 家企业', exact: true }).waitFor();
    await page.getByRole('link', { name: '杭州正强传动股份有限公司' }).click();

    await page.getByRole('heading', { level: 1, name: '杭州正强传动股份有限公司' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/enterprises/5');
    const section = (name: string) => page.getByRole('region', { name });
    expect(await section('技能等级认定').textContent()).toContain('等级认定企业，2023年4月起试点');
    expect(await section('技能等级认定').textContent()).toContain('截至2023年10月31日认定 88 人');
    expect(await section('进修与学徒制').textContent()).toContain('至少 40 名员工，例如 金素琴');
    expect(await section('资助').textContent()).toContain('暂无记录。');
    // Each part names the registry that answered it as its users know it, never a service name.
    expect(new Set(await page.locator('.registry').allTextContents())).toEqual(
      new Set(['来源：薪酬政策登记', '来源：校企合作登记', '来源：大师工作室登记']),
    );
  });

  it("shows Hangzhou Advance Gearbox's studio on a school campus, and follows it to the studio page", async () => {
    const { page } = session.browser;
    await session.open('#/enterprises/4');
    const studios = page.getByTestId('profile-studios');
    await studios.getByRole('link', { name: '陆立军大师工作室' }).click();
    await page.getByRole('heading', { level: 1, name: '陆立军大师工作室' }).waitFor();
    const facts = await page.getByTestId('studio-facts').textContent();
    expect(facts).toContain('萧山一职');
    expect(facts).toContain('杭齿集团');
    expect(await page.getByTestId('honours').textContent()).toContain('浙江省技术能手');
  });

  it('says so for an enterprise nobody registered, and refuses a malformed id in Chinese alone', async () => {
    const { page } = session.browser;
    await session.open('#/enterprises/999999');
    await page.getByText('没有编号为 999999 的企业。').waitFor();
    await session.open('#/enterprises/abc');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    // The code (and the rule, where the API names one) decides the Chinese message; the API's English stays out.
    expect(await alert.textContent()).toMatch(/^输入有误[^A-Za-z]*，请检查后重试。$/);
  });
});
