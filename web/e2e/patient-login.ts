import { expect, type APIRequestContext, type Page } from '@playwright/test'
import { PASSWORD } from './support'

// The gateway allows 10 logins a minute per client address, and every e2e file signs in from this one machine:
// a login answered 429 is tried again after the Retry-After the gateway names.
const ATTEMPTS = 8

function secondsToWait(text: string): number | null {
  const match = /try again in (\d+) s/.exec(text)
  return match ? Number(match[1]) + 1 : null
}

/** Signs in through the login page like support's signIn, waiting out the login rate limit. */
export async function signInPatiently(page: Page, username: string) {
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
    const wait = secondsToWait(refusal)
    expect(wait !== null && attempt < ATTEMPTS, `login of ${username}: ${refusal}`).toBeTruthy()
    await page.waitForTimeout(wait! * 1000)
  }
  await expect(who).toContainText(username)
}

/** A bearer token for setting up data through the API, waiting out the login rate limit. */
export async function tokenPatiently(request: APIRequestContext, username: string): Promise<string> {
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
