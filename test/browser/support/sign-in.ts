import type { Page } from 'playwright-core';

/** Signs in with one click, as development offers: the role (chosen by its Chinese label), for some a school or enterprise, and a name if given. */
export async function signInWithOneClick(page: Page, role = '人社局管理员', choice?: { school?: string; enterprise?: string; name?: string }) {
  await page.getByTestId('sign-in').click();
  const form = page.getByTestId('dev-sign-in');
  // By test id: a label wrapping a select also holds its options' text (企业 is in 企业人事).
  await form.getByTestId('dev-role').selectOption({ label: role });
  if (choice?.school) await form.getByTestId('dev-school').selectOption({ label: choice.school });
  if (choice?.enterprise) await form.getByTestId('dev-enterprise').selectOption({ label: choice.enterprise });
  if (choice?.name) await form.getByTestId('dev-name').fill(choice.name);
  await form.getByRole('button', { name: `以“${role}”身份登录` }).click();
  await page.getByTestId('session').waitFor();
}
