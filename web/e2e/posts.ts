import { expect, type APIRequestContext } from '@playwright/test'
import { bearer, ok, todayInChina } from './api'
import { tokenOf } from './support'

/** Model posts set up through the API, for tests whose subject is what comes after the award. */

export const STATEMENTS = {
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
 * Taken from the end of the roster, away from the people the demo and other tests name (the demo's elected posts,
 * seeded by post-service, hold the plain members the rewards test signs in as).
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

/**
 * An individual model post, elected today as the only candidate and awarded its plaque today (the day it was
 * established, the earliest a plaque may be dated), held by a free party member; returns its id, plaque code and
 * holder.
 */
export async function awardedPost(request: APIRequestContext, title: string, plaqueNo: string) {
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
    await request.post(`/api/post/elections/${election!.id}/ballots`, {
      ...bearer(secretary),
      data: { choices: [post.id] },
    }),
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
  return { postId: post.id, plaqueCode: awarded.plaque!.code, holder }
}

interface DemoPost {
  id: string
  kind: string
  status: string
  title: string
  holderPersonNo: string | null
  establishment: { meetingDate: string | null; at: string } | null
}

/** The first day of a quarter ("2026-Q3" → 2026-07-01). */
function firstDay(quarter: string): string {
  const [year, q] = quarter.split('-Q').map(Number)
  return `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`
}

/** The day a post was established: the 局务会's date, or the election's closing on the bureau's calendar. */
function establishedOn(post: DemoPost): string {
  const { meetingDate, at } = post.establishment!
  return meetingDate ?? new Date(at).toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' })
}

/**
 * An elected post of the demo data (post-service DemoPosts: established quarters back, topped up at every start) that
 * has no plaque yet, awarded its plaque by the leader on the first day of `quarter`: of the posts established by then
 * whose holder `holds` accepts, the first by holder in `order` (tests that each use one take them from opposite ends).
 * Returns the post and its plaque's code.
 */
export async function awardedDemoPost(
  request: APIRequestContext,
  leader: string,
  {
    quarter,
    plaqueNo,
    holds,
    order,
  }: { quarter: string; plaqueNo: string; holds: (personNo: string) => boolean; order: 'first' | 'last' },
) {
  const awardedOn = firstDay(quarter)
  const posts = await ok<DemoPost[]>(await request.get('/api/post/posts', bearer(leader)), 'posts')
  const post = posts
    .filter((p) => p.kind === 'INDIVIDUAL' && p.status === 'ESTABLISHED' && p.establishment !== null)
    .filter((p) => holds(p.holderPersonNo!) && establishedOn(p) <= awardedOn)
    .sort((a, b) => (order === 'first' ? 1 : -1) * a.holderPersonNo!.localeCompare(b.holderPersonNo!))[0]
  expect(
    post,
    'an elected demo post without a plaque (post-service seeds them at start; each run uses one)',
  ).toBeDefined()
  const awarded = await ok<{ plaque: { code: string } }>(
    await request.post(`/api/post/posts/${post.id}/plaque`, { ...bearer(leader), data: { plaqueNo, awardedOn } }),
    'plaque',
  )
  return { post, plaqueCode: awarded.plaque.code }
}

/** The leader's quarterly assessment of a post. */
export async function assess(
  request: APIRequestContext,
  leader: string,
  postId: string,
  assessment: {
    quarter: string
    result: 'PASS' | 'FAIL'
    findings: string
    remedy: 'NONE' | 'RECTIFY'
    deadline?: string
  },
) {
  await ok(
    await request.post(`/api/post/posts/${postId}/assessments`, { ...bearer(leader), data: assessment }),
    `assessment of ${assessment.quarter}`,
  )
}

/**
 * Ends a test's post with a veto, which frees its holder for later runs on the same data (a holder keeps one live
 * post; the seeded ones are topped up at the next start of post-service).
 */
export async function retire(request: APIRequestContext, postId: string) {
  const leader = await tokenOf(request, 'tj0001')
  await ok(
    await request.post(`/api/post/posts/${postId}/veto`, {
      ...bearer(leader),
      data: { cause: 'VETO_IMAGE', facts: '浏览器测试结束，撤销测试用示范岗' },
    }),
    'veto',
  )
}
