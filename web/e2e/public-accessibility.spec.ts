import AxeBuilder from '@axe-core/playwright'
import { type APIRequestContext, type Page } from '@playwright/test'
import { currentQuarter } from '../src/shared/quarters'
import { approvePledge, bearer, inDays, ok, thisYear } from './api'
import { awardedPost, retire } from './posts'
import { shot, tokenOf } from './support'
import { expect, test } from './refusals'

/**
 * The public pages a plaque's or a board's QR code opens, checked with axe on a phone: no serious or critical
 * violation of WCAG 2.1 A/AA. The public reads and rates these without an account, often on an older phone and
 * with larger text, so what axe rates as serious (no name for a control, unreadable contrast) shuts people out.
 */

const BLOCKING = new Set(['serious', 'critical'])

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })

async function expectAccessible(page: Page, name: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const blocking = violations
    .filter((v) => BLOCKING.has(v.impact ?? ''))
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(blocking, `${name}: serious accessibility violations`).toEqual([])
}

/** An organisation pledge of anhua-fp, approved and on the board: its public page is what is checked. */
async function publishedPledge(request: APIRequestContext, stamp: number): Promise<string> {
  const secretary = await tokenOf(request, 'ah0004')
  const leader = await tokenOf(request, 'ah0001')
  const pledge = await ok<{ id: string }>(
    await request.post('/api/pledge/pledges', {
      ...bearer(secretary),
      data: {
        kind: 'ORGANISATION',
        campaignYear: thisYear(),
        organisationName: `中共安化县森林公安局党支部（${stamp}）`,
        items: [
          {
            content: '每月组织党员进村入户宣讲森林防火知识',
            responsiblePersonNo: 'AH0004',
            deadline: inDays(60),
            expectedEffect: '辖区群众森林防火知晓率明显提升',
          },
        ],
      },
    }),
    'organisation pledge',
  )
  await approvePledge(request, leader, pledge.id)
  const published = await ok<{ publication: { publicCode: string } }>(
    await request.post(`/api/pledge/pledges/${pledge.id}/publication`, { ...bearer(secretary), data: {} }),
    'publication',
  )
  return published.publication.publicCode
}

test('the public phone pages have no serious accessibility violations', async ({ page, request }) => {
  const stamp = Date.now()
  const title = `无障碍检查示范岗 ${stamp}`
  const { postId, plaqueCode } = await awardedPost(request, title, `A11Y-${stamp}`)
  const office = await tokenOf(request, 'tj0005')
  const survey = await ok<{ code: string }>(
    await request.post('/api/evaluation/surveys', {
      ...bearer(office),
      data: { targetType: 'POST', targetId: postId, title: `群众满意度测评：${title}`, quarter: currentQuarter() },
    }),
    'survey',
  )
  const zones = await ok<{ plaqueCode: string }[]>(
    await request.get('/public/zone/bureaus/taojiang-fp/plaques', { headers: { Accept: 'application/json' } }),
    'zone plaques',
  )
  expect(zones.length, 'the demo bureau has zone plaques').toBeGreaterThan(0)
  const pledgeCode = await publishedPledge(request, stamp)

  await page.goto('/public/board/taojiang-fp')
  await expect(page.locator('[data-test=board-post]').first()).toBeVisible()
  await expectAccessible(page, 'public board')

  await page.goto(`/public/post/plaques/${plaqueCode}`)
  await expect(page.locator('[data-test=plaque-title]')).toHaveText(title)
  await expectAccessible(page, 'post plaque page')

  await page.goto(`/public/zone/plaques/${zones[0].plaqueCode}`)
  await expect(page.getByRole('heading').first()).toBeVisible()
  await expectAccessible(page, 'zone plaque page')

  await page.goto(`/public/pledge/pledges/${pledgeCode}`)
  await expect(page.getByText('每月组织党员进村入户宣讲森林防火知识')).toBeVisible()
  await expectAccessible(page, 'pledge page')

  await page.goto(`/public/evaluation/surveys/${survey.code}`)
  await expect(page.getByRole('button', { name: '提交评议' })).toBeVisible()
  await expectAccessible(page, 'survey form')
  await shot(page, 'public-survey-form-phone')

  await retire(request, postId)
})
