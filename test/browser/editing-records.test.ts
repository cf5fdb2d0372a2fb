// The other edit screens, each used by the role that owns the record: an enterprise's HR changes
// its pay policy, a school's staff the seats of its order class, an editor a studio's campus. Each
// sees the change, and the bureau reads it in the audit trail; people of another enterprise or
// school see no edit control; two tabs editing the same version are told apart.
import type { LocalTokenClaims } from '@partnership/gateway';
import { describe, expect, it } from 'vitest';
import { DESKTOP, explorerUrl, launchBrowser, PHONE } from './support/browser.ts';
import { shownText } from './support/native-control.ts';
import { useExplorerSession } from './support/session.ts';
import { LANGUAGE_STORAGE_KEY } from '../../gateway/explorer/src/i18n/storage-key.ts';
import { SESSION_STORAGE_KEY } from '../../gateway/explorer/src/session/storage-key.ts';

const session = useExplorerSession();
const BUREAU: LocalTokenClaims = { subject: 'editor-wang', role: 'BUREAU_ADMIN' };

type Policy = { id: string; version: number; upliftMinPercent: number; upliftMaxPercent: number };

/** An enterprise of the article with a pay policy, and that policy as it is now. */
async function enterpriseWithPolicy(): Promise<{ id: string; policy: Policy }> {
  const { data } = await session.graph.query(`{ enterprises(first: 100) { edges { node { id payPolicies { id version upliftMinPercent upliftMaxPercent } } } } }`);
  const enterprise = data.enterprises.edges.map((e: { node: { id: string; payPolicies: Policy[] } }) => e.node).find((e: { payPolicies: Policy[] }) => e.payPolicies.length);
  return { id: enterprise.id, policy: enterprise.payPolicies[0] };
}

/** The article's order class 电装班, its school and its partner enterprise. */
async function orderClass() {
  const { data } = await session.graph.query(`{ enterpriseClass(id: 1) { id name version seats school { id } partnerEnterprise { id } } }`);
  return data.enterpriseClass as { id: string; name: string; version: number; seats: number | null; school: { id: string }; partnerEnterprise: { id: string } };
}

/** The bureau's audit trail for one record, newest first: the first entry's text and its changes. */
async function latestAuditEntry(recordType: string, recordId: string) {
  const page = await session.openAs(BUREAU, `#/audit?type=${recordType}&record=${recordId}`);
  const entry = page.getByTestId('audit-entry').first();
  await entry.waitFor();
  return { text: (await entry.textContent()) ?? '', changes: await entry.getByTestId('audit-change').allTextContents() };
}

