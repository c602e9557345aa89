import { type Locator, type Page } from '@playwright/test'
import { bearer, ok } from './api'
import { printCard, printsOnOnePage } from './staff'
import { openMenu, shot, signIn, tokenOfPage } from './support'
import { expect, test } from './refusals'

/** The administrator's, the leadership's and the office's remaining jobs on screen: the bureau, accounts, zone plaques. */

const ADMIN = 'tj0006'
const LEADER = 'tj0001'
const OFFICE = 'tj0005'
/** A plain member's account, whose history every reader finds starting with its creation. */
const MEMBER = 'tj0011'
// Data persists between runs: a run stopped halfway leaves the name with this mark, which the next one takes off.
const MARK = '（测试改名）'

interface Zone {
  zoneId: string
  plaqueCode: string
  name: string
  unitName: string | null
  head: { name: string | null }
  mainTasks: string[]
  members: { name: string | null; responsibility: string }[]
}

function row(page: Page, table: string, text: string): Locator {
  return page.locator(`[data-test=${table}] .el-table__row`, { hasText: text })
}

const headerName = (page: Page) => page.locator('[data-test=who] [data-test=bureau-name]')

async function rename(page: Page, name: string, reason: string) {
  await page.locator('input[data-test=bureau-name-input]').fill(name)
  await page.locator('textarea[data-test=bureau-reason]').fill(reason)
  await page.locator('[data-test=rename-bureau]').click()
  await expect(page.locator('[data-test=current-bureau-name]')).toHaveText(name)
}

/** Opens an account's 历史记录 and waits for it to load. */
async function history(page: Page, username: string): Promise<Locator> {
  await row(page, 'accounts', username).getByRole('button', { name: '历史记录' }).click()
  const drawer = page.locator('.el-drawer', { has: page.locator('[data-test=account-history-list]') })
  await expect(drawer.locator('.el-drawer__title')).toContainText(username)
  await expect(drawer.locator('.el-timeline-item').first()).toBeVisible()
  return drawer
}

test('the administrator renames the bureau, the header follows, and reads an account history', async ({ page }) => {
  await signIn(page, ADMIN)
  await openMenu(page, '系统管理', '本单位信息')
  await expect(page).toHaveURL(/\/app\/admin\/bureau$/)
  const current = page.locator('[data-test=current-bureau-name]')
  await expect(current).not.toBeEmpty()
  const original = (await current.innerText()).replace(MARK, '')
  const renamed = `${original}${MARK}`

  await rename(page, renamed, '浏览器测试：核对改名后页眉的名称')
  await expect(headerName(page)).toHaveText(renamed)
  await shot(page, 'admin-bureau-renamed')
  await page.reload()
  await expect(headerName(page)).toHaveText(renamed)

  await rename(page, original, '浏览器测试结束，恢复原名')
  await expect(headerName(page)).toHaveText(original)

  await openMenu(page, '系统管理', '账号管理')
  await expect(page.locator('[data-test=new-account]')).toBeVisible()
  const drawer = await history(page, MEMBER)
  await expect(drawer).toContainText('开通账号')
  await shot(page, 'admin-account-history')
})

test('the leadership reads the accounts and their history and changes nothing', async ({ page }) => {
  await signIn(page, LEADER)
  await openMenu(page, '系统管理', '账号管理')
  await expect(page).toHaveURL(/\/app\/admin\/accounts$/)
  const member = row(page, 'accounts', MEMBER)
  await expect(member).toBeVisible()
  await expect(page.locator('[data-test=new-account]')).toHaveCount(0)
  for (const change of ['角色', '重置密码', '停用', '启用']) {
    await expect(page.locator('[data-test=accounts]').getByRole('button', { name: change, exact: true })).toHaveCount(0)
  }
  const drawer = await history(page, MEMBER)
  await expect(drawer).toContainText('开通账号')
  await shot(page, 'leader-account-history')
})

test('the office prints the plaque card of a responsibility zone', async ({ page, request }) => {
  await signIn(page, OFFICE)
  const zones = await ok<Zone[]>(await request.get('/api/zone/zones', bearer(await tokenOfPage(page))), 'zones')
  const zone = zones.find((z) => z.members.length > 1 && z.mainTasks.length > 0)
  expect(zone, 'a zone of taojiang-fp with members and tasks').toBeTruthy()

  await openMenu(page, '系统管理', '责任区')
  await row(page, 'zones', zone!.name).getByRole('button', { name: '打印标牌' }).click()
  await expect(page).toHaveURL(new RegExp(`/app/admin/zones/${zone!.zoneId}/plaque-card$`))
  const card = page.locator('[data-test=plaque-card]')
  await expect(card.locator('[data-test=card-title]')).toHaveText(zone!.name)
  await expect(card.locator('[data-test=card-plaque-no]')).toHaveText(zone!.plaqueCode)
  await expect(card.locator('[data-test=card-head]')).toHaveText(zone!.head.name ?? '')
  if (zone!.unitName) await expect(card).toContainText(zone!.unitName)
  for (const member of zone!.members)
    await expect(card.locator('[data-test=card-members]')).toContainText(member.responsibility)
  for (const task of zone!.mainTasks) await expect(card.locator('[data-test=card-tasks]')).toContainText(task)
  await expect(card).toContainText('扫码查看责任区并评价')
  await expect(page.locator('input[data-test=bureau-name]')).not.toHaveValue('')
  await printCard(page)

  // As it prints: the card alone, on one A4 page.
  await printsOnOnePage(page, 'A4', 'zone-plaque-card')
})
