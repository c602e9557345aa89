import { type Page } from '@playwright/test'
import { approvePledge, bearer, inDays, ok, thisYear } from './api'
import { desk } from './staff'
import { shot, tokenOf, tokenOfPage } from './support'
import { expect, test } from './refusals'

const LEADER = 'tj0001'
const SECRETARY = 'tj0008'

/** The unread count the bell announces (its accessible name carries the exact number; the badge stops at 99+). */
async function bellCount(page: Page): Promise<number> {
  const name = (await page.locator('[data-test=bell] button').getAttribute('aria-label')) ?? ''
  return Number(/(\d+) 条未读/.exec(name)?.[1] ?? 0)
}

test("a pledge waiting for review rings the leader's bell, and reading the reminder quiets it", async ({
  browser,
  request,
}) => {
  // pledge-service scans every 30 s in the local profile and the bell asks every 60 s: up to about 90 s.
  test.setTimeout(300_000)
  const stamp = Date.now()
  const organisation = `中共桃江县森林公安局党支部（提醒测试${stamp}）`

  const leader = await desk(browser, LEADER)
  const bell = leader.locator('[data-test=bell]')
  await expect(bell).toBeVisible()
  const leaderToken = await tokenOfPage(leader)
  const before = await ok<{ unread: number }>(
    await request.get('/api/evaluation/notifications/unread-count', bearer(leaderToken)),
    'unread count',
  )
  await expect.poll(() => bellCount(leader)).toBeGreaterThanOrEqual(before.unread)

  // The reason for a reminder, made through the API: the branch files an organisation pledge, which waits for the
  // leadership's review (审诺).
  const pledge = await ok<{ id: string }>(
    await request.post('/api/pledge/pledges', {
      ...bearer(await tokenOf(request, SECRETARY)),
      data: {
        kind: 'ORGANISATION',
        campaignYear: thisYear(),
        organisationName: organisation,
        items: [
          {
            content: '每季度组织党员开展一次护林防火志愿服务',
            responsiblePersonNo: 'TJ0008',
            deadline: inDays(60),
            expectedEffect: '辖区山林火情明显减少',
          },
        ],
      },
    }),
    'organisation pledge',
  )

  // Nobody reloads the page: the bell's own polling brings the count up.
  await expect.poll(() => bellCount(leader), { timeout: 150_000, intervals: [2_000] }).toBeGreaterThan(before.unread)
  await expect(bell.locator('.el-badge__content')).toBeVisible()
  // Other reminders may have come first (scans of the other services): this one is there too before the page opens.
  await expect
    .poll(
      async () => {
        const listed = await ok<{ detail: string | null }[]>(
          await request.get('/api/evaluation/notifications?unreadOnly=true', bearer(leaderToken)),
          'notifications',
        )
        return listed.some((n) => n.detail?.includes(organisation))
      },
      { timeout: 60_000, intervals: [2_000] },
    )
    .toBe(true)

  // On a phone the bell is in the header as well.
  await leader.setViewportSize({ width: 390, height: 844 })
  await expect(bell).toBeVisible()
  await leader.setViewportSize({ width: 1366, height: 860 })

  await bell.getByRole('button').click()
  await expect(leader).toHaveURL(/\/app\/notifications$/)
  const reminder = leader.locator('[data-test=notification]', { hasText: organisation })
  await expect(reminder).toHaveCount(1)
  await expect(reminder).toHaveAttribute('data-read', 'false')
  await expect(reminder).toContainText('未读')
  await expect(reminder.locator('.title')).toContainText('审')
  await shot(leader, 'leader-notifications')

  const unreadNow = await bellCount(leader)
  await reminder.getByRole('button', { name: '去处理' }).click()
  await expect(leader).toHaveURL(new RegExp(`/app/leader/reviews/${pledge.id}$`))
  await expect.poll(() => bellCount(leader)).toBeLessThan(unreadNow)

  await leader.goto('/app/notifications')
  await expect(reminder).toHaveAttribute('data-read', 'true')
  await expect(reminder).not.toContainText('未读')
  // Whatever else the leader had waiting goes at once; with nothing left, the button rests.
  const readAll = leader.getByRole('button', { name: '全部标为已读' })
  if ((await bellCount(leader)) > 0) await readAll.click()
  await expect.poll(() => bellCount(leader)).toBe(0)
  await expect(readAll).toBeDisabled()
  await expect(bell.locator('.el-badge__content')).toBeHidden()
  await expect(leader.locator('[data-test=notification][data-read=false]')).toHaveCount(0)

  // The leadership approves it, so runs do not pile up pledges in the review queue.
  await approvePledge(request, leaderToken, pledge.id)
})
