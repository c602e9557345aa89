import { type APIRequestContext, type Browser, type Page } from '@playwright/test'
import { quarterLabel, recentQuarters } from '../src/shared/quarters'
import { bearer, ok } from './api'
import { shot, signIn, tokenOf } from './support'
import { expect, test, watchRefusals } from './refusals'

interface Zone {
  zoneId: string
  plaqueCode: string
  name: string
}

interface Survey {
  code: string
  targetType: string
  targetId: string
  quarter: string
  answers: number
}

/**
 * A zone of taojiang-fp and a quarter the office can still survey it for. Data persists between runs and a zone has
 * one survey per quarter: the demo's zones times the quarters the dialog offers leave room for many runs.
 */
async function unsurveyedZone(office: string, request: APIRequestContext) {
  const zones = await ok<Zone[]>(await request.get('/api/zone/zones', bearer(office)), 'zones')
  const surveys = await ok<Survey[]>(await request.get('/api/evaluation/surveys', bearer(office)), 'surveys')
  for (const quarter of recentQuarters(4)) {
    const zone = zones.find(
      (z) => !surveys.some((s) => s.targetType === 'ZONE' && s.targetId === z.zoneId && s.quarter === quarter),
    )
    if (zone) return { zone, quarter }
  }
  throw new Error('every zone of taojiang-fp has a survey in each of the last four quarters')
}

/** The public's phone, apart from the office's desk. */
async function phone(browser: Browser): Promise<Page> {
  const { baseURL, locale, timezoneId } = test.info().project.use
  const context = await browser.newContext({
    baseURL,
    locale,
    timezoneId,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  })
  watchRefusals(context)
  return context.newPage()
}

test('a zone survey the office opens is found and answered from the zone plaque on a phone', async ({
  page,
  browser,
  request,
}) => {
  const office = await tokenOf(request, 'tj0005')
  const { zone, quarter } = await unsurveyedZone(office, request)
  const title = `${quarterLabel(quarter)}${zone.name}群众满意度测评`

  await signIn(page, 'tj0005')
  await page.goto('/app/office/surveys')
  await page.getByRole('button', { name: '发起测评' }).click()
  const dialog = page.getByRole('dialog', { name: '发起满意度测评' })
  await dialog.getByText('党员责任区', { exact: true }).click()
  await dialog.locator('.el-form-item', { hasText: '测评对象' }).locator('.el-select').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: zone.name }).click()
  await dialog.locator('.el-form-item', { hasText: '测评季度' }).locator('.el-select').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: quarterLabel(quarter) }).click()
  await dialog.locator('input[name=title]').fill(title)
  await dialog.getByRole('button', { name: '发起' }).click()
  await expect(page.getByText('测评已发起')).toBeVisible()
  await expect(page.locator('[data-test=surveys] .el-table__row', { hasText: title }).first()).toBeVisible()

  const surveys = await ok<Survey[]>(await request.get('/api/evaluation/surveys', bearer(office)), 'surveys')
  const survey = surveys.find((s) => s.targetType === 'ZONE' && s.targetId === zone.zoneId && s.quarter === quarter)
  expect(survey, 'the survey the office opened').toBeTruthy()

  // The plaque's survey link finds the survey once evaluation-service has heard of the zone (zone-drawn).
  await expect
    .poll(
      async () => {
        const open = await ok<{ code: string }[]>(
          await request.get(`/public/evaluation/surveys?plaque=${zone.plaqueCode}`, {
            headers: { Accept: 'application/json' },
          }),
          'open surveys',
        )
        return open.map((s) => s.code)
      },
      { timeout: 30_000 },
    )
    .toContain(survey!.code)

  const mobile = await phone(browser)
  await mobile.goto(`/public/zone/plaques/${zone.plaqueCode}`)
  await expect(mobile.locator('[data-test=zone-name]')).toHaveText(zone.name)
  await expect(mobile.getByRole('img', { name: '本责任区公示二维码' })).toBeVisible()
  await shot(mobile, 'public-zone-plaque-phone')

  await mobile.locator('[data-test=zone-survey-link]').tap()
  await expect(mobile).toHaveURL(new RegExp(`/public/evaluation/surveys\\?plaque=${zone.plaqueCode}$`))
  await expect(mobile.locator('[data-test=survey-entry]', { hasText: title })).toBeVisible()
  await shot(mobile, 'public-zone-surveys-phone')
  await mobile.locator('[data-test=survey-entry]', { hasText: title }).tap()
  await expect(mobile).toHaveURL(new RegExp(`/public/evaluation/surveys/${survey!.code}$`))

  await mobile.getByText('满意', { exact: true }).tap()
  await mobile.getByPlaceholder('请写下您的意见或建议').fill('责任区党员常来走访，问题解决得快。')
  await mobile.getByRole('button', { name: '提交评议' }).tap()
  await expect(mobile.getByText('已提交，感谢您的评议')).toBeVisible()

  const results = await ok<{ survey: { answers: number } }>(
    await request.get(`/api/evaluation/surveys/${survey!.code}/results`, bearer(office)),
    'results',
  )
  expect(results.survey.answers).toBe(1)
})
