import { type APIRequestContext } from '@playwright/test'
import { currentQuarter, quarterLabel, recentQuarters } from '../src/shared/quarters'
import { bearer, ok } from './api'
import { shot, signIn, signOut, tokenOf, tokenOfPage } from './support'
import { expect, test } from './refusals'

interface BureauSummary {
  bureauId: string
  summary: { surveyAnswers: number }
}

const BUREAUS = ['taojiang-fp', 'anhua-fp']
/** The names the demo seed registers (local/demo-bureaus.json): what the county office reads, never the ids. */
const NAMES: Record<string, string> = { 'taojiang-fp': '桃江县森林公安局', 'anhua-fp': '安化县森林公安局' }

/** Each bureau's answers in the county feed for the quarter, as the county office reads them. */
async function feedAnswers(
  request: APIRequestContext,
  countyToken: string,
  quarter: string,
): Promise<Record<string, number>> {
  const feed = await ok<BureauSummary[]>(
    await request.get(`/api/evaluation/county/feed?quarter=${quarter}`, bearer(countyToken)),
    'county feed',
  )
  const answers = (id: string) => feed.find((b) => b.bureauId === id)?.summary.surveyAnswers ?? 0
  return Object.fromEntries(BUREAUS.map((id) => [id, answers(id)]))
}

/**
 * An office survey of the office's bureau, answered by one of its members: the answer reaches the county feed as a
 * satisfaction-rated event (evaluation-service feed/FeedListener), so the bureau has figures for the quarter.
 */
async function answeredSurvey(
  request: APIRequestContext,
  officeToken: string,
  memberToken: string,
  title: string,
  quarter: string,
) {
  const survey = await ok<{ code: string }>(
    await request.post('/api/evaluation/surveys', {
      ...bearer(officeToken),
      data: { targetType: 'ZONE', targetId: `county-${Date.now()}`, title, quarter },
    }),
    `survey "${title}"`,
  )
  const answer = await request.post(`/api/evaluation/surveys/${survey.code}/answers`, {
    ...bearer(memberToken),
    data: { rating: 'SATISFIED', opinion: '民警办事热情，效率高' },
  })
  expect(answer.status(), `answer to "${title}"`).toBe(201)
}

/** The newest quarter the county page offers in which one of the demo bureaus has no row in the feed. */
async function quietQuarter(
  request: APIRequestContext,
  countyToken: string,
): Promise<{ quarter: string; bureau: string }> {
  for (const quarter of recentQuarters(8)) {
    const feed = await ok<BureauSummary[]>(
      await request.get(`/api/evaluation/county/feed?quarter=${quarter}`, bearer(countyToken)),
      `county feed of ${quarter}`,
    )
    const bureau = BUREAUS.find((id) => !feed.some((row) => row.bureauId === id))
    if (bureau) return { quarter, bureau }
  }
  throw new Error('every demo bureau has figures in every quarter the county page offers')
}

test('the county office sees every bureau with figures, as charts and a table', async ({ page, request }) => {
  test.slow()
  const stamp = Date.now()
  const title = `窗口服务群众满意度测评${stamp}`
  const quarter = currentQuarter()
  // Earlier runs' answers stay in the feed: only the count going up from here shows that this run's arrived.
  const before = await feedAnswers(request, await tokenOf(request, 'county'), quarter)

  await signIn(page, 'tj0005')
  await answeredSurvey(request, await tokenOfPage(page), await tokenOf(request, 'tj0011'), title, quarter)
  await answeredSurvey(
    request,
    await tokenOf(request, 'ah0005'),
    await tokenOf(request, 'ah0010'),
    `安化窗口服务测评${stamp}`,
    quarter,
  )

  await page.goto('/app/office/surveys')
  const row = page.locator('[data-test=surveys] .el-table__body-wrapper tr', { hasText: title })
  await expect(row).toContainText('100.0%')
  await row.getByRole('button', { name: '二维码' }).click()
  const qr = page.locator('[data-test=survey-qr]')
  await expect(qr).toContainText(title)
  await expect(qr.locator('img')).toHaveAttribute('src', /^data:image\/png;base64,/)
  await expect(qr).toContainText('/public/evaluation/surveys/SV')
  await shot(page, 'office-surveys')
  await page.getByRole('button', { name: '关闭', exact: true }).click()
  await signOut(page)

  await signIn(page, 'county')
  await expect(page).toHaveURL(/\/app\/county$/)
  const county = await tokenOfPage(page)
  await expect
    .poll(
      async () => {
        const now = await feedAnswers(request, county, quarter)
        return Object.fromEntries(BUREAUS.map((id) => [id, now[id] - before[id]]))
      },
      { timeout: 60_000, message: "each bureau's answer of this run reaches the county feed" },
    )
    .toEqual({ 'taojiang-fp': 1, 'anhua-fp': 1 })

  await page.reload()
  await expect(page.locator('.el-aside')).toContainText('县委督导')
  const table = page.locator('[data-test=feed-table]')
  const rowOf = (bureau: string) => table.locator('.el-table__body-wrapper tr', { hasText: NAMES[bureau] })
  for (const bureau of BUREAUS) {
    await expect(rowOf(bureau)).toHaveCount(1)
  }
  await expect(table).not.toContainText('taojiang-fp')
  await expect(page.locator('[data-test=chart]')).toHaveCount(3)
  await expect(page.locator('[data-test=chart] canvas').first()).toBeVisible()
  await expect(page.locator('.el-loading-mask')).toBeHidden()
  await shot(page, 'county-dashboard')

  // A quarter of the selector in which a bureau did nothing: the feed has no row for it, the dashboard still does.
  const quiet = await quietQuarter(request, county)
  await page.locator('[data-test=quarter]').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: quarterLabel(quiet.quarter) }).click()
  await expect(page.locator('.el-card__header', { hasText: `${quarterLabel(quiet.quarter)}各局汇总` })).toBeVisible()
  for (const bureau of BUREAUS) {
    await expect(rowOf(bureau)).toHaveCount(1)
  }
  await expect(rowOf(quiet.bureau)).toContainText('暂无')
  await expect(page.locator('.el-loading-mask')).toBeHidden()
  await shot(page, 'county-dashboard-quiet-quarter')
  await signOut(page)

  await signIn(page, 'tj0006')
  await page.goto('/app/admin/roster')
  await expect(page.locator('[data-test=roster]')).toContainText('胡海燕')
  await shot(page, 'admin-roster')
})

test('the public board of a bureau is headed by its name', async ({ page }) => {
  await page.goto('/public/board/anhua-fp')
  await expect(page.locator('[data-test=board-title]')).toContainText('安化县森林公安局')
  await shot(page, 'public-board-title')
})
