// Signing in to the explorer as the deployment offers it: in development one click as a role (or
// a pasted token), in production through the identity provider's login page; and signed out,
// with a reason, when the token expires.
import { afterAll, describe, expect, it } from 'vitest';
import { startIdentityProvider, type IdentityProvider } from './support/identity-provider.ts';
import { explorerUrl } from './support/browser.ts';
import { useExplorerSession } from './support/session.ts';
import { signInWithOneClick } from './support/sign-in.ts';
import { SESSION_STORAGE_KEY } from '../../gateway/explorer/src/session/storage-key.ts';

describe('in development', () => {
  const session = useExplorerSession();

  it("signs an enterprise's HR in with one click, with edit controls for that enterprise only", async () => {
    const { data } = await session.graph.query(`{ enterprises(first: 2) { edges { node { id name } } } }`);
    const [own, other] = data.enterprises.edges.map((e: { node: { id: string; name: string } }) => e.node);
    const page = await session.open(`#/enterprises/${own.id}`);
    await page.getByRole('heading', { level: 1, name: own.name }).waitFor();
    expect(await page.getByTestId('enterprise-editors').count()).toBe(0);

    await signInWithOneClick(page, '企业人事', { enterprise: own.name });
    await page.getByTestId('session').getByText(`dev:enterprise_hr:enterprise-${own.id}（企业人事）`).waitFor();
    await page.getByTestId('record-pay-policy').waitFor();

    await session.open(`#/enterprises/${other.id}`);
    await page.getByRole('heading', { level: 1, name: other.name }).waitFor();
    expect(await page.getByTestId('enterprise-editors').count()).toBe(0);
    // The tab keeps the sign-in; signing out forgets it.
    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in').waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });

  it('names the person who signs in with one click, in the header and in the change log', async () => {
    const page = await session.open('#/audit');
    await signInWithOneClick(page, '人社局管理员', { name: '张敏' });
    await page.getByTestId('session').getByText('张敏（人社局管理员）').waitFor();
    // A change made with the session's token is theirs in the audit trail, the account beside the name.
    const token = (await page.evaluate((key) => sessionStorage.getItem(key), SESSION_STORAGE_KEY))!;
    const changed = await session.graph.query(`mutation { recordSubsidy(input: { kind: CERTIFICATION_GRANT, enterpriseId: 5, amountCny: 10000, year: 2026 }) { id } }`, {}, { as: token });
    expect(changed.errors).toBeUndefined();
    await session.open(`#/audit?type=Subsidy&record=${changed.data.recordSubsidy.id}`);
    const who = page.getByTestId('audit-entry').first().locator('td').nth(1);
    await who.waitFor();
    expect((await who.innerText()).split('\n')).toEqual(['张敏', '人社局管理员 · dev:bureau_admin']);
    await page.getByTestId('sign-out').click();
  });

  it('still takes a pasted token, and says why it refuses an expired one', async () => {
    const page = await session.open('#/audit');
    await page.getByTestId('sign-in').click();
    await page.getByTestId('paste-token').getByText('粘贴访问令牌').click();
    await page.getByTestId('token').fill(await session.graph.token({ subject: 'editor-wang', role: 'BUREAU_ADMIN' }, -60));
    await page.getByTestId('sign-in-submit').click();
    await page.getByRole('alert').getByText('令牌已过期，请重新获取。').waitFor();

    await page.getByTestId('token').fill(await session.graph.token({ subject: 'editor-wang', role: 'BUREAU_ADMIN' }));
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('session').getByText('editor-wang（人社局管理员）').waitFor();
    await page.getByTestId('audit-rows').waitFor();
    await page.getByTestId('sign-out').click();
  });

  it('closes its panel on Escape, on a press outside it, and on going to another page', async () => {
    const page = await session.open('#/studios');
    const button = page.getByTestId('sign-in');
    const panel = page.getByTestId('dev-sign-in');
    await button.click();
    await panel.waitFor();
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);

    await button.click();
    await page.getByTestId('dev-role').selectOption('ENTERPRISE_HR');
    await panel.waitFor();
    await page.getByRole('heading', { level: 1 }).click();
    await panel.waitFor({ state: 'detached' });

    await button.click();
    await panel.waitFor();
    await page.evaluate(() => (window.location.hash = '#/enterprises'));
    await panel.waitFor({ state: 'detached' });
  });

  it('signs out, saying so, when the token expires', async () => {
    const studio = (await session.graph.query(`{ masterStudios(first: 1) { edges { node { id name } } } }`)).data.masterStudios.edges[0].node;
    const { page } = session.browser;
    // The page's clock, moved on by hand: the development token lasts an hour.
    await page.clock.install();
    await session.open(`#/studios/${studio.id}`);
    await signInWithOneClick(page);
    await page.getByTestId('studio-editor').waitFor();

    await page.clock.fastForward('01:00:01');
    await page.getByTestId('signed-out-notice').getByText('登录已过期，请重新登录。').waitFor();
    expect(await page.getByTestId('studio-editor').count()).toBe(0);
    expect(await page.getByTestId('session').count()).toBe(0);
  });

  it('has no development tokens to hand out when the gateway runs in production', async () => {
    const production = await session.graph.addGateway({ production: true });
    const response = await fetch(new URL('/auth/dev-token', production.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'BUREAU_ADMIN' }),
    });
    expect(response.status).toBe(404);
    expect(await (await fetch(new URL('/auth/config', production.url))).json()).toEqual({ mode: 'local', devTokens: false });
  });
});

