import { expect, type APIRequestContext, type APIResponse } from '@playwright/test'
import { solve } from '../src/public/proofOfWork'
import { todayInChina } from '../src/shared/dates'

/** Setting up and checking data through the API, where the UI is not what a test is about. */

// The client's own calendar, so a test's "today" and "this year" are the ones its pages offer.
export { currentYear as thisYear, todayInChina } from '../src/shared/dates'

export const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } })

/** The body of a successful answer; any other fails the test, saying what was asked and what came back. */
export async function ok<T>(response: APIResponse, what: string): Promise<T> {
  expect(response.ok(), `${what}: ${response.status()} ${await response.text()}`).toBeTruthy()
  return (response.status() === 204 ? undefined : await response.json()) as T
}

/** The leadership's review of a pledge item with every check passed (pledge-service's five review checks). */
export const ALL_CHECKS_PASS = {
  ADVANCED_NATURE: true,
  CENTRAL_WORK: true,
  POST_DUTIES: true,
  MASSES_WISHES: true,
  FEASIBLE: true,
}

/** The leadership (`leader`, a token) approves a submitted pledge, each of the items `itemNos` passing every check. */
export async function approvePledge(request: APIRequestContext, leader: string, pledgeId: string, itemNos = [1]) {
  await ok(
    await request.post(`/api/pledge/pledges/${pledgeId}/review`, {
      ...bearer(leader),
      data: { decision: 'APPROVE', items: itemNos.map((itemNo) => ({ itemNo, checks: ALL_CHECKS_PASS })) },
    }),
    'approval',
  )
}

/** The date `days` after today in China, as the API writes dates. */
export function inDays(days: number): string {
  const date = new Date(`${todayInChina()}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().substring(0, 10)
}

/**
 * A survey ticket request as the survey page makes it: the survey's challenge, solved with the page's own solver, so
 * a test asking for a ticket pays the same proof of work as a phone.
 */
export async function solvedTicketRequest(request: APIRequestContext, survey: string, deviceId: string) {
  const { challenge, bits } = await ok<{ challenge: string; bits: number }>(
    await request.get(`/public/evaluation/surveys/${survey}/challenge`, { headers: { Accept: 'application/json' } }),
    'survey challenge',
  )
  return { deviceId, challenge, nonce: await solve(challenge, bits, false) }
}

interface NewSurvey {
  targetType: 'POST' | 'ZONE' | 'PLEDGE'
  targetId: string
  title: string
  quarter: string
}

/**
 * The quarter's survey of a target: the one the office opens, or — refused with 409 — the one evaluation-service's
 * quarterly job opened for it first, as it does for every live target (docs/api.md, "Quarterly surveys").
 */
export async function quarterSurvey(
  request: APIRequestContext,
  office: string,
  body: NewSurvey,
): Promise<{ code: string }> {
  const created = await request.post('/api/evaluation/surveys', { ...bearer(office), data: body })
  if (created.status() !== 409) return ok<{ code: string }>(created, 'survey')
  const surveys = await ok<(NewSurvey & { code: string })[]>(
    await request.get('/api/evaluation/surveys', bearer(office)),
    'surveys',
  )
  const automatic = surveys.find(
    (s) => s.targetType === body.targetType && s.targetId === body.targetId && s.quarter === body.quarter,
  )
  expect(automatic, `the ${body.quarter} survey of ${body.targetId}`).toBeDefined()
  return automatic!
}