describe('editing what a role owns', () => {
  it("lets an enterprise's HR change its pay policy, and the bureau reads the change in the audit trail", async () => {
    const { id, policy } = await enterpriseWithPolicy();
    const hr: LocalTokenClaims = { subject: 'hr-li', role: 'ENTERPRISE_HR', enterpriseId: Number(id) };
    const page = await session.openAs(hr, `#/enterprises/${id}`);
    const form = page.getByTestId(`edit-pay-policy-${policy.id}`);
    await form.getByLabel('最低涨幅（%）').fill('12.5');
    await form.getByLabel('最高涨幅（%）').fill('31.25');
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByTestId('profile-pay').getByText('12.5%–31.25%').waitFor();

    const { data } = await session.graph.query(`query($id: ID!) { enterprise(id: $id) { payPolicies { id version upliftMinPercent upliftMaxPercent } } }`, { id });
    expect(data.enterprise.payPolicies.find((p: Policy) => p.id === policy.id)).toEqual({ ...policy, version: policy.version + 1, upliftMinPercent: 12.5, upliftMaxPercent: 31.25 });

    const entry = await latestAuditEntry('PayPolicy', policy.id);
    expect(entry.text).toContain('hr-li');
    expect(entry.text).toContain('企业人事');
    expect(entry.text).toContain('修改薪酬政策');
    expect(entry.changes).toContain(`最低涨幅${policy.upliftMinPercent}% → 12.5%`);
    expect(entry.changes).toContain(`最高涨幅${policy.upliftMaxPercent}% → 31.25%`);
  });

  it('lays an audit entry out on a phone as one block, each value beside its column name', async () => {
    const { data } = await session.graph.query(`mutation { recordSubsidy(input: { kind: CERTIFICATION_GRANT, amountCny: 50000, year: 2025 }) { id } }`, {}, { as: BUREAU });
    const page = await session.openAs(BUREAU, `#/audit?type=Subsidy&record=${data.recordSubsidy.id}`);
    await page.setViewportSize(PHONE);
    try {
      const cells = page.getByTestId('audit-entry').first().locator('td');
      await cells.first().waitFor();
      // Each cell under its own label, none overlapping it, nothing in a sideways scroll.
      const layout = await cells.evaluateAll((tds) =>
        tds.map((td) => ({ label: getComputedStyle(td, '::before').content, width: getComputedStyle(td, '::before').width, indent: getComputedStyle(td).paddingLeft })),
      );
      expect(layout.map((cell) => cell.label)).toEqual(['"时间"', '"修改人"', '"记录"', '"修改内容"']);
      for (const cell of layout) expect(parseFloat(cell.indent)).toBeGreaterThan(parseFloat(cell.width));
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });

  it("words a pay policy's lowest rise above its highest in Chinese from the bound the API sends", async () => {
    const { id, policy } = await enterpriseWithPolicy();
    const hr: LocalTokenClaims = { subject: 'hr-li', role: 'ENTERPRISE_HR', enterpriseId: Number(id) };
    const page = await session.openAs(hr, `#/enterprises/${id}`);
    // A change: updatePayPolicy refuses it with the kit's ruleError (rule minMax, params { max: 20 }).
    const form = page.getByTestId(`edit-pay-policy-${policy.id}`);
    await form.getByLabel('最低涨幅（%）').fill('40');
    await form.getByLabel('最高涨幅（%）').fill('20');
    await form.getByRole('button', { name: '保存' }).click();
    await form.getByTestId('error-upliftMinPercent').waitFor();
    expect(await form.getByTestId('error-upliftMinPercent').textContent()).toBe('最低涨幅（%）不能大于 20');
    // A new policy: recordPayPolicy's input check says the same.
    const record = page.getByTestId('record-pay-policy');
    await record.getByLabel('最低涨幅（%）').fill('40');
    await record.getByLabel('最高涨幅（%）').fill('20');
    await record.getByLabel('生效年份').fill('2024');
    await record.getByRole('button', { name: '保存' }).click();
    await record.getByTestId('error-upliftMinPercent').waitFor();
    expect(await record.getByTestId('error-upliftMinPercent').textContent()).toBe('最低涨幅（%）不能大于 20');

    // In English, the API's own words, the field named by its label.
    await page.getByTestId('language-switch').click();
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.getByTestId('error-upliftMinPercent').textContent()).toBe(
      'Lowest rise (%) would leave upliftMinPercent 40 above upliftMaxPercent 20.',
    );
    await page.getByTestId('language-switch').click();

    const { data } = await session.graph.query(`query($id: ID!) { enterprise(id: $id) { payPolicies { id version upliftMinPercent upliftMaxPercent } } }`, { id });
    expect(data.enterprise.payPolicies.find((p: Policy) => p.id === policy.id)).toEqual(policy);
  });

  it("lets an enterprise's HR record a promotion pathway with its example person's honours, shown on the profile at once", async () => {
    const { id } = await enterpriseWithPolicy();
    const page = await session.openAs({ subject: 'hr-li', role: 'ENTERPRISE_HR', enterpriseId: Number(id) }, `#/enterprises/${id}`);
    const form = page.getByTestId('record-pathway');
    await form.getByRole('button', { name: '保存' }).click();
    await form.getByTestId('error-fromRole').waitFor();

    await form.getByLabel('起始岗位', { exact: true }).fill('一线技术工人');
    await form.getByLabel('晋升至', { exact: true }).fill('技术骨干');
    await form.getByLabel('典型人物（可选）').fill('王小明');
    await form.getByLabel('其所获荣誉（可选）').fill('萧山工匠、杭州市技术能手');
    await form.getByRole('button', { name: '保存' }).click();
    const shown = page.getByTestId('profile-promotion').getByRole('listitem').filter({ hasText: '一线技术工人 → 技术骨干' });
    await shown.waitFor();
    expect(await shown.textContent()).toContain('王小明：萧山工匠、杭州市技术能手');
    // Listed, it has a form of its own; the new one is empty for the next.
    await page.getByRole('form', { name: '晋升通道 · 一线技术工人 → 技术骨干' }).waitFor();
    expect(await form.getByLabel('起始岗位', { exact: true }).inputValue()).toBe('');

    const { data } = await session.graph.query(`query($id: ID!) { enterprise(id: $id) { promotionPathways { fromRole toRole examplePerson honours } } }`, { id });
    expect(data.enterprise.promotionPathways).toContainEqual({ fromRole: '一线技术工人', toRole: '技术骨干', examplePerson: '王小明', honours: ['萧山工匠', '杭州市技术能手'] });
  });

  it('lets the bureau record a subsidy in 万元 and a certification batch for an enterprise, shown on its profile at once', async () => {
    const { data: before } = await session.graph.query(`{ enterprise(id: 5) { certificationBodies { id } } }`);
    const [body] = before.enterprise.certificationBodies as { id: string }[];
    const page = await session.openAs(BUREAU, '#/enterprises/5');
    const subsidy = page.getByTestId('record-subsidy');
    await subsidy.getByLabel('资助类别').selectOption('CERTIFICATION_GRANT');
    await subsidy.getByLabel('金额（万元）').fill('-1');
    await subsidy.getByRole('button', { name: '保存' }).click();
    expect(await subsidy.getByTestId('error-amountWan').textContent()).toBe('金额（万元）须在 0 至 200000 之间');
    await subsidy.getByLabel('金额（万元）').fill('12.5');
    await subsidy.getByLabel('发放年份').fill('2024');
    await subsidy.getByRole('button', { name: '保存' }).click();
    await page.getByTestId('profile-subsidies').getByText('等级认定一次性资助：12.5万元（2024 年）').waitFor();

    const batch = page.getByTestId(`record-batch-${body.id}`);
    await batch.getByLabel('统计截止日期').fill('2024-06-30');
    await batch.getByLabel('认定人数').fill('40');
    await batch.getByLabel('其中本企业培养（可选）').fill('12');
    await batch.getByRole('button', { name: '保存' }).click();
    await page.getByTestId('profile-certification').getByText('截至2024年6月30日认定 40 人，其中本企业培养 12 人').waitFor();
    expect(await batch.getByLabel('认定人数').inputValue()).toBe('');

    const { data } = await session.graph.query(`{ enterprise(id: 5) { subsidies { kind amountCny year } certificationBodies { batches { periodEnd peopleCertified selfTrained } } } }`);
    expect(data.enterprise.subsidies).toContainEqual({ kind: 'CERTIFICATION_GRANT', amountCny: 125_000, year: 2024 });
    expect(data.enterprise.certificationBodies[0].batches).toContainEqual({ periodEnd: '2024-06-30', peopleCertified: 40, selfTrained: 12 });
  });

  it("lets a school's staff register a new order class with an enterprise, which joins the school's partners", async () => {
    const cls = await orderClass();
    const { data: before } = await session.graph.query(
      `query($school: ID!) { school(id: $school) { majors { id name } partnerEnterprises { id } } enterprises(first: 30) { edges { node { id name } } } }`,
      { school: cls.school.id },
    );
    const partners = new Set((before.school.partnerEnterprises as { id: string }[]).map((e) => e.id));
    const enterprise = (before.enterprises.edges as { node: { id: string; name: string } }[]).map((e) => e.node).find((e) => !partners.has(e.id))!;
    const [major] = before.school.majors as { id: string; name: string }[];
    const staff: LocalTokenClaims = { subject: 'staff-qian', role: 'COLLEGE_STAFF', schoolId: Number(cls.school.id) };
    const page = await session.openAs(staff, `#/enterprises/${enterprise.id}`);
    const form = page.getByTestId('register-class');
    await form.getByLabel('所属专业').locator('option').nth(1).waitFor({ state: 'attached' });
    await form.getByRole('button', { name: '登记' }).click();
    await form.getByTestId('error-name').waitFor();

    await form.getByLabel('班级名称').fill('测试精密制造订单班');
    await form.getByLabel('所属专业').selectOption(major.id);
    await form.getByLabel('届别').fill('2026');
    await form.getByLabel('招生人数').fill('32');
    await form.getByRole('button', { name: '登记' }).click();
    // Listed on the profile at once, with a seats form of its own; the new-class form empties for the next.
    await page.getByTestId('profile-classes').getByText('测试精密制造订单班').waitFor();
    await page.getByRole('form', { name: '测试精密制造订单班：招生人数' }).waitFor();
    expect(await form.getByLabel('班级名称').inputValue()).toBe('');

    const { data } = await session.graph.query(
      `query($id: ID!, $school: ID!) { enterprise(id: $id) { enterpriseClasses { name seats cohortYear major { id } school { id } } } school(id: $school) { partnerEnterprises { id } } }`,
      { id: enterprise.id, school: cls.school.id },
    );
    expect(data.enterprise.enterpriseClasses).toContainEqual({ name: '测试精密制造订单班', seats: 32, cohortYear: 2026, major: { id: major.id }, school: { id: cls.school.id } });
    expect(data.school.partnerEnterprises).toContainEqual({ id: enterprise.id });
  });

  it("lets a school's staff change the seats of its order class, and the bureau reads the change in the audit trail", async () => {
    const cls = await orderClass();
    const staff: LocalTokenClaims = { subject: 'staff-zhao', role: 'COLLEGE_STAFF', schoolId: Number(cls.school.id) };
    const page = await session.openAs(staff, `#/enterprises/${cls.partnerEnterprise.id}`);
    const form = page.getByTestId(`edit-class-${cls.id}`);
    const seats = (cls.seats ?? 40) + 5;
    await form.getByLabel('招生人数').fill(String(seats));
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByTestId('profile-classes').getByText(`${seats} 个名额`).waitFor();
    // The class's partner enterprise keeps no pay-policy form for the school's staff.
    expect(await page.getByTestId('record-pay-policy').count()).toBe(0);

    const { data } = await session.graph.query(`{ enterpriseClass(id: 1) { seats version } }`);
    expect(data.enterpriseClass).toEqual({ seats, version: cls.version + 1 });

    const entry = await latestAuditEntry('EnterpriseClass', cls.id);
    expect(entry.text).toContain('staff-zhao');
    expect(entry.text).toContain('学院教职工');
    expect(entry.text).toContain('修改订单班');
    expect(entry.text).toContain(`企业订单班 #${cls.id} ${cls.name}`);
    expect(entry.changes).toContain(`招生人数${cls.seats ?? '（空）'} → ${seats}`);
  });

  it("shows HR of another enterprise no edit control, and staff of another school none of that school's classes", async () => {
    const { id } = await enterpriseWithPolicy();
    const otherHr: LocalTokenClaims = { subject: 'hr-other', role: 'ENTERPRISE_HR', enterpriseId: Number(id) + 1 };
    let page = await session.openAs(otherHr, `#/enterprises/${id}`);
    await page.getByTestId('profile-pay').getByRole('listitem').first().waitFor();
    expect(await page.locator('form.edit-form').count()).toBe(0);

    const cls = await orderClass();
    const { data } = await session.graph.query(`{ schools { id } }`);
    const otherSchool = data.schools.map((s: { id: string }) => s.id).find((s: string) => s !== cls.school.id);
    page = await session.openAs({ subject: 'staff-other', role: 'COLLEGE_STAFF', schoolId: Number(otherSchool) }, `#/enterprises/${cls.partnerEnterprise.id}`);
    // The editors' panel has read the classes, and offers none of them to another school: only a new class of its own.
    await page.getByTestId('enterprise-editors').waitFor({ state: 'attached' });
    await page.getByTestId('profile-classes').getByText(cls.name).waitFor();
    expect(await page.locator('form.edit-form').evaluateAll((forms) => forms.map((f) => f.getAttribute('data-testid')))).toEqual(['register-class']);
  });

  it('explains in Chinese the second of two edits from the same loaded version, and reloads it', async () => {
    const { id, policy } = await enterpriseWithPolicy();
    const hr: LocalTokenClaims = { subject: 'hr-li', role: 'ENTERPRISE_HR', enterpriseId: Number(id) };
    const first = await session.openAs(hr, `#/enterprises/${id}`);
    const second = await session.openAs(hr, `#/enterprises/${id}`, await first.context().newPage());
    try {
      const firstForm = first.getByTestId(`edit-pay-policy-${policy.id}`);
      const secondForm = second.getByTestId(`edit-pay-policy-${policy.id}`);
      await secondForm.waitFor();

      await firstForm.getByLabel('最低涨幅（%）').fill('7');
      await firstForm.getByRole('button', { name: '保存' }).click();
      // A saved form gives way to one at the new version: the profile shows the change.
      await first.getByTestId('profile-pay').getByText(`7%–${policy.upliftMaxPercent}%`).waitFor();

      await secondForm.getByLabel('最高涨幅（%）').fill('44');
      await secondForm.getByRole('button', { name: '保存' }).click();
      const conflict = secondForm.getByTestId('version-conflict');
      await conflict.waitFor();
      expect(await conflict.textContent()).toContain('保存前已有他人修改了这条记录，本次没有写入任何内容。');
      const { data } = await session.graph.query(`query($id: ID!) { enterprise(id: $id) { payPolicies { id upliftMaxPercent } } }`, { id });
      expect(data.enterprise.payPolicies.find((p: Policy) => p.id === policy.id).upliftMaxPercent).toBe(policy.upliftMaxPercent);

      // The reload shows the first tab's change in the form, and the edit then goes through.
      await conflict.getByRole('button', { name: '重新加载' }).click();
      const reloaded = second.getByTestId(`edit-pay-policy-${policy.id}`);
      await expect.poll(() => reloaded.getByLabel('最低涨幅（%）').inputValue()).toBe('7');
      await reloaded.getByLabel('最高涨幅（%）').fill('44');
      await reloaded.getByRole('button', { name: '保存' }).click();
      await second.getByTestId('profile-pay').getByText('7%–44%').waitFor();
    } finally {
      await second.close();
    }
  });

  it("lets an editor put a studio on a school's campus, picked from the registry's schools", async () => {
    const { data } = await session.graph.query(`{ masterStudios(filter: { levels: [DISTRICT] }, first: 1) { edges { node { id name version campusSchool { id } } } } schools { id name } }`);
    const studio = data.masterStudios.edges[0].node;
    const school = data.schools.find((s: { id: string }) => s.id !== studio.campusSchool?.id);
    const page = await session.openAs(BUREAU, `#/studios/${studio.id}`);
    const form = page.getByTestId('edit-studio');
    await form.getByLabel('进驻校园').selectOption(school.id);
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByTestId('studio-facts').getByText(school.name).waitFor();

    const after = await session.graph.query(`query($id: ID!) { masterStudio(id: $id) { version campusSchool { id } } }`, { id: studio.id });
    expect(after.data.masterStudio).toEqual({ version: studio.version + 1, campusSchool: { id: school.id } });
    // The write checks the school where it lives, as it checks a host.
    const refused = await session.graph.query(
      `mutation($input: UpdateMasterStudioInput!) { updateMasterStudio(input: $input) { id } }`,
      { input: { id: studio.id, version: studio.version + 1, campusSchoolId: '424242' } },
      { as: BUREAU },
    );
    expect(refused.errors?.[0]).toMatchObject({
      message: 'input.campusSchoolId refers to School 424242, which does not exist.',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.campusSchoolId' },
    });

    const entry = await latestAuditEntry('MasterStudio', studio.id);
    expect(entry.text).toContain('修改工作室信息');
    expect(entry.changes).toContain(`进驻校园${studio.campusSchool?.id ?? '（空）'} → ${school.id}`);
  });
});

