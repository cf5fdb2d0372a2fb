// The bureau registers a studio newly recognised from the directory: the form refuses what the API
// refuses, beside the field, and a registered studio opens on its own page with its host picked by
// name. Nobody else is offered the form.
import type { LocalTokenClaims } from '@partnership/gateway';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { explorerUrl } from './support/browser.ts';
import { useExplorerSession } from './support/session.ts';
import { SESSION_STORAGE_KEY } from '../../gateway/explorer/src/session/storage-key.ts';

const session = useExplorerSession();
const BUREAU: LocalTokenClaims = { subject: 'editor-zhao', name: '赵敏', role: 'BUREAU_ADMIN' };

/** Opens a route signed in as `claims`, as after signing in in that tab; null: signed out. */
async function openAs(claims: LocalTokenClaims | null, hash: string): Promise<Page> {
  const page = await session.open('#/');
  const token = claims && (await session.graph.token(claims));
  await page.evaluate(([key, value]) => (value ? sessionStorage.setItem(key, value) : sessionStorage.removeItem(key)), [SESSION_STORAGE_KEY, token] as const);
  await page.goto('about:blank');
  await page.goto(explorerUrl(session.graph.url, hash));
  return page;
}

const studioCount = async () => (await session.graph.query(`{ masterStudios(first: 0) { totalCount } }`)).data.masterStudios.totalCount as number;

describe('registering a studio', () => {
  it('is offered to the bureau only', async () => {
    const signedOut = await openAs(null, '#/studios');
    await signedOut.getByTestId('studio-cards').waitFor();
    expect(await signedOut.getByTestId('register-studio').count()).toBe(0);
    await signedOut.goto(explorerUrl(session.graph.url, '#/studios/new'));
    expect(await signedOut.getByTestId('new-studio-refused').textContent()).toBe('只有人社局管理员可以登记工作室，请先以该角色登录。');
    expect(await signedOut.getByTestId('new-studio').count()).toBe(0);

    const hr = await openAs({ subject: 'hr-li', role: 'ENTERPRISE_HR', enterpriseId: 5 }, '#/studios/new');
    await hr.getByTestId('new-studio-refused').waitFor();
  });

  it('refuses a nameless studio beside its name, then registers it with its host and opens its page', async () => {
    const { data } = await session.graph.query(`{ enterprise(id: 5) { id name } occupations { code name } industries { code name } towns }`);
    const [occupation] = data.occupations;
    const [industry] = data.industries;
    const [town] = data.towns;
    const before = await studioCount();

    const page = await openAs(BUREAU, '#/studios');
    await page.getByTestId('register-studio').click();
    const form = page.getByTestId('new-studio');
    await form.getByLabel('职业').locator('option').nth(1).waitFor({ state: 'attached' });
    await form.getByRole('button', { name: '登记' }).click();
    await form.getByTestId('error-name').waitFor();
    expect(await form.getByTestId('error-name').textContent()).toMatch(/^工作室名称/);
    expect(await studioCount()).toBe(before);

    await form.getByLabel('工作室名称').fill('  测试登记技能大师工作室 ');
    await form.getByLabel('类别').selectOption('TECHNICIAN_STUDIO');
    await form.getByLabel('级别').selectOption('CITY');
    await form.getByLabel('认定年份').fill('2024');
    await form.getByLabel('职业').selectOption(occupation.code);
    await form.getByLabel('产业').selectOption(industry.code);
    await form.getByLabel('镇街').selectOption(town);
    await form.getByRole('radio', { name: '企业' }).check();
    const host = form.getByRole('combobox', { name: '依托企业' });
    await host.fill(data.enterprise.name.slice(0, 4));
    await form.getByRole('option').filter({ hasText: data.enterprise.name }).first().click();
    await form.getByRole('button', { name: '登记' }).click();

    // The new studio's own page, by its id.
    await page.waitForURL(/#\/studios\/\d+$/);
    const id = new URL(page.url()).hash.split('/').pop()!;
    await page.getByRole('heading', { level: 1, name: '测试登记技能大师工作室' }).waitFor();
    await page.getByTestId('studio-facts').getByText(data.enterprise.name).waitFor();
    const { data: after } = await session.graph.query(
      `query($id: ID!) { masterStudio(id: $id) { name kind level town provenance occupation { code } industry { code } hostEnterprise { id } hostSchool { id } levelHistory { level year } } }`,
      { id },
    );
    expect(after.masterStudio).toEqual({
      name: '测试登记技能大师工作室',
      kind: 'TECHNICIAN_STUDIO',
      level: 'CITY',
      town,
      provenance: 'REGISTERED',
      occupation: { code: occupation.code },
      industry: { code: industry.code },
      hostEnterprise: { id: '5' },
      hostSchool: null,
      levelHistory: [{ level: 'CITY', year: 2024 }],
    });
    expect(await studioCount()).toBe(before + 1);
  });
});
