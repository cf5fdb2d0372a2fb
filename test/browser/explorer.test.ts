// The explorer in headless Chromium, served by the real gateway over the real subgraphs: one
// graph and one browser for the whole file, since starting a graph is most of the cost.
import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE } from './support/browser.ts';
import { useExplorerSession } from './support/session.ts';

const session = useExplorerSession();

describe('the studio directory in a browser', () => {
  it('filters to NATIONAL and shows exactly the one national studio', async () => {
    const { page } = session.browser;
    const api = await session.graph.query(`{ masterStudios(filter: { levels: [NATIONAL] }) { edges { node { name } } } }`);

    await session.open('#/studios');
    await page.getByRole('heading', { name: '76 studios' }).waitFor();
    await page.getByRole('button', { name: 'National' }).click();
    await page.getByRole('heading', { name: '1 studio', exact: true }).waitFor();

    const cards = page.getByRole('list', { name: 'Studios' }).getByRole('listitem');
    expect(await cards.count()).toBe(1);
    expect(await cards.locator('.card-title').textContent()).toBe(api.data.masterStudios.edges[0].node.name);
    expect(await cards.locator('.badge').first().textContent()).toBe('National');
    expect(await page.getByRole('button', { name: 'National' }).getAttribute('aria-pressed')).toBe('true');
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
    expect(await page.getByRole('region', { name: 'Leader' }).textContent()).toContain(studio.leader.name);
    const host = studio.hostEnterprise?.name ?? studio.hostSchool.name;
    expect(await page.getByRole('region', { name: 'Studio', exact: true }).textContent()).toContain(host);

    const steps = page.getByRole('list', { name: 'Level history' }).getByRole('listitem');
    expect(await steps.allTextContents()).toEqual(
      studio.levelHistory.map((s: any) => `${s.year}${s.level[0]}${s.level.slice(1).toLowerCase()}`),
    );
  });

  it('narrows by town, pages forwards and back, and finds a studio by name', async () => {
    const { page } = session.browser;
    const api = await session.graph.query(`{ masterStudioTowns masterStudios(filter: { towns: ["瓜沥镇"] }) { totalCount } }`);
    const total = api.data.masterStudios.totalCount;
    const pages = Math.ceil(total / 12);
    expect(pages).toBeGreaterThan(1);

    await session.open('#/studios');
    const town = page.getByLabel('Town');
    await town.locator('option[value="瓜沥镇"]').waitFor({ state: 'attached' });
    expect(await town.locator('option').allTextContents()).toEqual(['All towns', ...api.data.masterStudioTowns]);
    await town.selectOption('瓜沥镇');
    await page.getByRole('heading', { name: `${total} studios` }).waitFor();
    const titles = page.getByRole('list', { name: 'Studios' }).locator('.card-title');
    const first = await titles.allTextContents();

    // The list stays on screen, busy, while the next page loads.
    const loaded = page.locator('section[aria-busy="false"]');
    await page.getByRole('link', { name: 'Next →' }).click();
    await loaded.getByText(`Page 2 of ${pages}`).waitFor();
    const second = await titles.allTextContents();
    expect(second.filter((name) => first.includes(name))).toEqual([]);

    await page.getByRole('link', { name: '← Previous' }).click();
    await loaded.getByText(`Page 1 of ${pages}`).waitFor();
    expect(await titles.allTextContents()).toEqual(first);

    await page.getByRole('link', { name: 'Clear filters' }).click();
    await page.getByLabel('Name').fill('陆立军');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('heading', { name: '1 studio', exact: true }).waitFor();
    expect(await titles.allTextContents()).toEqual(['陆立军大师工作室']);
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const { page } = session.browser;
    await page.setViewportSize(PHONE);
    try {
      // Views with the article's named records, each with the heading that says it has loaded.
      const views: [string, string | RegExp][] = [
        ['#/', /master studios/],
        ['#/studios?level=PROVINCIAL', '10 studios'],
        ['#/studios/1', '陆立军大师工作室'],
        ['#/planner/SMART_VEHICLES', '智能汽车 · Smart vehicles'],
        ['#/enterprises/5', '杭州正强传动股份有限公司'],
      ];
      for (const [hash, heading] of views) {
        await session.open(hash);
        await page.getByRole('heading', { name: heading }).first().waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${hash} is wider than a phone`).toBeLessThanOrEqual(0);
      }
    } finally {
      await page.setViewportSize(DESKTOP);
    }
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

    await session.open('#/planner');
    const industry = page.getByLabel('Industry');
    await industry.locator('option[value="SMART_VEHICLES"]').waitFor({ state: 'attached' });
    const operations: string[] = [];
    const record = (request: Request) => {
      if (new URL(request.url()).pathname === '/graphql') operations.push(request.postDataJSON()?.operationName);
    };
    page.on('request', record);
    await industry.selectOption('SMART_VEHICLES');
    await page.getByRole('heading', { name: '智能汽车 · Smart vehicles' }).waitFor();
    page.off('request', record);

    expect(new URL(page.url()).hash).toBe('#/planner/SMART_VEHICLES');
    expect(operations).toEqual(['Planner']);

    const majors = page.getByRole('region', { name: /^Majors/ }).getByRole('listitem');
    expect(await majors.count()).toBe(api.data.industry.majors.length);
    const rows = page.getByRole('region', { name: /^Order classes/ }).locator('tbody tr');
    expect(await rows.count()).toBe(classes.length);
    expect(await rows.locator('td:first-child').allTextContents()).toEqual(
      classes.map((c: any) => expect.stringContaining(c.name)),
    );

    const cards = page.getByRole('list', { name: 'Partner enterprises' }).getByRole('listitem').filter({ has: page.locator('.card-title') });
    expect(await cards.locator('.card-title').allTextContents()).toEqual(partners);
    for (const cls of classes) {
      const card = cards.filter({ has: page.getByRole('link', { name: cls.partnerEnterprise.name, exact: true }) });
      for (const studio of cls.partnerEnterprise.studios) {
        expect(await card.getByRole('link', { name: studio.name }).count()).toBe(1);
      }
      if (cls.partnerEnterprise.payPolicies.length === 0) expect(await card.textContent()).toContain('No pay policy on record.');
    }
    expect(classes.some((c: any) => c.partnerEnterprise.studios.length > 0)).toBe(true);
    expect(classes.some((c: any) => c.partnerEnterprise.payPolicies.length > 0)).toBe(true);
  });

  it('says so for an industry code nobody uses', async () => {
    const { page } = session.browser;
    await session.open('#/planner/NO_SUCH_INDUSTRY');
    await page.getByText('No industry has the code NO_SUCH_INDUSTRY.').waitFor();
  });
});

describe('an enterprise profile in a browser', () => {
  it('finds Hangzhou Zhengqiang Transmission by name and shows what all three registries know', async () => {
    const { page } = session.browser;
    await session.open('#/enterprises');
    await page.getByLabel('Name').fill('正强');
    await page.getByLabel('Name').press('Enter');
    await page.getByRole('heading', { name: '1 enterprise', exact: true }).waitFor();
    await page.getByRole('link', { name: '杭州正强传动股份有限公司' }).click();

    await page.getByRole('heading', { level: 1, name: '杭州正强传动股份有限公司' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/enterprises/5');
    const section = (name: string) => page.getByRole('region', { name });
    expect(await section('Skill-level certification').textContent()).toContain('Certifying enterprise, pilot since 2023-04');
    expect(await section('Skill-level certification').textContent()).toContain('88 certified by 2023-10-31');
    expect(await section('Further study and apprenticeships').textContent()).toContain('at least 40 staff, e.g. 金素琴');
    expect(await section('Subsidies').textContent()).toContain('None on record.');
    expect(new Set(await page.locator('.registry').allTextContents())).toEqual(
      new Set(['from the pay-policies registry', 'from the enterprise-classes registry', 'from the master-studios registry']),
    );
  });

  it("shows Hangzhou Advance Gearbox's studio on a school campus, and follows it to the studio page", async () => {
    const { page } = session.browser;
    await session.open('#/enterprises/4');
    const studios = page.getByRole('region', { name: 'Studios hosted' });
    await studios.getByRole('link', { name: '陆立军大师工作室' }).click();
    await page.getByRole('heading', { level: 1, name: '陆立军大师工作室' }).waitFor();
    const facts = await page.getByRole('region', { name: 'Studio', exact: true }).textContent();
    expect(facts).toContain('萧山一职');
    expect(facts).toContain('杭齿集团');
    expect(await page.getByRole('list', { name: 'Honours' }).textContent()).toContain('浙江省技术能手');
  });

  it('says so for an enterprise nobody registered, and names the rule a malformed id breaks', async () => {
    const { page } = session.browser;
    await session.open('#/enterprises/999999');
    await page.getByText('No enterprise has the id 999999.').waitFor();
    await session.open('#/enterprises/abc');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/id must be a positive whole number.*\(BAD_USER_INPUT\)/);
  });
});
