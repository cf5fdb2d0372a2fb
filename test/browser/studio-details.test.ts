// The bureau edits a studio's leader and host by name, never by number: a leader found by typing
// part of the name and picked with the keyboard, a host kind that allows one host, on a desktop
// and on a phone.
import type { LocalTokenClaims } from '@partnership/gateway';
import { afterEach, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE } from './support/browser.ts';
import { useExplorerSession } from './support/session.ts';

const session = useExplorerSession();
const BUREAU: LocalTokenClaims = { subject: 'editor-wang', role: 'BUREAU_ADMIN' };

interface Named {
  id: string;
  name: string;
}

/** An enterprise-hosted studio of the article, with its leader and host, and a master who leads another studio. */
async function hostedStudio() {
  const { data } = await session.graph.query(`{
    masterStudios(first: 20) { edges { node { id name version leader { id name } hostEnterprise { id name } } } }
    schools { id name }
  }`);
  const studios = data.masterStudios.edges.map((e: { node: unknown }) => e.node) as { id: string; version: number; leader: Named | null; hostEnterprise: Named | null }[];
  const studio = studios.find((s) => s.hostEnterprise && s.leader)!;
  const other = studios.find((s) => s.leader && s.leader.id !== studio.leader!.id && !s.leader.name.includes(studio.leader!.name))!.leader!;
  return { studio, otherLeader: other, school: data.schools[0] as Named };
}

describe("a studio's leader and host, picked by name", () => {
  afterEach(() => session.browser.page.setViewportSize(DESKTOP));

  it('shows the current leader and host by name, finds another leader as one types, and moves the studio to a school', async () => {
    const { studio, otherLeader, school } = await hostedStudio();
    const page = await session.openAs(BUREAU, `#/studios/${studio.id}`);
    const form = page.getByTestId('edit-studio');
    const leader = form.getByRole('combobox', { name: '领办人' });
    await leader.waitFor();
    expect(await leader.inputValue()).toContain(studio.leader!.name);
    expect(await form.getByRole('radio', { name: '企业' }).isChecked()).toBe(true);
    expect(await form.getByRole('combobox', { name: '依托企业' }).inputValue()).toContain(studio.hostEnterprise!.name);

    // Typed, then picked with the keyboard: the first match is highlighted, Enter takes it.
    await leader.fill(otherLeader.name);
    await form.getByRole('option').filter({ hasText: otherLeader.name }).first().waitFor();
    expect(await leader.evaluate((box) => document.getElementById(box.getAttribute('aria-activedescendant')!)?.textContent)).toContain(otherLeader.name);
    await leader.press('Enter');
    expect(await leader.getAttribute('aria-expanded')).toBe('false');
    expect(await leader.inputValue()).toContain(otherLeader.name);

    // One host: choosing a school puts the enterprise aside, and the write sends both together.
    await form.getByRole('radio', { name: '学校' }).check();
    expect(await form.getByRole('combobox', { name: '依托企业' }).count()).toBe(0);
    await form.getByRole('button', { name: '保存' }).click();
    await form.getByTestId('error-hostSchoolId').waitFor();
    expect(await form.getByTestId('error-hostSchoolId').textContent()).toBe('必须填写');
    await form.getByLabel('依托学校').selectOption(school.id);
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByTestId('studio-facts').getByText(school.name).waitFor();

    const after = await session.graph.query(`query($id: ID!) { masterStudio(id: $id) { version leader { id } hostEnterprise { id } hostSchool { id } } }`, { id: studio.id });
    expect(after.data.masterStudio).toEqual({ version: studio.version + 1, leader: { id: otherLeader.id }, hostEnterprise: null, hostSchool: { id: school.id } });
    // The new form shows the record as it now is.
    expect(await page.getByTestId('edit-studio').getByRole('radio', { name: '学校' }).isChecked()).toBe(true);
  });

  it('lets a phone user search and pick an enterprise host, or take the leader away', async () => {
    const { studio } = await hostedStudio();
    const { data } = await session.graph.query(`{ enterprises(first: 3) { edges { node { id name } } } }`);
    const enterprise = (data.enterprises.edges as { node: Named }[]).map((e) => e.node).find((e) => e.id !== studio.hostEnterprise!.id)!;
    await session.browser.page.setViewportSize(PHONE);
    const page = await session.openAs(BUREAU, `#/studios/${studio.id}`);
    const form = page.getByTestId('edit-studio');
    const host = form.getByRole('combobox', { name: '依托企业' });
    await host.fill(enterprise.name.slice(0, 4));
    const option = form.getByRole('option').filter({ hasText: enterprise.name }).first();
    await option.waitFor();
    // The matches drop down within the phone's width; the page does not scroll sideways.
    const box = (await option.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await option.click();
    expect(await host.inputValue()).toContain(enterprise.name);

    const leader = form.getByRole('combobox', { name: '领办人' });
    await leader.fill(studio.leader!.name);
    await form.getByRole('option', { name: '（无领办人）' }).click();
    await form.getByRole('button', { name: '保存' }).click();
    // Saved, the page shows the new host (and the form the studio's new version).
    await page.getByTestId('studio-facts').getByText(enterprise.name).waitFor();
    const after = await session.graph.query(`query($id: ID!) { masterStudio(id: $id) { leader { id } hostEnterprise { id } } }`, { id: studio.id });
    expect(after.data.masterStudio).toEqual({ leader: null, hostEnterprise: { id: enterprise.id } });
  });
});
