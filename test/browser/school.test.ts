// A school's partnerships on one page, as the college's planners and the bureau read them: the
// article's figures for the technician college, its partners linked to their profiles, money in 万元
// in both languages; reached from the menu and from a partner enterprise's profile. The school's own
// staff register its new majors, industry colleges and research outcomes there.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { downloadFrom } from './support/download.ts';
import { useExplorerSession } from './support/session.ts';

const session = useExplorerSession();

describe("a school's page", () => {
  it("lists the technician college's industry colleges, new majors, order classes and graduates who stayed to teach", async () => {
    const page = await session.open('#/');
    await page.getByTestId('section-schools').click();
    await page.getByTestId('school-cards').getByRole('link', { name: /萧山技师学院/ }).click();
    await page.getByRole('heading', { level: 1, name: '萧山技师学院' }).waitFor();

    const heading = (id: string) => page.getByTestId(`profile-${id}`).getByRole('heading', { level: 2 }).textContent();
    expect(await heading('industry-colleges')).toBe('产业学院（6）');
    expect(await heading('classes')).toBe('订单班（15）');
    expect(await heading('graduate-teachers')).toBe('毕业生留校任教（20）');
    expect(await page.getByTestId('profile-majors').locator('.badge-new').count()).toBe(6);
    expect(await page.getByTestId('profile-graduate-teachers').getByText('戴华恺').locator('..').textContent()).toContain('放弃 40万元年薪的企业邀约');
    expect(await page.getByTestId('research-summary').textContent()).toBe('2021—2023 年，329 名技师段学生参与研修，完成技术改造 81 项、研发设备 23 项、专利 74 项。');
    expect(await page.getByTestId('profile-research').textContent()).toContain('共登记研修课题 178 项，以下为最近登记的 10 项。');
    const { data: api } = await session.graph.query(`{ students { totalCount } }`);
    const students = api.students.totalCount;
    expect(await page.getByTestId('mentorship-summary').textContent()).toMatch(
      new RegExp(`^在册学生 ${students} 名，其中 ${students} 名已配齐校内导师和企业导师。校内导师 24 名；企业导师 \\d+ 名，来自 \\d+ 家企业。$`),
    );

    // Every project leaves as a spreadsheet, not only the ten on the page: the article's counts by outcome.
    const { name, bytes } = await downloadFrom(page, 'export-csv', 'research-export');
    expect(name).toBe('萧山技师学院学生研修课题.csv');
    const [headers, ...rows] = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data;
    expect(headers).toEqual(['编号', '课题名称', '成果类别', '完成年份', '技术难题来源企业', '参与学生（人）', '来源']);
    const outcomes = (outcome: string) => rows.filter((r) => r[2] === outcome).length;
    expect([outcomes('技术改造'), outcomes('研发设备'), outcomes('专利')]).toEqual([81, 23, 74]);

    // So do its order classes and majors, with the planner's columns.
    const csv = async (list: string) => {
      const file = await downloadFrom(page, 'export-csv', `${list}-export`);
      return { name: file.name, table: Papa.parse<string[]>(file.bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data };
    };
    const classes = await csv('classes');
    expect(classes.name).toBe('萧山技师学院企业订单班.csv');
    expect(classes.table[0]).toEqual(['班级', '合作企业', '专业', '学校', '届别', '名额', '来源']);
    expect(classes.table).toHaveLength(1 + 15);
    expect(classes.table).toContainEqual(['电装班', '电装', '', '萧山技师学院', '', '', '报道原文']);
    const majors = await csv('majors');
    expect(majors.table.slice(1).filter((r) => r[2] === '是')).toHaveLength(6);

    // The article's records alone, on request, kept in the address.
    await page.getByTestId('hide-generated').click();
    await page.waitForURL(/generated=hide/);
    await expect.poll(() => heading('classes')).toBe('订单班（1）');
    expect(await heading('graduate-teachers')).toBe('毕业生留校任教（1）');
    // The research figures are the article's; the placeholder projects behind them are left out, and so is their export.
    expect(await page.getByTestId('research-summary').textContent()).toContain('329 名技师段学生');
    await expect.poll(() => page.getByTestId('profile-research').getByText(/生成研修课题/).count()).toBe(0);
    expect(await page.getByTestId('profile-research').textContent()).toContain('此处没有报道原文或登记录入的记录');
    expect(await page.getByTestId('research-export').getByTestId('export-csv').isDisabled()).toBe(true);
    await page.getByTestId('hide-generated').click();
    await expect.poll(() => heading('classes')).toBe('订单班（15）');

    // The Denso class's partner opens its profile, which links back.
    await page.getByTestId('profile-classes').getByText('电装班').locator('..').getByRole('link', { name: /电装/ }).click();
    await page.getByRole('heading', { level: 1, name: '电装' }).waitFor();
    await page.getByTestId('profile-schools').getByRole('link', { name: '萧山技师学院' }).click();
    await page.getByTestId('profile-graduate-teachers').waitFor();

    await page.getByTestId('language-switch').click();
    expect(await page.getByTestId('profile-graduate-teachers').getByText('戴华恺').locator('..').textContent()).toContain('turned down an enterprise offer of 40 × 10k yuan a year');
    expect(await page.getByTestId('research-summary').textContent()).toBe(
      'In 2021–2023, 329 technician-level students took part in research, completing 81 technical renovations, 23 pieces of developed equipment and 74 patents.',
    );
    await page.getByTestId('language-switch').click();

    // A school with no research on record says so rather than counting zeros.
    await page.goto(page.url().replace(/#.*/, '#/schools/2'));
    await expect.poll(() => page.getByTestId('research-summary').textContent()).toBe('2021—2023 年没有登记的研修成果。');
    expect(await page.getByTestId('profile-mentors').textContent()).toContain('暂无记录');
  });

  it("lets the school's own staff register a major and an industry college with its partner, listed at once", async () => {
    const count = async (page: import('playwright-core').Page, id: string) => Number(/（(\d+)）/.exec((await page.getByTestId(`profile-${id}`).getByRole('heading', { level: 2 }).textContent())!)![1]);
    const visitor = await session.openAs(null, '#/schools/1');
    await visitor.getByTestId('profile-majors').waitFor();
    expect(await visitor.getByTestId('school-editors').count()).toBe(0);
    const otherStaff = await session.openAs({ subject: 'staff-other', role: 'COLLEGE_STAFF', schoolId: 2 }, '#/schools/1');
    await otherStaff.getByTestId('profile-majors').waitFor();
    expect(await otherStaff.getByTestId('school-editors').count()).toBe(0);

    const page = await session.openAs({ subject: 'staff-zhou', name: '周老师', role: 'COLLEGE_STAFF', schoolId: 1 }, '#/schools/1');
    const major = page.getByTestId('register-major');
    await major.waitFor();
    const majors = await count(page, 'majors');
    await major.getByLabel('专业名称').fill('工业机器人应用与维护');
    await major.getByLabel('新兴专业').check();
    await major.getByLabel('产业', { exact: true }).selectOption('SMART_VEHICLES');
    await major.getByRole('button', { name: '登记' }).click();
    const listed = page.getByTestId('profile-majors').getByRole('listitem').filter({ hasText: '工业机器人应用与维护' });
    await listed.waitFor();
    expect(await listed.locator('.badge-new').count()).toBe(1);
    expect(await count(page, 'majors')).toBe(majors + 1);
    // Emptied for the next one.
    expect(await major.getByLabel('专业名称').inputValue()).toBe('');

    const college = page.getByTestId('register-industry-college');
    await college.getByLabel('产业学院名称').fill('测试智能装备产业学院');
    await college.getByRole('combobox', { name: '共建企业' }).fill('正强');
    await college.getByRole('option').filter({ hasText: '杭州正强传动股份有限公司' }).first().click();
    await college.getByLabel('成立年份').fill('2024');
    await college.getByRole('button', { name: '登记' }).click();
    const built = page.getByTestId('profile-industry-colleges').getByRole('listitem').filter({ hasText: '测试智能装备产业学院' });
    await built.getByRole('link', { name: /杭州正强传动股份有限公司/ }).waitFor();
    expect(await built.textContent()).toContain('2024 年成立');
    expect(await college.getByRole('combobox', { name: '共建企业' }).inputValue()).toBe('（未注明）');
  });

  it("lets the school's staff record a research outcome with the enterprise whose problem it took up, newest first", async () => {
    const page = await session.openAs({ subject: 'staff-zhou', name: '周老师', role: 'COLLEGE_STAFF', schoolId: 1 }, '#/schools/1');
    const form = page.getByTestId('register-research');
    await form.waitFor();
    const summary = page.getByTestId('profile-research');
    const total = async () => Number(/共登记研修课题 (\d+) 项/.exec((await summary.textContent())!)![1]);
    const before = await total();

    // A blank title is the API's to refuse, beside its box; nothing is written.
    await form.getByRole('button', { name: '登记' }).click();
    await form.getByTestId('error-title').waitFor();
    expect(await form.getByTestId('error-title').textContent()).toBe('课题名称不能为空');
    expect(await total()).toBe(before);

    await form.getByLabel('课题名称').fill('测试课题：减速机装配工装改进');
    await form.getByLabel('成果类别').selectOption('PATENT');
    await form.getByLabel('完成年份').fill('2024');
    await form.getByRole('combobox', { name: '技术难题来源企业' }).fill('正强');
    await form.getByRole('option').filter({ hasText: '杭州正强传动股份有限公司' }).first().click();
    // Two students of one class and one of another: what is ticked stays ticked across classes.
    const { data } = await session.graph.query(`{ school(id: "1") { enterpriseClasses { name students { id name } } } }`);
    const [one, two] = data.school.enterpriseClasses.filter((c: any) => c.students.length >= 2);
    const picker = form.getByTestId('pick-participants');
    await picker.getByLabel('按订单班勾选').selectOption({ label: one.name });
    await picker.getByLabel(one.students[0].name, { exact: true }).check();
    await picker.getByLabel(one.students[1].name, { exact: true }).check();
    await picker.getByLabel('按订单班勾选').selectOption({ label: two.name });
    await picker.getByLabel(two.students[0].name, { exact: true }).check();
    expect(await picker.getByTestId('chosen-participants').textContent()).toBe(`已选 3 名：${one.students[0].name}，${one.students[1].name}，${two.students[0].name}`);
    await form.getByRole('button', { name: '登记' }).click();

    const first = summary.getByRole('listitem').first();
    await expect.poll(() => first.textContent()).toContain('测试课题：减速机装配工装改进');
    expect(await first.textContent()).toContain('专利，2024 年完成，3 名学生参与');
    const { data: written } = await session.graph.query(`{ researchProjects(schoolId: 1, last: 1) { edges { node { title participants { id } } } } }`);
    expect(written.researchProjects.edges[0].node).toEqual({
      title: '测试课题：减速机装配工装改进',
      participants: [one.students[0], one.students[1], two.students[0]].map((s) => ({ id: s.id })).sort((a, b) => Number(a.id) - Number(b.id)),
    });
    expect(await picker.getByTestId('chosen-participants').textContent()).toBe('尚未选择参与学生（可不填）。');
    await first.getByRole('link', { name: /杭州正强传动股份有限公司/ }).waitFor();
    expect(await total()).toBe(before + 1);
    expect(await form.getByLabel('课题名称').inputValue()).toBe('');
  });

  it("lets the school's staff change a major and an industry college, starting from what is recorded", async () => {
    const { data } = await session.graph.query(`{ school(id: "1") { majors { id name occupationalStandard isNew industry { code } } industryColleges { id name foundedYear } } }`);
    const major = data.school.majors.find((m: any) => m.isNew && m.occupationalStandard);
    const college = data.school.industryColleges[0];
    const page = await session.openAs({ subject: 'staff-zhou', name: '周老师', role: 'COLLEGE_STAFF', schoolId: 1 }, '#/schools/1');

    const form = page.getByTestId('change-major');
    await form.getByTestId('pick-major').selectOption(major.id);
    expect(await form.getByLabel('专业名称').inputValue()).toBe(major.name);
    expect(await form.getByLabel('对接的职业标准').inputValue()).toBe(major.occupationalStandard);
    expect(await form.getByLabel('新兴专业').isChecked()).toBe(true);
    await expect.poll(() => form.getByLabel('产业', { exact: true }).inputValue()).toBe(major.industry.code);
    // A blank name is refused beside its box; emptied, the standard is cleared.
    await form.getByLabel('专业名称').fill(' ');
    await form.getByRole('button', { name: '保存' }).click();
    await form.getByTestId('error-name').waitFor();
    await form.getByLabel('专业名称').fill('测试改名专业');
    await form.getByLabel('对接的职业标准').fill('');
    await form.getByLabel('新兴专业').uncheck();
    await form.getByRole('button', { name: '保存' }).click();
    const listed = page.getByTestId('profile-majors').getByRole('listitem').filter({ hasText: '测试改名专业' });
    await listed.waitFor();
    expect(await listed.locator('.badge-new').count()).toBe(0);
    const { data: after } = await session.graph.query(`{ school(id: "1") { majors { id name isNew occupationalStandard industry { code } } } }`);
    expect(after.school.majors.find((m: any) => m.id === major.id)).toEqual({
      id: major.id, name: '测试改名专业', isNew: false, occupationalStandard: null, industry: { code: major.industry.code },
    });
    // The form stays on the same major, now at its new version.
    expect(await form.getByLabel('专业名称').inputValue()).toBe('测试改名专业');

    const change = page.getByTestId('change-industry-college');
    await change.getByTestId('pick-college').selectOption(college.id);
    expect(await change.getByLabel('成立年份').inputValue()).toBe(String(college.foundedYear));
    await change.getByLabel('成立年份').fill('2019');
    await change.getByRole('combobox', { name: '共建企业' }).fill('正强');
    await change.getByRole('option').filter({ hasText: '杭州正强传动股份有限公司' }).first().click();
    await change.getByRole('button', { name: '保存' }).click();
    const built = page.getByTestId('profile-industry-colleges').getByRole('listitem').filter({ hasText: college.name });
    await built.getByRole('link', { name: /杭州正强传动股份有限公司/ }).waitFor();
    expect(await built.textContent()).toContain('2019 年成立');
  });
});