describe("the audit trail's date filter", () => {
  it('reads as a Chinese date in a zh-CN browser, and as an American one in an en-US browser with the English interface', async () => {
    const hash = '#/audit?from=2026-12-01&to=2026-12-31';
    const page = await session.openAs(BUREAU, hash);
    await page.getByTestId('audit-filters').waitFor();
    expect(await page.evaluate(() => navigator.language)).toBe('zh-CN');
    expect(await shownText(page, '[data-testid="audit-filters"] input[name="from"]')).toBe('2026/12/01');
    expect(await shownText(page, '[data-testid="audit-filters"] input[name="to"]')).toBe('2026/12/31');

    const english = await launchBrowser('en-US');
    try {
      const tab = english.page;
      await tab.goto(explorerUrl(session.graph.url));
      const token = await session.graph.token(BUREAU);
      await tab.evaluate(([languageKey, tokenKey, value]) => {
        localStorage.setItem(languageKey, 'en');
        sessionStorage.setItem(tokenKey, value);
      }, [LANGUAGE_STORAGE_KEY, SESSION_STORAGE_KEY, token] as const);
      await tab.goto('about:blank');
      await tab.goto(explorerUrl(session.graph.url, hash));
      await tab.getByTestId('audit-filters').waitFor();
      expect(await tab.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await shownText(tab, '[data-testid="audit-filters"] input[name="from"]')).toBe('12/01/2026');
      expect(english.problems).toEqual([]);
    } finally {
      await english.close();
    }
  });
});
