import { readFileSync } from 'node:fs'
import { type Page } from '@playwright/test'
import { openMenu, shot, signIn } from './support'
import { expect, test } from './refusals'

/** Registers go out as .xlsx and on A4, and the roster comes back in from Excel, each in one click. */

const ADMIN = 'tj0006'
const LEADER = 'tj0001'
const OFFICE = 'tj0005'

/** Clicks a download button and returns the saved file, checked to be an .xlsx workbook named in Chinese. */
async function downloaded(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()])
  const path = test.info().outputPath(download.suggestedFilename())
  await download.saveAs(path)
  expect(download.suggestedFilename()).toMatch(/[\u4e00-\u9fff].*\.xlsx$/)
  expect(readFileSync(path).subarray(0, 2).toString('latin1'), 'a zip, as every .xlsx is').toBe('PK')
  return path
}

test('the administrator exports the roster and imports it back unchanged; a file that is no workbook is refused in Chinese', async ({
  page,
}) => {
  await signIn(page, ADMIN)
  await openMenu(page, '系统管理', '人员名册')
  await expect(page.locator('[data-test=roster] .el-table__row').first()).toBeVisible()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出Excel' }).click(),
  ])
  const roster = test.info().outputPath('roster.xlsx')
  await download.saveAs(roster)

  await page.getByRole('button', { name: '导入', exact: true }).click()
  const dialog = page.locator('[data-test=roster-import]')
  await dialog.locator('input[type=file]').setInputFiles(roster)
  await dialog.getByRole('button', { name: '预览' }).click()
  const totals = dialog.locator('[data-test=import-totals]')
  await expect(totals).toContainText('新增 0')
  await expect(totals).toContainText('更新 0')
  await expect(totals).toContainText('有误 0')
  await expect(dialog.getByRole('button', { name: '全部导入' })).toBeDisabled()
  await shot(page, 'roster-import-preview')

  await dialog
    .locator('input[type=file]')
    .setInputFiles({ name: '名册.xlsx', mimeType: 'text/csv', buffer: Buffer.from('工号,姓名\nTJ9999,张三\n') })
  await dialog.getByRole('button', { name: '预览' }).click()
  await expect(page.locator('.el-message--error')).toContainText('这不是 Excel 工作簿（.xlsx）文件')
})

test('the leadership exports and prints the post and zone registers', async ({ page }) => {
  await signIn(page, LEADER)
  await page.goto('/app/posts')
  await expect(page.locator('[data-test=posts] .el-table__row').first()).toBeVisible()
  await downloaded(page, '[data-test=export-posts]')
  await page.locator('[data-test=print-posts]').click()
  await expect(page).toHaveURL(/\/app\/posts\/print/)
  await expect(page.locator('[data-test=register-title]')).toContainText('示范岗')
  await expect(page.locator('[data-test=post-register-row]').first()).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('[data-test=who]'), 'nothing but the register is printed').toBeHidden()
  await expect(page.locator('[data-test=register-sheet]')).toBeVisible()
  await shot(page, 'post-register-print')
  await page.emulateMedia({ media: 'screen' })

  await page.goto('/app/admin/zones')
  await downloaded(page, '[data-test=export-zones]')
  await page.locator('[data-test=print-zones]').click()
  await expect(page).toHaveURL(/\/app\/admin\/zones\/print/)
  await expect(page.locator('[data-test=register-title]')).toContainText('责任区')
})

test('the office exports the payout list and the ranking, and prints the ranking', async ({ page }) => {
  await signIn(page, OFFICE)
  await page.goto('/app/office/rankings')
  await downloaded(page, '[data-test=export-rankings]')
  await expect(page.locator('[data-test=rankings-sheet]'), 'the sheet is for paper only').toBeHidden()
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('[data-test=rankings-sheet]')).toBeVisible()
  await expect(page.locator('[data-test=who]'), 'nothing but the ranking is printed').toBeHidden()
  await shot(page, 'rankings-print')
  await page.emulateMedia({ media: 'screen' })

  await page.goto('/app/office/rewards/payout')
  await downloaded(page, '[data-test=export-payout]')
})
