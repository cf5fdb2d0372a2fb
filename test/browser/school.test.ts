// A school's partnerships on one page, as the college's planners and the bureau read them: the
// article's figures for the technician college, its partners linked to their profiles, money in 万元
// in both languages; reached from the menu and from a partner enterprise's profile.
import { describe, expect, it } from 'vitest';
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

    // The Denso class's partner opens its profile, which links back.
    await page.getByTestId('profile-classes').getByText('电装班').locator('..').getByRole('link', { name: /电装/ }).click();
    await page.getByRole('heading', { level: 1, name: '电装' }).waitFor();
    await page.getByTestId('profile-schools').getByRole('link', { name: '萧山技师学院' }).click();
    await page.getByTestId('profile-graduate-teachers').waitFor();

    await page.getByTestId('language-switch').click();
    expect(await page.getByTestId('profile-graduate-teachers').getByText('戴华恺').locator('..').textContent()).toContain('turned down an enterprise offer of 40 × 10k yuan a year');
    await page.getByTestId('language-switch').click();
  });
});
