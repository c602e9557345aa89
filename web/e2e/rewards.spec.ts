import { readFileSync } from 'node:fs'
import { type APIRequestContext } from '@playwright/test'
import { currentQuarter, previousQuarter } from '../src/shared/quarters'
import { bearer, ok, quarterSurvey } from './api'
import { assess, awardedDemoPost } from './posts'
import { desk, row } from './staff'
import { openMenu, shot, tokenOf } from './support'
import { expect, test, watchRefusals } from './refusals'

const BUREAU = 'taojiang-fp'
const LEADER = 'tj0001'
const OFFICE = 'tj0005'

interface DemoPerson {
  personNo: string
  name: string
  partyMember: boolean
  roles: string[]
}

const demo = JSON.parse(readFileSync(new URL('../../local/demo-bureaus.json', import.meta.url), 'utf8')) as {
  bureaus: { id: string; people: DemoPerson[] }[]
}

/**
 * Party members with a plain member account, who can sign in to see their reward; not the accounts other tests act as.
 * The demo seed lists them as the holders of its elected posts (electedPosts).
 */
const HOLDERS = demo.bureaus
  .find((b) => b.id === BUREAU)!
  .people.filter((p) => p.partyMember && p.roles.length === 1 && p.roles[0] === 'MEMBER' && p.personNo !== 'TJ0011')

/**
 * Precondition, not under test: an elected post of the demo data (post-service DemoPosts: established by an election
 * three quarters back, held by a plain member, topped up at every start), awarded its plaque on the first day of the
 * quarter two back and passed by the leadership in that quarter and the next. Both have ended, as an assessment
 * needs (post-service Assessments), and two consecutive passes earn the reward (evaluation RewardRule).
 */
async function rewardedPost(request: APIRequestContext) {
  const leader = await tokenOf(request, LEADER)
  const last = previousQuarter(currentQuarter())
  const first = previousQuarter(last)
  const { post, plaqueCode } = await awardedDemoPost(request, leader, {
    quarter: first,
    plaqueNo: `RW-${Date.now()}`,
    holds: (personNo) => HOLDERS.some((h) => h.personNo === personNo),
    order: 'first',
  })
  for (const quarter of [first, last]) {
    await assess(request, leader, post.id, {
      quarter,
      result: 'PASS',
      findings: '群众满意率高，履职到位',
      remedy: 'NONE',
    })
  }
  const office = await tokenOf(request, OFFICE)
  await expect
    .poll(
      async () => {
        const rewards = await ok<{ postId: string }[]>(
          await request.get('/api/evaluation/rewards', bearer(office)),
          'rewards',
        )
        return rewards.some((r) => r.postId === post.id)
      },
      { timeout: 30_000 },
    )
    .toBe(true)
  return {
    postId: post.id,
    title: post.title,
    plaqueCode,
    person: HOLDERS.find((p) => p.personNo === post.holderPersonNo)!,
  }
}

/** The codes of the surveys the public can answer from a plaque. */
async function openSurveys(request: APIRequestContext, plaqueCode: string): Promise<string[]> {
  const open = await ok<{ code: string }[]>(
    await request.get(`/public/evaluation/surveys?plaque=${plaqueCode}`, { headers: { Accept: 'application/json' } }),
    'open surveys',
  )
  return open.map((s) => s.code)
}

test('a member sees the reward, the office pays it and prints the payout sheet', async ({ browser, request }) => {
  test.setTimeout(180_000)
  const { postId, title, plaqueCode, person } = await rewardedPost(request)

  // 我的奖励: the holder sees the reward awaiting payment.
  const member = await desk(browser, person.personNo.toLowerCase())
  await openMenu(member, '我的', '我的奖励')
  await expect(member).toHaveURL(/\/app\/rewards\/mine$/)
  await expect(row(member, 'my-rewards', title)).toContainText('待发放')
  await shot(member, 'member-rewards')

  // The office records the payment.
  const office = await desk(browser, OFFICE)
  await office.goto('/app/office/rewards')
  await row(office, 'rewards', title).getByRole('button', { name: '登记发放' }).click()
  await office.locator('.el-message-box').getByRole('button', { name: '确认已发放' }).click()
  await expect(row(office, 'rewards', title)).toHaveCount(0)
  await office.locator('.el-radio-button', { hasText: '已发放' }).click()
  await expect(row(office, 'rewards', title)).toContainText('已发放')

  // The payout sheet of paid rewards, as printed on A4.
  await office.locator('[data-test=open-payout]').click()
  await expect(office).toHaveURL(/\/app\/office\/rewards\/payout\?status=PAID/)
  const sheet = office.locator('[data-test=payout-sheet]')
  await expect(sheet.locator('[data-test=payout-title]')).toContainText('党员示范岗奖励发放表')
  await expect(sheet.locator('[data-test=payout-row]', { hasText: title })).toContainText(person.name)
  for (const column of ['序号', '示范岗', '岗位人/单位', '考核合格季度', '金额（元）', '签字']) {
    await expect(sheet.locator('th', { hasText: column })).toBeVisible()
  }
  await expect(sheet.locator('[data-test=payout-total]')).not.toHaveText('0')
  await expect(office.locator('.el-message')).toHaveCount(0)
  await shot(office, 'reward-payout-sheet')
  await office.emulateMedia({ media: 'print' })
  await expect(office.locator('.el-aside')).toBeHidden()
  await expect(office.locator('[data-test=print-payout]')).toBeHidden()
  await shot(office, 'reward-payout-print')
  await office.emulateMedia({ media: 'screen' })

  // The holder sees it paid.
  await member.reload()
  await expect(row(member, 'my-rewards', title)).toContainText('已发放')

  // Precondition of what follows: a survey of the post the public can answer from its plaque.
  const survey = await quarterSurvey(request, await tokenOf(request, OFFICE), {
    targetType: 'POST',
    targetId: postId,
    title: `群众满意度测评：${title}`,
    quarter: currentQuarter(),
  })
  await expect.poll(() => openSurveys(request, plaqueCode), { timeout: 30_000 }).toContain(survey.code)

  // The post ends as vetoed, which frees its holder: the next start of post-service seeds them a new one.
  const leader = await tokenOf(request, LEADER)
  await ok(
    await request.post(`/api/post/posts/${postId}/veto`, {
      ...bearer(leader),
      data: { cause: 'VETO_IMAGE', facts: '浏览器测试结束，撤销测试用示范岗' },
    }),
    'veto',
  )

  // The public plaque page says the post is revoked and offers no rating; its open survey closed with it.
  await expect.poll(() => openSurveys(request, plaqueCode), { timeout: 30_000 }).toEqual([])
  const { baseURL, locale, timezoneId } = test.info().project.use
  const phone = await browser.newContext({ baseURL, locale, timezoneId, viewport: { width: 390, height: 844 } })
  watchRefusals(phone)
  const visitor = await phone.newPage()
  await visitor.goto(`/public/post/plaques/${plaqueCode}`)
  await expect(visitor.locator('[data-test=plaque-title]')).toHaveText(title)
  await expect(visitor.locator('.van-notice-bar')).toContainText('撤销')
  await expect(visitor.getByRole('button', { name: '满意度评议' })).toHaveCount(0)
  await shot(visitor, 'public-plaque-revoked')
  await visitor.goto(`/public/evaluation/surveys?plaque=${plaqueCode}`)
  await expect(visitor.getByText('当前没有正在进行的评议')).toBeVisible()
  await expect(visitor.locator('[data-test=survey-entry]')).toHaveCount(0)
})
