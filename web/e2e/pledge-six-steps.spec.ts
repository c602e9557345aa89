import { readFileSync } from 'node:fs'
import { type APIRequestContext } from '@playwright/test'
import { inDays } from './api'
import { memberYetToPledge, nextCampaignYear, type DemoPerson } from './pledges'
import { choose, desk, proposePledge, row } from './staff'
import { shot } from './support'
import { expect, test } from './refusals'

const LEADER = 'tj0001'
const SECRETARY = 'tj0008'

interface Proposer {
  username: string
  name: string
  year: number
  campaignTitle: string
  /** No campaign has room for a new pledge of any demo member: the secretary opens `year` first. */
  openCampaign: boolean
}

/**
 * Who proposes, and in which campaign. A member files one pledge per campaign and the data persists between runs,
 * so each run takes a demo MEMBER of the bureau (never the reviewing leader or the acting secretary) who has no
 * pledge yet in this year's campaign, or in a later one already open. When every member has pledged in every
 * open campaign, the secretary opens the next year's campaign in the UI first — items of a campaign may be due
 * until the end of the following year, so a pledge due next month fits any campaign from this year on. That
 * gives about two dozen runs per campaign year and never runs out. Read as the secretary, who sees every pledge.
 */
async function pickProposer(request: APIRequestContext): Promise<Proposer> {
  const { members, campaigns, free } = await memberYetToPledge(request, SECRETARY, [LEADER, SECRETARY])
  if (free) return proposer(free.member, free.campaign.year, free.campaign.title, false)
  const year = nextCampaignYear(campaigns)
  return proposer(members[0]!, year, `${year}年度党员承诺践诺活动`, true)
}

function proposer(person: DemoPerson, year: number, campaignTitle: string, openCampaign: boolean): Proposer {
  return { username: person.personNo.toLowerCase(), name: person.name, year, campaignTitle, openCampaign }
}

