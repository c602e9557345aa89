import { expect, test, type APIRequestContext } from '@playwright/test'
import { currentQuarter } from '../src/shared/quarters'
import { bearer, ok, todayInChina } from './api'
import { shot, tokenOf } from './support'

const BUREAU = 'taojiang-fp'
const STATEMENTS = {
  IMAGE_PACESETTER: '业务办理争先创优，办件量和群众好评率走在前列',
  IMAGE_DEDICATION: '坚守窗口岗位，节假日轮值不断档',
  IMAGE_SERVICE: '主动为行动不便的群众上门办理林木采伐许可',
  IMAGE_PUBLIC_SERVANT: '不收群众一分钱、不吃群众一顿饭',
  LOVES_THE_JOB: '熟练掌握窗口各项业务流程',
  KNOWS_THE_POLICIES: '准确解答林业政策咨询，一次告知到位',
  ACTS_BY_LAW: '严格按照法定程序和时限办理',
  KEEPS_DISCIPLINE: '严守廉洁纪律和工作纪律',
  DOWN_TO_EARTH: '件件有回音、事事有着落',
  DIGNIFIED_CONDUCT: '着装规范、文明用语、热情接待',
}
const LIVE = ['NOMINATED', 'ESTABLISHED', 'AWARDED']

interface Person {
  personNo: string
  partyMember: boolean
  active: boolean
}

interface Post {
  id: string
  holderPersonNo: string | null
  status: string
  plaque: { code: string } | null
}

/**
 * A party member who holds no model post and stands in no nomination: one holder per run, since data persists.
 * Taken from the end of the roster, away from the people the demo and other tests name.
 */
async function freeHolder(request: APIRequestContext, leader: string): Promise<string> {
  const people = await ok<Person[]>(await request.get('/api/zone/people', bearer(leader)), 'roster')
  const posts = await ok<Post[]>(await request.get('/api/post/posts', bearer(leader)), 'posts')
  const taken = new Set(posts.filter((p) => LIVE.includes(p.status)).map((p) => p.holderPersonNo))
  const free = people
    .filter((p) => p.partyMember && p.active && !taken.has(p.personNo))
    .map((p) => p.personNo)
    .sort()
    .reverse()
  expect(free.length, 'a party member of taojiang-fp without a model post').toBeGreaterThan(0)
  return free[0]
}

/** An individual model post, elected as the only candidate and awarded its plaque; returns its id and plaque code. */
async function awardedPost(request: APIRequestContext, title: string, plaqueNo: string) {
  const leader = await tokenOf(request, 'tj0001')
  const secretary = await tokenOf(request, 'tj0008')
  const holder = await freeHolder(request, leader)
  const post = await ok<Post>(
    await request.post('/api/post/posts', {
      ...bearer(secretary),
      data: {
        kind: 'INDIVIDUAL',
        title,
        holderPersonNo: holder,
        statements: STATEMENTS,
      },
    }),
    'nomination',
  )
  // One election is open per bureau at a time; another test may hold the slot for a moment.
  let election: { id: string } | undefined
  await expect
    .poll(
      async () => {
        const response = await request.post('/api/post/elections', {
          ...bearer(secretary),
          data: { title: `民主推选 ${title}`, candidatePostIds: [post.id], seats: 1 },
        })
        if (response.status() === 201) election = await response.json()
        else expect(response.status(), await response.text()).toBe(409)
        return response.status()
      },
      { timeout: 60_000, intervals: [2_000] },
    )
    .toBe(201)
  await ok(
    await request.post(`/api/post/elections/${election!.id}/ballots`, { ...bearer(secretary), data: { choices: [post.id] } }),
    'ballot',
  )
  await ok(await request.post(`/api/post/elections/${election!.id}/close`, { ...bearer(secretary), data: {} }), 'close')
  await expect
    .poll(async () => (await ok<Post>(await request.get(`/api/post/posts/${post.id}`, bearer(leader)), 'post')).status)
    .toBe('ESTABLISHED')
  const awarded = await ok<Post>(
    await request.post(`/api/post/posts/${post.id}/plaque`, {
      ...bearer(leader),
      data: { plaqueNo, awardedOn: todayInChina() },
    }),
    'plaque',
  )
  return { postId: post.id, plaqueCode: awarded.plaque!.code }
}

interface Results {
  survey: { answers: number }
}

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })

test('answers a survey on a phone-sized viewport', async ({ page, request }) => {
  const stamp = Date.now()
  const title = `便民服务窗口示范岗 ${stamp}`
  const { postId, plaqueCode } = await awardedPost(request, title, `E2E-${stamp}`)

  const office = await tokenOf(request, 'tj0005')
  const survey = await ok<{ code: string }>(
    await request.post('/api/evaluation/surveys', {
      ...bearer(office),
      data: { targetType: 'POST', targetId: postId, title: `群众满意度测评：${title}`, quarter: currentQuarter() },
    }),
    'survey',
  )
  // The plaque's survey link finds the survey once evaluation-service has heard of the award.
  await expect
    .poll(async () => {
      const open = await ok<{ code: string }[]>(
        await request.get(`/public/evaluation/surveys?plaque=${plaqueCode}`, { headers: { Accept: 'application/json' } }),
        'open surveys',
      )
      return open.map((s) => s.code)
    }, { timeout: 30_000 })
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
    await request.post(`/public/evaluation/surveys/${survey.code}/tickets`, { data: { deviceId } }),
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
})
