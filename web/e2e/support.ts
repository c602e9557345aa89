import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test'

/** The demo accounts' password (scripts/run-local.sh, gateway demo profile). */
export const PASSWORD = process.env.SANGANG_DEMO_PASSWORD ?? 'Sangang-2026'

export const SCREENSHOTS = 'e2e-artifacts/screenshots'

// The gateway allows 10 logins a minute per client address (scripts/e2e.sh raises it; a system started by hand
// does not), and every test signs in from this machine: a refused login waits as long as the gateway asks.
const ATTEMPTS = 8

/** Signs in through the login page. */
export async function signIn(page: Page, username: string) {
  const who = page.locator('[data-test=who]')
  const refused = page.locator('.el-alert--error')
  for (let attempt = 1; ; attempt++) {
    await page.goto('/app/login')
    await page.locator('input[name=username]').fill(username)
    await page.locator('input[name=password]').fill(PASSWORD)
    await page.getByRole('button', { name: '登录' }).click()
    await expect(who.or(refused)).toBeVisible()
    if (await who.isVisible()) break
    const refusal = await refused.innerText()
    const wait = /请 (\d+) 秒后再试/.exec(refusal)
    expect(wait !== null && attempt < ATTEMPTS, `login of ${username}: ${refusal}`).toBeTruthy()
    await page.waitForTimeout((Number(wait![1]) + 1) * 1000)
  }
  await expect(who).toContainText(username)
  // The start page sends each account on to its daily work once its code has loaded; a menu click before that
  // would be overridden by the redirect.
  await expect(page).not.toHaveURL(/\/app\/?$/)
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: '退出登录' }).click()
  await expect(page).toHaveURL(/\/app\/login/)
}

/**
 * Opens a screen from the side menu (on a phone, from the menu drawer `menu`): its group is expanded first unless it
 * already is. The menu may open the current page's group on its own just after the page lands, so a click that closed
 * it again, or a group that closed between seeing the entry and clicking it, is undone by the next round.
 */
export async function openMenu(page: Page, group: string, item: string, menu: Page | Locator = page) {
  const entry = menu.getByRole('menuitem', { name: item, exact: true })
  await expect(async () => {
    if (!(await entry.isVisible())) await menu.locator('.el-sub-menu__title', { hasText: group }).click()
    await entry.click({ timeout: 2_000 })
    // A click can be lost while the menu is still being drawn (its groups follow the caller's roles); a person
    // would click again. The item turns active once its page is open; the phone drawer closes instead.
    if (menu === page) await expect(entry).toHaveClass(/is-active/, { timeout: 2_000 })
    else await expect(menu as Locator).toBeHidden({ timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
}

/** A key page as the test saw it, kept as a test artifact. */
export async function shot(page: Page, name: string) {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true })
}

/** A bearer token for setting up data through the API, where the UI is not what a test is about. */
export async function tokenOf(request: APIRequestContext, username: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const response = await request.post('/auth/login', { data: { username, password: PASSWORD } })
    if (response.status() === 429 && attempt < ATTEMPTS) {
      await new Promise((resolve) => setTimeout(resolve, (Number(response.headers()['retry-after'] ?? 6) + 1) * 1000))
      continue
    }
    expect(response.ok(), `login of ${username}: ${response.status()}`).toBeTruthy()
    return (await response.json()).accessToken
  }
}

/** The access token of the account signed in on the page, so a test needs no second login for API calls. */
export async function tokenOfPage(page: Page): Promise<string> {
  const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('sangang.session') ?? '{}').accessToken)
  expect(token, 'a signed-in page').toBeTruthy()
  return token as string
}
