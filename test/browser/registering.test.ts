// The bureau registers what is new from the directories: an enterprise, and a studio newly
// recognised, hosted by it; and retires a studio that closes. Each form refuses what the API
// refuses, beside the field; a registered record opens on its own page. Nobody else is offered the forms.
import type { LocalTokenClaims } from '@partnership/gateway';
import { describe, expect, it } from 'vitest';
import { explorerUrl } from './support/browser.ts';
import { useExplorerSession } from './support/session.ts';
import { checkCharacter } from '../../subgraphs/pay-policies/src/credit-code.ts';

const session = useExplorerSession();
const BUREAU: LocalTokenClaims = { subject: 'editor-zhao', name: '赵敏', role: 'BUREAU_ADMIN' };

const studioCount = async () => (await session.graph.query(`{ masterStudios(first: 0) { totalCount } }`)).data.masterStudios.totalCount as number;
const enterpriseCount = async () => (await session.graph.query(`{ enterprises(first: 0) { totalCount } }`)).data.enterprises.totalCount as number;

describe('registering and retiring records', () => {
  it('is offered to the bureau only', async () => {
    const signedOut = await session.openAs(null, '#/studios');
    await signedOut.getByTestId('studio-cards').waitFor();
    expect(await signedOut.getByTestId('register-studio').count()).toBe(0);
    await signedOut.goto(explorerUrl(session.graph.url, '#/studios/new'));
    expect(await signedOut.getByTestId('new-studio-refused').textContent()).toBe('只有人社局管理员可以登记工作室，请先以该角色登录。');
    expect(await signedOut.getByTestId('new-studio').count()).toBe(0);

    await signedOut.goto(explorerUrl(session.graph.url, '#/enterprises'));
    await signedOut.getByTestId('enterprise-rows').waitFor();
    expect(await signedOut.getByTestId('register-enterprise').count()).toBe(0);
    await signedOut.goto(explorerUrl(session.graph.url, '#/enterprises/new'));
    expect(await signedOut.getByTestId('new-enterprise-refused').textContent()).toBe('只有人社局管理员可以登记企业，请先以该角色登录。');

    const hr = await session.openAs({ subject: 'hr-li', role: 'ENTERPRISE_HR', enterpriseId: 5 }, '#/studios/new');
    await hr.getByTestId('new-studio-refused').waitFor();
  });

  it('refuses a mistyped credit code beside it, then registers the enterprise, which a new studio can then name as its host', async () => {
    const first17 = '91330109MA2BRWTK1';
    const code = first17 + checkCharacter(first17);
    const mistyped = first17 + (code.endsWith('0') ? '1' : '0');
    const before = await enterpriseCount();

    const page = await session.openAs(BUREAU, '#/enterprises');
    await page.getByTestId('register-enterprise').click();
    const form = page.getByTestId('new-enterprise');
    await form.getByLabel('产业').locator('option').nth(1).waitFor({ state: 'attached' });
    await form.getByLabel('企业名称').fill('杭州测试登记精密机械有限公司');
    await form.getByLabel('统一社会信用代码').fill(mistyped);
    await form.getByRole('button', { name: '登记' }).click();
    await form.getByTestId('error-creditCode').waitFor();
    expect(await form.getByTestId('error-creditCode').textContent()).toBe(`统一社会信用代码校验不通过：按前 17 位，最后一位应为 ${code[17]}，请检查是否有字符输错`);
    expect(await enterpriseCount()).toBe(before);

    await form.getByLabel('统一社会信用代码').fill(code.toLowerCase());
    await form.getByRole('button', { name: '登记' }).click();
    await page.waitForURL(/#\/enterprises\/\d+$/);
    const id = new URL(page.url()).hash.split('/').pop()!;
    await page.getByRole('heading', { level: 1, name: '杭州测试登记精密机械有限公司' }).waitFor();
    const { data } = await session.graph.query(`query($id: ID!) { enterprise(id: $id) { name creditCode provenance } }`, { id });
    expect(data.enterprise).toEqual({ name: '杭州测试登记精密机械有限公司', creditCode: code, provenance: 'REGISTERED' });

    // Found at once by the studio form's host search.
    await page.goto(explorerUrl(session.graph.url, '#/studios/new'));
    const studio = page.getByTestId('new-studio');
    await studio.getByRole('radio', { name: '企业' }).check();
    await studio.getByRole('combobox', { name: '依托企业' }).fill('测试登记精密');
    await studio.getByRole('option').filter({ hasText: '杭州测试登记精密机械有限公司' }).waitFor();
  });

  it('refuses a nameless studio beside its name, registers it with its host and opens its page, then retires it', async () => {
    const { data } = await session.graph.query(`{ enterprise(id: 5) { id name } occupations { code name } industries { code name } towns }`);
    const [occupation] = data.occupations;
    const [industry] = data.industries;
    const [town] = data.towns;
    const before = await studioCount();

    const page = await session.openAs(BUREAU, '#/studios');
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

    // Closed again, on purpose only: the box must be ticked. Then it keeps its page, marked, and takes no more edits.
    const retire = page.getByTestId('retire-studio');
    await retire.getByLabel('撤销原因').fill('领办人退休，依托企业申请撤销');
    await retire.getByRole('button', { name: '撤销' }).click();
    await retire.getByTestId('error-confirm').waitFor();
    expect(await retire.getByTestId('error-confirm').textContent()).toBe('请勾选以确认');
    await retire.getByLabel('确认撤销这家工作室').check();
    await retire.getByRole('button', { name: '撤销' }).click();
    await page.getByTestId('retired').waitFor();
    await page.getByTestId('studio-facts').getByText('领办人退休，依托企业申请撤销').waitFor();
    expect(await page.getByTestId('studio-editor').count()).toBe(0);
    const { data: retired } = await session.graph.query(`query($id: ID!) { masterStudio(id: $id) { retiredAt retiredReason } }`, { id });
    expect(retired.masterStudio.retiredReason).toBe('领办人退休，依托企业申请撤销');
    expect(Date.now() - Date.parse(retired.masterStudio.retiredAt)).toBeLessThan(60_000);

    // The directory still lists it, marked, unless asked for the studios still working.
    await page.goto(explorerUrl(session.graph.url, '#/studios?q=测试登记技能大师'));
    const card = page.getByTestId('studio-results').getByRole('listitem').filter({ hasText: '测试登记技能大师工作室' });
    await card.getByTestId('retired').waitFor();
    await page.getByTestId('hide-retired').click();
    await page.waitForURL(/retired=hide/);
    await page.getByTestId('none-found').waitFor();
    expect(await card.count()).toBe(0);
  });
});