describe('in production, through the identity provider', () => {
  let provider: IdentityProvider;
  const session = useExplorerSession({
    graph: async () => {
      provider = await startIdentityProvider({ 'zhang.admin': { role: 'BUREAU_ADMIN' } });
      return {
        identityProvider: { jwksUrl: provider.jwksUrl, issuer: provider.issuer, audience: provider.resource },
        gateway: {
          production: true,
          oidc: { issuer: provider.issuer, clientId: provider.clientId, scope: provider.scope, resource: provider.resource },
        },
      };
    },
  });

  it("signs in at the provider's login page and edits as the role its token carries", async () => {
    provider.admit(explorerUrl(session.graph.url, ''));
    const devToken = await fetch(new URL('/auth/dev-token', session.graph.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"role":"BUREAU_ADMIN"}' });
    expect(devToken.status).toBe(404);

    const { data } = await session.graph.query(`{ masterStudios(filter: { levels: [CITY] }, first: 1) { edges { node { id name version } } } }`);
    const studio = data.masterStudios.edges[0].node;
    const page = await session.open(`#/studios/${studio.id}`);
    await page.getByRole('heading', { level: 1, name: studio.name }).waitFor();
    await page.getByTestId('sign-in').click();
    expect(await page.getByTestId('dev-sign-in').count()).toBe(0);
    // The provider's development pages ask Google for a web font; there is no internet here.
    await page.route('https://fonts.googleapis.com/**', (route) => route.fulfill({ contentType: 'text/css', body: '' }));
    await page.getByTestId('provider-sign-in').click();

    // oidc-provider's own development login and consent pages.
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.locator('input[name=login]').fill('zhang.admin');
    await page.locator('input[name=password]').fill('any');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();

    // Back on the studio's page, signed in, with no code left in the address.
    await page.getByTestId('session').getByText('zhang.admin（人社局管理员）').waitFor();
    expect(page.url()).toBe(explorerUrl(session.graph.url, `#/studios/${studio.id}`));
    const form = page.getByTestId('edit-level');
    await form.getByLabel('新级别').selectOption('PROVINCIAL');
    await form.getByLabel('年份').fill('2026');
    await form.getByRole('button', { name: '保存' }).click();
    await form.getByText('已保存。').waitFor();
    const after = await session.graph.query(`query($id: ID!) { masterStudio(id: $id) { level version } }`, { id: studio.id });
    expect(after.data.masterStudio).toEqual({ level: 'PROVINCIAL', version: studio.version + 1 });

    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in').waitFor();
    expect(await page.getByTestId('studio-editor').count()).toBe(0);
  });
  afterAll(() => provider?.stop());
});
