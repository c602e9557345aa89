import { currentQuarter } from '../src/shared/quarters'
import { bearer, ok, quarterSurvey, solvedTicketRequest } from './api'
import { awardedPost, retire } from './posts'
import { shot, tokenOf } from './support'
import { expect, test } from './refusals'

const BUREAU = 'taojiang-fp'

interface Results {
  survey: { answers: number }
}

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })

test('answers a survey on a phone-sized viewport', async ({ page, request }) => {
  const stamp = Date.now()
  const title = `便民服务窗口示范岗 ${stamp}`
  const { postId, plaqueCode } = await awardedPost(request, title, `E2E-${stamp}`)

  const office = await tokenOf(request, 'tj0005')
  const survey = await quarterSurvey(request, office, {
    targetType: 'POST',
    targetId: postId,
    title: `群众满意度测评：${title}`,
    quarter: currentQuarter(),
  })
  // The plaque's survey link finds the survey once evaluation-service has heard of the award.
  await expect
    .poll(
      async () => {
        const open = await ok<{ code: string }[]>(
          await request.get(`/public/evaluation/surveys?plaque=${plaqueCode}`, {
            headers: { Accept: 'application/json' },
          }),
          'open surveys',
        )
        return open.map((s) => s.code)
      },
      { timeout: 30_000 },
    )
    .toContain(survey.code)

  await page.goto(`/public/post/plaques/${plaqueCode}`)
  await expect(page.locator('[data-test=plaque-title]')).toHaveText(title)
  await expect(page.getByText(`E2E-${stamp}`)).toBeVisible()
  await expect(page.getByRole('img', { name: '本岗位公示二维码' })).toBeVisible()
  await shot(page, 'public-plaque-phone')

  await page.getByRole('button', { name: '满意度评议' }).tap()
  await expect(page).toHaveURL(new RegExp(`/public/evaluation/surveys\\?plaque=${plaqueCode}$`))
  await page.getByText(`群众满意度测评：${title}`).tap()
  await expect(page).toHaveURL(new RegExp(`/public/evaluation/surveys/${survey.code}$`))

  await page.getByText('满意', { exact: true }).tap()
  await page.getByPlaceholder('请写下您的意见或建议').fill('窗口办事快，态度好。')
  await page.getByRole('button', { name: '提交评议' }).tap()
  await expect(page.getByText('已提交，感谢您的评议')).toBeVisible()
  await shot(page, 'public-survey-phone')

  const results = await ok<Results>(
    await request.get(`/api/evaluation/surveys/${survey.code}/results`, bearer(office)),
    'results',
  )
  expect(results.survey.answers).toBe(1)

  // The phone cannot answer twice: the page remembers it, and the server refuses this device's second answer.
  await page.reload()
  await expect(page.getByText('您已在本设备上参加过本次评议')).toBeVisible()
  const deviceId = await page.evaluate(() => localStorage.getItem('sangang.public.deviceId'))
  const ticket = await ok<{ ticket: string }>(
    await request.post(`/public/evaluation/surveys/${survey.code}/tickets`, {
      data: await solvedTicketRequest(request, survey.code, deviceId!),
    }),
    'ticket',
  )
  const again = await request.post(`/public/evaluation/surveys/${survey.code}/answers`, {
    data: { ticket: ticket.ticket, rating: 'DISSATISFIED' },
  })
  expect(again.status()).toBe(409)

  await page.goto(`/public/board/${BUREAU}`)
  await expect(page.locator('[data-test=board-post]').filter({ hasText: title })).toBeVisible()
  await shot(page, 'public-board-phone')
  await page.locator('[data-test=board-post]').filter({ hasText: title }).tap()
  await expect(page).toHaveURL(new RegExp(`/public/post/plaques/${plaqueCode}$`))

  await retire(request, postId)
})
