import { expect, type APIRequestContext, type Page } from '@playwright/test'

/** The demo accounts' password (scripts/run-local.sh, gateway demo profile). */
export const PASSWORD = process.env.SANGANG_DEMO_PASSWORD ?? 'Sangang-2026'

export const SCREENSHOTS = 'e2e-artifacts/screenshots'

export async function signIn(page: Page, username: string) {
  await page.goto('/app/login')
  await page.locator('input[name=username]').fill(username)
  await page.locator('input[name=password]').fill(PASSWORD)
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page.locator('[data-test=who]')).toContainText(username)
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: '退出登录' }).click()
  await expect(page).toHaveURL(/\/app\/login/)
}

/** A key page as the test saw it, kept as a test artifact. */
export async function shot(page: Page, name: string) {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true })
}

/** A bearer token for setting up data through the API, where the UI is not what a test is about. */
export async function tokenOf(request: APIRequestContext, username: string): Promise<string> {
  const response = await request.post('/auth/login', { data: { username, password: PASSWORD } })
  expect(response.ok(), `login of ${username}`).toBeTruthy()
  return (await response.json()).accessToken
}
