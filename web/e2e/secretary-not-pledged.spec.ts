import { type APIRequestContext } from '@playwright/test'
import { bearer, ok } from './api'
import { memberYetToPledge, nextCampaignYear, type Campaign, type DemoPerson } from './pledges'
import { choose, desk, proposePledge } from './staff'
import { shot, tokenOf } from './support'
import { expect, test } from './refusals'

const BUREAU_NAME = '桃江县森林公安局'
const SECRETARY = 'tj0008'
const LEADER = 'tj0001'

/**
 * A campaign and a demo member with an account who has not pledged in it. The data persists between runs and every
 * member pledges once per campaign, so this takes the first open campaign from this year on with such a member, and
 * when there is none opens the next year's (set-up, not what the test is about: through the API).
 */
async function campaignWithMemberYetToPledge(
  request: APIRequestContext,
): Promise<{ campaign: Campaign; member: DemoPerson }> {
  const { members, campaigns, free } = await memberYetToPledge(request, SECRETARY, [LEADER, SECRETARY])
  if (free) return free
  const year = nextCampaignYear(campaigns)
  const campaign = await ok<Campaign>(
    await request.post('/api/pledge/campaigns', { ...bearer(await tokenOf(request, SECRETARY)), data: { year } }),
    `the ${year} campaign`,
  )
  return { campaign, member: members[0]! }
}

test('the secretary sees who has not pledged, and a member who pledges drops off the list', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000)
  const { campaign, member } = await campaignWithMemberYetToPledge(request)

  const secretary = await desk(browser, SECRETARY)
  await expect(secretary.locator('[data-test=bureau-name]')).toHaveText(BUREAU_NAME)
  await secretary.locator('.el-sub-menu__title', { hasText: '支部书记' }).click()
  await secretary.locator('.el-menu-item', { hasText: '未承诺党员' }).click()
  await expect(secretary).toHaveURL(/\/app\/secretary\/not-pledged$/)
  await choose(secretary, secretary.locator('[data-test=campaign]'), campaign.title)
  const list = secretary.locator('[data-test=not-pledged]')
  const row = list.locator('.el-table__row', { hasText: member.personNo })
  await expect(row).toContainText(member.name)
  const counts = secretary.locator('[data-test=not-pledged-counts]')
  const outstanding = await list.locator('.el-table__row').count()
  await expect(counts).toContainText(String(outstanding))
  await shot(secretary, 'secretary-not-pledged')

  // The member proposes through their own home page, answering for the item themself (the form's default).
  const proposer = await desk(browser, member.personNo.toLowerCase())
  await proposePledge(
    proposer,
    campaign.title,
    `未承诺名单测试 ${Date.now()}：每月走访辖区林农不少于4户`,
    '群众诉求件件有回音',
  )

  await secretary.getByRole('button', { name: '刷新' }).click()
  await expect(row).toHaveCount(0)
  await expect(list.locator('.el-table__row')).toHaveCount(outstanding - 1)
  await shot(secretary, 'secretary-not-pledged-after')
})
