import { expect, test, type Browser, type Locator, type Page } from '@playwright/test'
import { inDays } from './api'
import { watchRefusals } from './refusals'
import { shot, signIn } from './support'

/** Steps on the staff screens that several specs take the same way. */

/** Each role keeps its own signed-in tab, as people at their own desks would; it also spares logins. */
export async function desk(browser: Browser, username: string): Promise<Page> {
  const { baseURL, locale, timezoneId, viewport } = test.info().project.use
  const context = await browser.newContext({ baseURL, locale, timezoneId, viewport })
  watchRefusals(context)
  const page = await context.newPage()
  await signIn(page, username)
  return page
}

/** Picks an option of an Element Plus select; its dropdown is rendered apart from the select. */
export async function choose(page: Page, select: Locator, option: string) {
  await select.click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: option }).click()
}

/** The row of a table (by its data-test) that holds the text. */
export function row(page: Page, table: string, text: string): Locator {
  return page.locator(`[data-test=${table}] .el-table__row`, { hasText: text })
}

/**
 * 提诺 from the member's home page: one item, due in 30 days, that the member answers for themself (the form's
 * default responsible person). Returns the new pledge's id, once its page says it waits for review.
 */
export async function proposePledge(
  page: Page,
  campaignTitle: string,
  content: string,
  effect: string,
): Promise<string> {
  await expect(page).toHaveURL(/\/app\/home/)
  await page.getByRole('button', { name: '提出承诺' }).click()
  await expect(page).toHaveURL(/\/app\/pledges\/new/)
  await choose(page, page.locator('[data-test=campaign]'), campaignTitle)
  const item = page.locator('[data-test=item-1]')
  await item.locator('textarea[data-test=content]').fill(content)
  await item.getByPlaceholder('选择日期').fill(inDays(30))
  await item.getByPlaceholder('选择日期').press('Enter')
  await item.locator('textarea[data-test=effect]').fill(effect)
  await page.getByRole('button', { name: '提交承诺' }).click()
  await expect(page).toHaveURL(/\/app\/pledges\/[0-9a-f]{24}$/)
  await expect(page.locator('[data-test=pledge-status]')).toHaveText('待审核')
  return page.url().split('/').pop()!
}

/** A plaque card's print view (PrintCard) ready to print: the card's QR code loaded, and 打印 opening the printing. */
export async function printCard(page: Page) {
  const card = page.locator('[data-test=plaque-card]')
  await expect
    .poll(() =>
      card.locator('[data-test=card-qr]').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
    )
    .toBeGreaterThan(0)
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes')
  })
  await page.locator('[data-test=print]').click()
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes')
}

/**
 * The plaque card as it prints on paper of `size`: the card alone, on one page of that size, as the screenshot
 * `<name>-a4` (or `-a5`) shows it.
 */
export async function printsOnOnePage(page: Page, size: 'A4' | 'A5', name: string) {
  await page.locator('[data-test=paper-size] label', { hasText: size }).click()
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.el-aside')).toBeHidden()
  await shot(page, `${name}-${size.toLowerCase()}`)
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1')
  expect(pdf.match(/\/Type\s*\/Page[^s]/g) ?? [], `the ${size} card prints on one page`).toHaveLength(1)
  const [width, height] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/.exec(pdf)!.slice(1).map(Number)
  // Points, give or take the browser's rounding: A4 is 595 × 842, A5 420 × 595.
  const [a, b] = size === 'A4' ? [595, 842] : [420, 595]
  expect(Math.abs(width - a), `page width ${width}`).toBeLessThan(4)
  expect(Math.abs(height - b), `page height ${height}`).toBeLessThan(4)
  await page.emulateMedia({ media: 'screen' })
}
