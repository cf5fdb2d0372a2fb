// Editing in the explorer: an editor signs in with one click, promotes a studio and reads the change
// in the audit trail; a visitor sees no edit controls; a stale version is explained with a reload.
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { yearInXiaoshan } from '@partnership/kit';
import { DESKTOP, PHONE } from './support/browser.ts';
import { useExplorerSession } from './support/session.ts';
import { signInWithOneClick } from './support/sign-in.ts';

const session = useExplorerSession();
// Who the development sign-in says is signed in: the gateway's sub for the role.
const EDITOR = 'dev:bureau_admin';

/** A CITY studio of the article: a promotion to PROVINCIAL is the next step up. */
async function cityStudio(): Promise<{ id: string; name: string; version: number }> {
  const { data } = await session.graph.query(`{ masterStudios(filter: { levels: [CITY] }, first: 1) { edges { node { id name version } } } }`);
  return data.masterStudios.edges[0].node;
}

/** Signs in as the bureau's administrator with development's one click. */
async function signIn(page: Page) {
  await signInWithOneClick(page);
  await page.getByTestId('session').getByText(`${EDITOR}（人社局管理员）`).waitFor();
}

describe('editing in the explorer', () => {
  // The tab keeps a sign-in (sessionStorage) from page to page: each test starts signed out.
  beforeEach(async () => {
    await (await session.open()).evaluate(() => sessionStorage.clear());
  });

  it('lets an editor promote a studio and shows the change and its audit entry in Chinese', async () => {
    const studio = await cityStudio();
    const page = await session.open(`#/studios/${studio.id}`);
    await page.getByRole('heading', { level: 1, name: studio.name }).waitFor();
    await signIn(page);

    const form = page.getByTestId('edit-level');
    await form.getByLabel('新级别').selectOption('PROVINCIAL');
    await form.getByLabel('年份').fill('2026');
    await form.getByRole('button', { name: '保存' }).click();
    await form.getByText('已保存。').waitFor();
    await page.locator('header .badge', { hasText: '省级' }).waitFor();
    await page.getByTestId('level-history').getByText('2026省级').waitFor();

    const { data } = await session.graph.query(`query($id: ID!) { masterStudio(id: $id) { level version } }`, { id: studio.id });
    expect(data.masterStudio).toEqual({ level: 'PROVINCIAL', version: studio.version + 1 });

    await page.getByTestId('section-audit').click();
    const entry = page.getByTestId('audit-entry').first();
    await entry.waitFor();
    const text = await entry.textContent();
    expect(text).toContain(EDITOR);
    expect(text).toContain('人社局管理员');
    expect(text).toContain('工作室晋级或降级');
    expect(text).toContain(`工作室 #${studio.id} ${studio.name}`);
    const changes = await entry.getByTestId('audit-change').allTextContents();
    expect(changes).toContain('级别市级 → 省级');
    // A level change also sets the year the studio was recognised at its level.
    expect(changes.find((c) => c.startsWith('认定年份'))).toMatch(/→ 2026$/);
    expect(await entry.getByRole('link', { name: studio.name }).getAttribute('href')).toBe(`#/studios/${studio.id}`);
    // Local time in Asia/Shanghai, not the API's UTC instant.
    const at = await entry.locator('time').getAttribute('datetime');
    const shanghai = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Shanghai' }).format(new Date(at!));
    expect(await entry.locator('time').textContent()).toBe(shanghai);

    // The export holds every entry, with Chinese headers and labels (CSV with a BOM for Excel).
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export').getByTestId('export-csv').click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1).trim()).data;
    expect(rows[0]).toEqual(['时间', '修改人', '账号', '角色', '登记库', '操作', '记录类型', '记录编号', '修改内容']);
    expect(rows).toContainEqual(expect.arrayContaining([EDITOR, '工作室晋级或降级', studio.id, expect.stringContaining('级别: 市级 → 省级')]));

    // On a phone the table scrolls in its own frame: the page does not scroll sideways.
    await page.setViewportSize(PHONE);
    try {
      await entry.waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    } finally {
      await page.setViewportSize(DESKTOP);
    }

    // Filtering by person keeps the editor's entries only.
    await page.getByTestId('audit-filters').getByLabel('修改人').fill('nobody-else');
    await page.getByTestId('audit-filters').getByRole('button', { name: '筛选' }).click();
    await page.getByText('没有符合条件的修改记录。').waitFor();
    expect(new URL(page.url()).hash).toBe('#/audit?person=nobody-else');
  });

  it("reads a subsidy's audit entry as people say it: its kind, 万元, on screen and in the CSV", async () => {
    const token = await session.graph.token({ subject: EDITOR, role: 'BUREAU_ADMIN' });
    const recorded = await session.graph.query(
      `mutation { recordSubsidy(input: { kind: CERTIFICATION_GRANT, enterpriseId: 5, amountCny: 123456789, year: 2026 }) { id } }`,
      {},
      { as: token },
    );
    expect(recorded.errors).toBeUndefined();
    const page = await session.open('#/');
    await signIn(page);
    await session.open(`#/audit?type=Subsidy&record=${recorded.data.recordSubsidy.id}`);
    const changes = page.getByTestId('audit-entry').first().getByTestId('audit-change');
    await changes.first().waitFor();
    expect(await changes.allTextContents()).toEqual(expect.arrayContaining(['类别等级认定一次性资助', '金额12,345.6789万元', '年份2026']));

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export').getByTestId('export-csv').click()]);
    const rows = Papa.parse<string[]>((await readFile((await download.path())!, 'utf8')).slice(1).trim()).data;
    expect(rows[1].at(-1)).toContain('类别: 等级认定一次性资助');
    expect(rows[1].at(-1)).toContain('金额: 12,345.6789万元');
  });

  it("names who made a change when the token had a name claim, with the account beside it, on screen, in the header and in the CSV", async () => {
    const token = await session.graph.token({ subject: 'oidc|7f2c', name: '王芳', role: 'BUREAU_ADMIN' });
    const recorded = await session.graph.query(
      `mutation { recordSubsidy(input: { kind: HIGH_SKILL_TALENT_SUBSIDY, enterpriseId: 5, amountCny: 50000, year: 2026 }) { id } }`,
      {},
      { as: token },
    );
    expect(recorded.errors).toBeUndefined();
    const page = await session.open('#/');
    await page.getByTestId('sign-in').click();
    await page.getByTestId('paste-token').getByText('粘贴访问令牌').click();
    await page.getByTestId('token').fill(token);
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('session').getByText('王芳（人社局管理员）').waitFor();

    await session.open(`#/audit?type=Subsidy&record=${recorded.data.recordSubsidy.id}`);
    const who = page.getByTestId('audit-entry').first().locator('td').nth(1);
    await who.waitFor();
    expect((await who.innerText()).split('\n')).toEqual(['王芳', '人社局管理员 · oidc|7f2c']);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export').getByTestId('export-csv').click()]);
    const rows = Papa.parse<string[]>((await readFile((await download.path())!, 'utf8')).slice(1).trim()).data;
    expect(rows[1].slice(1, 4)).toEqual(['王芳', 'oidc|7f2c', '人社局管理员']);

    // People know one another by name, not by account: the filter takes either.
    for (const person of ['王芳', 'oidc|7f2c']) {
      await session.open('#/audit');
      await page.getByTestId('audit-filters').getByLabel('修改人').fill(person);
      await page.getByTestId('audit-filters').getByRole('button', { name: '筛选' }).click();
      await page.getByTestId('audit-count').filter({ hasText: '显示 1 条，共 1 条' }).waitFor();
      expect((await page.getByTestId('audit-entry').locator('td').nth(1).innerText()).split('\n')).toEqual(['王芳', '人社局管理员 · oidc|7f2c']);
    }
  });

  it('shows a PUBLIC visitor no edit controls and no audit trail', async () => {
    const studio = await cityStudio();
    const page = await session.open(`#/studios/${studio.id}`);
    await page.getByTestId('studio-facts').waitFor();
    expect(await page.getByTestId('sign-in').isVisible()).toBe(true);
    expect(await page.getByTestId('studio-editor').count()).toBe(0);
    expect(await page.locator('form.edit-form').count()).toBe(0);
    expect(await page.getByTestId('section-audit').count()).toBe(0);

    await session.open('#/enterprises/1');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('form.edit-form').count()).toBe(0);

    await session.open('#/audit');
    await page.getByTestId('audit-refused').waitFor();
    expect(await page.getByTestId('audit-rows').count()).toBe(0);
  });

  it('names a field the API refused, and explains a version conflict with a reload', async () => {
    const studio = await cityStudio();
    const page = await session.open(`#/studios/${studio.id}`);
    await page.getByRole('heading', { level: 1, name: studio.name }).waitFor();
    await signIn(page);
    const form = page.getByTestId('edit-level');
    await form.getByLabel('新级别').selectOption('PROVINCIAL');

    await form.getByLabel('年份').fill('1800');
    await form.getByRole('button', { name: '保存' }).click();
    await form.getByTestId('error-year').waitFor();
    // The rule in full, from the bounds the API sends with it: no English in the Chinese.
    expect(await form.getByTestId('error-year').textContent()).toBe(`年份须在 1949 至 ${yearInXiaoshan()} 之间`);
    expect(await form.getByLabel('年份').getAttribute('aria-invalid')).toBe('true');
    // Left empty, the year is named too, though GraphQL refuses the variable before any rule.
    await form.getByLabel('年份').fill('');
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => form.getByTestId('error-year').textContent()).toBe('必须填写');

    // Someone else changes the studio after the page read it.
    const { data } = await session.graph.query(`query($id: ID!) { masterStudio(id: $id) { version } }`, { id: studio.id });
    const other = await session.graph.query(
      `mutation($input: UpdateMasterStudioInput!) { updateMasterStudio(input: $input) { version } }`,
      { input: { id: studio.id, version: data.masterStudio.version, nameEn: 'Changed elsewhere' } },
      { as: { subject: 'someone-else', role: 'BUREAU_ADMIN' } },
    );
    expect(other.errors).toBeUndefined();

    await form.getByLabel('年份').fill('2026');
    await form.getByRole('button', { name: '保存' }).click();
    const conflict = form.getByTestId('version-conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('保存前已有他人修改了这条记录');
    await conflict.getByRole('button', { name: '重新加载' }).click();
    await page.getByText('Changed elsewhere').waitFor();

    await form.getByLabel('年份').fill('2026');
    await form.getByRole('button', { name: '保存' }).click();
    await form.getByText('已保存。').waitFor();
    expect(await form.getByTestId('version-conflict').count()).toBe(0);
  });
});
