import { type APIRequestContext } from '@playwright/test'
import { approvePledge, bearer, inDays, ok, thisYear } from './api'
import { choose, desk, row } from './staff'
import { openMenu, shot, tokenOf } from './support'
import { expect, test } from './refusals'

const UNIT_HEAD = 'tj0004' // 陈晓东, head of 办公室 and of its responsibility zone
const OFFICE = 'tj0005'
const LEADER = 'tj0001'
/** The party members of 办公室 with an account, who may propose pledges; the ledger's unit part holds theirs. */
const UNIT_MEMBERS = ['TJ0005', 'TJ0004', 'TJ0003']
const IN_LEDGER = ['APPROVED', 'PUBLICIZED', 'EVALUATED']

interface Pledge {
  id: string
  kind: string
  proposerPersonNo: string
  status: string
  items: { no: number; content: string }[]
}

/**
 * Precondition, not under test: a pledge of someone in 办公室 that the leadership approved, so the unit's ledger has
 * items. Data persists between runs and a member files one pledge a year, so an approved one is reused; otherwise a
 * member of the unit without a pledge proposes one, or a submitted one is approved.
 */
async function approvedUnitPledge(request: APIRequestContext): Promise<string> {
  const leader = await tokenOf(request, LEADER)
  const year = thisYear()
  const pledges = await ok<Pledge[]>(await request.get(`/api/pledge/pledges?year=${year}`, bearer(leader)), 'pledges')
  const ofUnit = pledges.filter((p) => p.kind === 'MEMBER' && UNIT_MEMBERS.includes(p.proposerPersonNo))
  const approved = ofUnit.find((p) => IN_LEDGER.includes(p.status))
  if (approved) return approved.items[0].content
  let pledge = ofUnit.find((p) => p.status === 'SUBMITTED')
  if (!pledge) {
    const free = UNIT_MEMBERS.find((m) => !ofUnit.some((p) => p.proposerPersonNo === m))
    expect(free, 'a member of 办公室 who can still pledge this year').toBeTruthy()
    const member = await tokenOf(request, free!.toLowerCase())
    pledge = await ok<Pledge>(
      await request.post('/api/pledge/pledges', {
        ...bearer(member),
        data: {
          kind: 'MEMBER',
          campaignYear: year,
          items: [
            {
              content: `来信来访件件登记、按期答复 ${Date.now()}`,
              responsiblePersonNo: free,
              deadline: inDays(45),
              expectedEffect: '群众来信来访按期答复率100%',
            },
          ],
        },
      }),
      'proposal',
    )
  }
  await approvePledge(
    request,
    leader,
    pledge.id,
    pledge.items.map((i) => i.no),
  )
  return pledge.items[0].content
}

test('a unit head keeps the zone log, reports to the office and follows the unit pledges', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000)
  const stamp = Date.now()
  const logText = `走访桃花江镇群众 5 户，收集作风意见 2 条 ${stamp}`
  const title = `办公室责任区来信来访典型案例 ${stamp}`
  const pledgeContent = await approvedUnitPledge(request)

  const head = await desk(browser, UNIT_HEAD)
  await expect(head.locator('.el-sub-menu__title', { hasText: '责任区负责人' })).toBeVisible()

  // 工作日志: the head reads the zone's log and writes an entry of their own.
  await openMenu(head, '责任区负责人', '责任区工作日志')
  await expect(head).toHaveURL(/\/app\/unit-head\/work-logs$/)
  await expect(head.getByText('办公室党员责任区 · 记录工作日志')).toBeVisible()
  await choose(head, head.locator('[data-test=log-duty]'), '访基层群众、问干部作风')
  await head.locator('[data-test=log-content]').fill(logText)
  await head.locator('[data-test=save-log]').click()
  await expect(row(head, 'zone-logs', logText)).toContainText('陈晓东')
  await shot(head, 'unit-head-work-logs')

  // 书面报告: written and submitted to the education-practice office.
  await openMenu(head, '责任区负责人', '书面报告')
  await expect(head).toHaveURL(/\/app\/unit-head\/reports$/)
  await head.locator('[data-test=report-kind]').getByText('典型案例').click()
  await head.locator('[data-test=report-title]').fill(title)
  await head
    .locator('[data-test=report-body]')
    .fill('群众反映林区道路损毁，责任区当日受理、三日内协调修复并回访，群众满意。')
  await head.locator('[data-test=submit-report]').click()
  await head.locator('.el-message-box').getByRole('button', { name: '提交' }).click()
  await expect(row(head, 'my-reports', title).locator('[data-test=report-status]')).toHaveText('待收阅')

  // The office receives it (its own screen, ReportsPage).
  const office = await desk(browser, OFFICE)
  await office.goto('/app/office/reports')
  await row(office, 'reports', title).getByRole('button', { name: title }).click()
  const drawer = office.locator('.el-drawer')
  await drawer.locator('textarea').fill('已收阅，做法可在各责任区推广。')
  await drawer.getByRole('button', { name: '收阅' }).click()
  await expect(drawer.getByText('收阅：')).toBeVisible()

  // The head sees what became of it.
  await head.reload()
  await expect(row(head, 'my-reports', title).locator('[data-test=report-status]')).toHaveText('已收阅')
  await shot(head, 'unit-head-reports')

  // The pledges of the unit's people, with state, deadline and overdue flag.
  await openMenu(head, '责任区负责人', '本单位承诺')
  await expect(head).toHaveURL(/\/app\/unit-head\/pledges$/)
  await expect(head.getByRole('heading', { name: '办公室党员承诺践诺' })).toBeVisible()
  await expect(row(head, 'unit-pledges', pledgeContent)).toBeVisible()
  await shot(head, 'unit-head-pledges')
})
