import { openMenu, shot, signIn } from './support'
import { expect, test } from './refusals'

// Staff open the client on their phones too (a member writing a work log in the field, a unit head checking a
// report): the side menu gives way to a drawer, and each screen still fits the width.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })

test('a member finds every screen through the menu drawer on a phone', async ({ page }) => {
  await signIn(page, 'tj0011')
  await expect(page.locator('.el-aside')).toHaveCount(0)
  await expect(page.locator('[data-test=bureau-name]')).toHaveText('桃江县森林公安局')

  await page.locator('[data-test=menu-button]').tap()
  const drawer = page.locator('.menu-drawer')
  await expect(drawer).toBeVisible()
  await shot(page, 'staff-phone-menu')
  await openMenu(page, '我的', '我的奖励', drawer)
  await expect(page).toHaveURL(/\/app\/rewards\/mine$/)
  await expect(drawer).toBeHidden()

  await page.locator('[data-test=menu-button]').tap()
  await openMenu(page, '我的', '我的主页', drawer)
  await expect(page).toHaveURL(/\/app\/home$/)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow, 'the page is no wider than the phone').toBeLessThanOrEqual(0)
  await shot(page, 'staff-phone-member-home')
})