test('walks a pledge through all six steps across roles', async ({ browser, request }) => {
  // Room for the gateway's login limit to make a sign-in wait, on top of about 40 s of work.
  test.setTimeout(240_000)
  const who = await pickProposer(request)
  const content = `践诺测试 ${Date.now()}：每月走访辖区林农不少于4户`
  const revised = `${content}，每次登记走访记录并按月汇总上报`

  const secretary = await desk(browser, SECRETARY)
  const member = await desk(browser, who.username)
  const leader = await desk(browser, LEADER)

  if (who.openCampaign) {
    await secretary.goto('/app/secretary/campaigns')
    await secretary.getByRole('button', { name: '开展新年度活动' }).click()
    const dialog = secretary.locator('[data-test=campaign-dialog]')
    await dialog.locator('[data-test=year] input').fill(String(who.year))
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect(row(secretary, 'campaigns', who.campaignTitle)).toBeVisible()
  }

  // 提诺: the member proposes one item and answers for it themself (the form's default responsible person).
  const pledgeId = await proposePledge(member, who.campaignTitle, content, '群众诉求件件有回音，林政服务满意率明显提升')
  await member.goto('/app/home')
  await expect(row(member, 'my-pledges', content)).toContainText('待审核')
  await shot(member, 'member-home')

  // 审诺, first round: the leader returns it, failing one check, with guidance.
  await leader.goto('/app/leader/reviews')
  await expect(row(leader, 'review-queue', content)).toBeVisible()
  await shot(leader, 'leader-review-queue')
  await row(leader, 'review-queue', content).getByRole('button', { name: '审核' }).click()
  const review = leader.locator('[data-test=review-item-1]')
  for (const check of ['体现先进性', '围绕中心工作', '符合岗位职责', '符合群众意愿']) {
    await review.locator('label.el-checkbox', { hasText: check }).click()
  }
  await expect(leader.getByRole('button', { name: '审定通过' })).toBeDisabled()
  await leader.locator('textarea[data-test=guidance]').fill('走访要求需可核查，请写明记录和上报方式')
  await leader.getByRole('button', { name: '退回修改' }).click()
  await expect(leader).toHaveURL(/\/app\/leader\/reviews$/)

  // The member sees the guidance, revises and resubmits.
  await member.goto('/app/home')
  const mine = row(member, 'my-pledges', content)
  await expect(mine).toContainText('退回修改')
  await expect(mine).toContainText('走访要求需可核查')
  await mine.getByRole('button', { name: '修改' }).click()
  await expect(member.locator('[data-test=guidance]')).toContainText('走访要求需可核查')
  await expect(member.locator('[data-test=pledge-rounds]')).toContainText('切实可行')
  await member.locator('[data-test=item-1] textarea[data-test=content]').fill(revised)
  await member.getByRole('button', { name: '重新提交' }).click()
  await expect(member).toHaveURL(new RegExp(`/app/pledges/${pledgeId}$`))
  await expect(member.locator('[data-test=pledge-status]')).toHaveText('待审核')

  // 审诺, second round: every check passes and the leader approves.
  await leader.goto('/app/leader/reviews')
  await row(leader, 'review-queue', revised).getByRole('button', { name: '审核' }).click()
  await leader.locator('[data-test=review-item-1]').getByRole('button', { name: '全部通过' }).click()
  await leader.getByRole('button', { name: '审定通过' }).click()
  await expect(leader).toHaveURL(/\/app\/leader\/reviews$/)

  // 定诺: the secretary prints the letter.
  await secretary.goto('/app/secretary/letters')
  const letterRow = row(secretary, 'letters', revised)
  const downloading = secretary.waitForEvent('download')
  await letterRow.getByRole('button', { name: '下载 PDF' }).click()
  const letter = await downloading
  expect(letter.suggestedFilename()).toBe(`党员公开承诺书-${who.name}.pdf`)
  expect(
    readFileSync((await letter.path())!)
      .subarray(0, 5)
      .toString('latin1'),
  ).toBe('%PDF-')

  // 亮诺: published, it is on the public board.
  await secretary.goto('/app/secretary/publication')
  await row(secretary, 'publication', revised).getByRole('button', { name: '公示' }).click()
  await secretary.locator('[data-test=publish-dialog]').getByRole('button', { name: '确认公示' }).click()
  await secretary.getByRole('tab', { name: '已公示' }).click()
  const code = (await row(secretary, 'publication', revised).locator('[data-test=public-code]').innerText()).trim()
  expect(code).toMatch(/^PL[0-9A-Z]{8}$/)
  const board = await request.get(`/public/pledge/pledges/${code}`)
  expect(board.ok()).toBeTruthy()
  const onBoard = await board.json()
  expect(onBoard.pledger).toBe(who.name)
  expect(onBoard.items[0].content).toBe(revised)
  expect(onBoard.items[0].responsibleName).toBe(who.name)
  expect(onBoard.items[0].deadline).toBe(inDays(30))

  // 践诺: the secretary inspects the item in the ledger; the member reports it done.
  await secretary.goto('/app/secretary/ledger')
  await choose(secretary, secretary.locator('[data-test=campaign]'), who.campaignTitle)
  await row(secretary, 'ledger', revised).getByRole('button', { name: '督查记录' }).click()
  const inspection = secretary.locator('[data-test=inspection-dialog]')
  await inspection.locator('textarea[data-test=findings]').fill('走访记录齐全，群众反映良好')
  await inspection.getByRole('button', { name: '保存督查记录' }).click()
  await expect(row(secretary, 'ledger', revised)).toContainText('1 次')

  await member.goto(`/app/pledges/${pledgeId}`)
  await expect(member.locator('[data-test=pledge-status]')).toHaveText('已公示践诺中')
  await row(member, 'pledge-items-table', revised).getByRole('button', { name: '登记进展' }).click()
  const progress = member.locator('[data-test=progress-dialog]')
  await progress.locator('textarea[data-test=note]').fill('本月走访林农6户，登记诉求4条，已全部答复')
  await progress.locator('label.el-checkbox', { hasText: '本项承诺已完成' }).click()
  await progress.getByRole('button', { name: '保存进展' }).click()
  await expect(row(member, 'pledge-items-table', revised).locator('[data-test=item-status]')).toHaveText('已完成待评')

  // 评诺: the leader finds it fulfilled.
  await leader.goto('/app/leader/evaluations')
  await row(leader, 'evaluation-queue', revised).getByRole('button', { name: '评议' }).click()
  const verdict = leader.locator('[data-test=evaluate-item-1]')
  await verdict.locator('textarea[data-test=leader-comment]').fill('走访扎实，记录完整')
  await verdict.locator('textarea[data-test=assessment]').fill('按期兑现，组织考核合格')
  await leader.getByRole('button', { name: '提交评议' }).click()
  await expect(leader).toHaveURL(new RegExp(`/app/pledges/${pledgeId}$`))
  await expect(leader.locator('[data-test=pledge-status]')).toHaveText('已评议')

  // The pledge shows as evaluated to its member and on the board, item by item.
  await member.reload()
  await expect(member.locator('[data-test=pledge-status]')).toHaveText('已评议')
  await expect(row(member, 'pledge-items-table', revised).locator('[data-test=item-status]')).toHaveText('已兑现')
  const result = await (await request.get(`/public/pledge/pledges/${code}`)).json()
  expect(result.evaluatedOn).toBeTruthy()
  expect(result.items[0].status).toBe('FULFILLED')
  expect(result.items[0].result.fulfilled).toBe(true)
  expect(result.items[0].result.leaderComment).toBe('走访扎实，记录完整')

  await Promise.all([secretary, member, leader].map((page) => page.context().close()))
})
