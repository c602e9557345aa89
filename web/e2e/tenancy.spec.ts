import { type APIRequestContext } from '@playwright/test'
import { currentQuarter } from '../src/shared/quarters'
import { bearer, ok } from './api'
import { signIn, signOut, tokenOf, tokenOfPage } from './support'
import { expect, test } from './refusals'

interface Zone {
  zoneId: string
  name: string
}

/** A survey of the token's bureau about a target no other test uses, so it exists once, under this title. */
async function survey(request: APIRequestContext, officeToken: string, title: string): Promise<string> {
  const created = await ok<{ code: string }>(
    await request.post('/api/evaluation/surveys', {
      ...bearer(officeToken),
      data: { targetType: 'ZONE', targetId: `tenancy-${Date.now()}`, title, quarter: currentQuarter() },
    }),
    `survey "${title}"`,
  )
  return created.code
}

test.describe("another bureau's data is not reachable from the UI", () => {
  test('anhua-fp staff see none of taojiang-fp, not even at its URLs', async ({ page, request }) => {
    test.slow()
    const stamp = Date.now()
    const taojiangTitle = `桃江专属测评${stamp}`
    const anhuaTitle = `安化本局测评${stamp}`
    const taojiangOffice = await tokenOf(request, 'tj0005')
    const taojiangSurvey = await survey(request, taojiangOffice, taojiangTitle)
    const taojiangZones = await ok<Zone[]>(
      await request.get('/api/zone/zones', bearer(taojiangOffice)),
      'taojiang zones',
    )

    await signIn(page, 'ah0006')
    // A taojiang zone whose name anhua does not also use, so its absence means something.
    const anhuaZones = await ok<Zone[]>(
      await request.get('/api/zone/zones', bearer(await tokenOfPage(page))),
      'anhua zones',
    )
    const zone = taojiangZones.find((z) => !anhuaZones.some((a) => a.name === z.name))
    expect(zone, 'a taojiang zone with a name of its own').toBeTruthy()

    await page.goto('/app/admin/roster')
    const roster = page.locator('[data-test=roster]')
    await expect(roster).toContainText('莫凡')
    await expect(roster).not.toContainText('胡海燕')
    await page.getByPlaceholder('姓名或工号').fill('胡海燕')
    await expect(roster).toContainText('暂无人员')

    await page.goto('/app/admin/zones')
    const zones = page.locator('[data-test=zones]')
    await expect(zones).toContainText(anhuaZones[0].name)
    await expect(zones).not.toContainText(zone!.name)

    await page.goto(`/app/admin/zones/${zone!.zoneId}`)
    await expect(page.locator('[data-test=not-found]')).toContainText('未找到该责任区')
    await signOut(page)

    await signIn(page, 'ah0005')
    await survey(request, await tokenOfPage(page), anhuaTitle)
    await page.goto('/app/office/surveys')
    const surveys = page.locator('[data-test=surveys]')
    await expect(surveys).toContainText(anhuaTitle)
    await expect(surveys).not.toContainText(taojiangTitle)

    await page.goto(`/app/office/surveys/${taojiangSurvey}`)
    await expect(page.locator('[data-test=not-found]')).toContainText('未找到该测评')
    await signOut(page)
  })

  test('a bureau leader is not offered the county dashboard and the feed refuses them', async ({ page, request }) => {
    test.slow()
    await signIn(page, 'tj0001')
    const menu = page.locator('.el-aside')
    await expect(menu).toContainText('局领导')
    await expect(menu).not.toContainText('县委督导')

    await page.goto('/app/county')
    await expect(page.locator('[data-test=who]')).toContainText('tj0001')
    await expect(page).not.toHaveURL(/\/app\/county/)

    const feed = await request.get(
      `/api/evaluation/county/feed?quarter=${currentQuarter()}`,
      bearer(await tokenOfPage(page)),
    )
    expect(feed.status()).toBe(403)
  })
})
