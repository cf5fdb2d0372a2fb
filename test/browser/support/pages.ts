// Every page of the explorer, with what shows it has loaded: what `npm run screenshot` pictures
// and accessibility.test.ts checks.
import type { Page } from 'playwright-core';

export interface Shot {
  name: string;
  /** What the picture shows, for docs/screens.md. */
  caption: string;
  hash: string;
  ready: (page: Page) => Promise<unknown>;
}

/** Every page, with what shows it has loaded. */
export const PAGES: Shot[] = [
  { name: 'overview', caption: 'Overview: studios by level, certification, training targets', hash: '#/', ready: (p) => p.locator('.recharts-bar-rectangle').first().waitFor() },
  { name: 'studios', caption: 'Studio directory', hash: '#/studios', ready: (p) => p.getByTestId('studio-cards').waitFor() },
  { name: 'studios-provincial', caption: 'Studio directory, provincial studios', hash: '#/studios?level=PROVINCIAL', ready: (p) => p.getByTestId('studio-cards').waitFor() },
  { name: 'studio', caption: 'A studio: host, campus, leader, level history', hash: '#/studios/1', ready: (p) => p.getByTestId('level-history').waitFor() },
  { name: 'planner-industries', caption: 'Planner: choose an industry', hash: '#/planner', ready: (p) => p.getByTestId('planner-industry').locator('option').nth(1).waitFor({ state: 'attached' }) },
  { name: 'planner', caption: 'Planner: smart vehicles, generated records hidden', hash: '#/planner/SMART_VEHICLES', ready: (p) => p.getByTestId('plan-classes').waitFor() },
  { name: 'planner-with-generated', caption: 'Planner with generated records shown', hash: '#/planner/SMART_VEHICLES?generated=show', ready: (p) => p.getByTestId('partner-cards').waitFor() },
  { name: 'enterprises', caption: 'Enterprise list', hash: '#/enterprises', ready: (p) => p.getByTestId('enterprise-rows').waitFor() },
  { name: 'enterprise', caption: 'An enterprise profile: pay policies, certification, classes, studios', hash: '#/enterprises/5', ready: (p) => p.getByTestId('profile-certification').waitFor() },
  { name: 'schools', caption: 'Partner schools', hash: '#/schools', ready: (p) => p.getByTestId('school-cards').getByRole('link').first().waitFor() },
  { name: 'school', caption: "A school's partnerships: industry colleges, majors, order classes, graduates who teach", hash: '#/schools/1', ready: (p) => p.getByTestId('profile-graduate-teachers').getByRole('listitem').first().waitFor() },
  { name: 'search', caption: 'One search across the registries: 杭齿', hash: `#/search?q=${encodeURIComponent('杭齿')}`, ready: (p) => p.locator('[data-testid^="search-group-"]').first().waitFor() },
  { name: 'not-found', caption: 'An address that names no page', hash: '#/no-such-page', ready: (p) => p.locator('.notice a[href="#/"]').waitFor() },
  // Development's sign-in: a role, and one click.
  { name: 'sign-in', caption: 'Sign-in in development: a role, one click', hash: '#/', ready: async (p) => {
    await p.locator('.recharts-bar-rectangle').first().waitFor();
    await p.getByTestId('sign-in').click();
    await p.getByTestId('dev-role').waitFor();
  } },
];

/** Pages only a signed-in BUREAU_ADMIN sees. */
export const EDITOR_PAGES: Shot[] = [
  { name: 'studio-editing', caption: 'Editing a studio (bureau): promotion, details', hash: '#/studios/2', ready: (p) => p.getByTestId('studio-editor').waitFor() },
  { name: 'studios-bureau', caption: 'Studio directory as the bureau: 登记新工作室', hash: '#/studios', ready: (p) => Promise.all([p.getByTestId('register-studio').waitFor(), p.getByTestId('studio-cards').waitFor()]) },
  { name: 'new-studio', caption: 'Registering a newly recognised studio (bureau)', hash: '#/studios/new', ready: (p) => p.getByTestId('new-studio').locator('select[name="occupationCode"] option').nth(1).waitFor({ state: 'attached' }) },
  { name: 'new-enterprise', caption: 'Registering an enterprise (bureau)', hash: '#/enterprises/new', ready: (p) => p.getByTestId('new-enterprise').locator('select[name="industryCode"] option').nth(1).waitFor({ state: 'attached' }) },
  { name: 'enterprise-bureau', caption: 'An enterprise for the bureau: a subsidy in 万元, a certification batch', hash: '#/enterprises/5', ready: (p) => p.getByTestId('bureau-enterprise-editors').locator('form').nth(1).waitFor() },
  { name: 'audit', caption: 'Audit trail across the registries', hash: '#/audit', ready: (p) => p.getByTestId('audit-change').first().waitFor() },
];

/** The pages an enterprise's HR sees of its own enterprise: its pay-policy forms. */
export const HR_PAGES: Shot[] = [
  { name: 'enterprise-editing', caption: 'Editing pay policies (enterprise HR)', hash: '#/enterprises/7', ready: (p) => p.getByTestId('enterprise-editors').waitFor() },
];

/** The pages a school's staff (of 萧山技师学院) sees: a partner enterprise's (Denso's) classes' seats and a new class; its school's new majors and industry colleges. */
export const STAFF_PAGES: Shot[] = [
  { name: 'school-staff', caption: "A school's page for its staff: a new major, a new industry college", hash: '#/schools/1', ready: (p) => p.getByTestId('register-major').waitFor() },
  { name: 'enterprise-staff', caption: 'Order classes with an enterprise (college staff): seats, a new class', hash: '#/enterprises/3', ready: (p) => p.getByTestId('register-class').locator('select[name="majorId"] option').nth(1).waitFor({ state: 'attached' }) },
];
