import { inDays } from './api'

/**
 * Who may call each operation that needs a token, and a well-formed request for it made of taojiang-fp's real ids —
 * the table the security sweep (security-sweep.spec.ts) runs against the operations the gateway's specs list. The
 * roles are docs/api.md's "who" column of each API; a relation on top of a role (a member of that zone, the head of that
 * zone, the member responsible for an item, a person's own entry) is the services' own suites' business: the ids
 * below are chosen so that no demo account holds such a relation by accident.
 *
 * Requests are well-formed on purpose: a body that fails validation would be refused with 400 before the role or
 * the bureau is ever checked, and prove nothing.
 */

export type Role = 'MEMBER' | 'UNIT_HEAD' | 'LEADER' | 'SECRETARY' | 'OFFICE' | 'ADMIN' | 'COUNTY'

export const BUREAU_ROLES: readonly Role[] = ['MEMBER', 'UNIT_HEAD', 'LEADER', 'SECRETARY', 'OFFICE', 'ADMIN']
const EVERYONE: readonly Role[] = [...BUREAU_ROLES, 'COUNTY']
const ROSTER_READERS: readonly Role[] = ['ADMIN', 'LEADER', 'SECRETARY', 'OFFICE', 'UNIT_HEAD']
const HISTORY_READERS: readonly Role[] = ['LEADER', 'OFFICE']

/** Real ids of taojiang-fp, read with rightful tokens before the sweep. */
export interface Ids {
  bureau: string
  /** A unit whose code anhua-fp does not also use, and in which no sweeping account works. */
  unit: string
  unitHead: string
  /** An active party member who holds no demo account, so no sweeping account reads "its own" entry. */
  person: string
  /** A zone no demo account heads. */
  zone: string
  report: string
  post: string
  election: string
  pledge: string
  survey: string
  zonePlaque: string
  postPlaque: string
  pledgeCode: string
  /** An account no browser test signs in with. */
  account: string
  year: number
  quarter: string
  today: string
}

export interface Call {
  path?: Record<string, string | number>
  query?: Record<string, string | number>
  body?: unknown
}

export interface Rule {
  roles: readonly Role[]
  call?: (ids: Ids) => Call
  /** Why its answer may change during the sweep with nobody calling: then it is not compared before and after. */
  changesOnItsOwn?: string
}

const STATEMENTS = Object.fromEntries(
  [
    'IMAGE_PACESETTER',
    'IMAGE_DEDICATION',
    'IMAGE_SERVICE',
    'IMAGE_PUBLIC_SERVANT',
    'LOVES_THE_JOB',
    'KNOWS_THE_POLICIES',
    'ACTS_BY_LAW',
    'KEEPS_DISCIPLINE',
    'DOWN_TO_EARTH',
    'DIGNIFIED_CONDUCT',
  ].map((standard) => [standard, '安全扫描：不应被接受']),
)
const ALL_CHECKS_PASS = { ADVANCED_NATURE: true, CENTRAL_WORK: true, POST_DUTIES: true, MASSES_WISHES: true, FEASIBLE: true }
const REASON = { reason: '安全扫描：不应被接受' }
const INBOX = 'reminders arrive on the scans of zone-, post- and pledge-service, whenever something falls due'

const zoneDraft = (ids: Ids) => ({
  unitCode: ids.unit,
  name: '安全扫描责任区',
  headPersonNo: ids.unitHead,
  mainTasks: ['安全扫描'],
  members: [{ personNo: ids.unitHead, responsibility: '安全扫描' }],
})
const pledgeItems = (ids: Ids) => [
  { content: '安全扫描', responsiblePersonNo: ids.person, deadline: inDays(30), expectedEffect: '安全扫描' },
]

/** Keyed `METHOD path` exactly as the specs write them. */
export const RULES: Record<string, Rule> = {
  // gateway: the account's own session, and the bureau's accounts
  'GET /auth/me': { roles: EVERYONE },
  'POST /auth/password': {
    roles: EVERYONE,
    call: () => ({ body: { currentPassword: 'not-the-password-1', newPassword: 'Sweep-never-set-1' } }),
  },
  // The leadership and the office read the accounts and their history; only the administrator changes them.
  'GET /api/accounts': { roles: ['ADMIN', ...HISTORY_READERS] },
  'GET /api/accounts/{id}': { roles: ['ADMIN', ...HISTORY_READERS], call: (ids) => ({ path: { id: ids.account } }) },
  'POST /api/accounts': {
    roles: ['ADMIN'],
    call: (ids) => ({
      body: { username: 'sweep-probe', personNo: ids.person, roles: ['MEMBER'], initialPassword: 'Never-used-2026' },
    }),
  },
  'PUT /api/accounts/{id}/roles': {
    roles: ['ADMIN'],
    call: (ids) => ({ path: { id: ids.account }, body: { roles: ['MEMBER', 'ADMIN'], ...REASON } }),
  },
  'POST /api/accounts/{id}/disable': { roles: ['ADMIN'], call: (ids) => ({ path: { id: ids.account }, body: REASON }) },
  'POST /api/accounts/{id}/enable': { roles: ['ADMIN'], call: (ids) => ({ path: { id: ids.account }, body: REASON }) },
  'POST /api/accounts/{id}/reset-password': {
    roles: ['ADMIN'],
    call: (ids) => ({ path: { id: ids.account }, body: { newPassword: 'Sweep-never-set-1', ...REASON } }),
  },

  // zone-service
  'GET /api/zone/bureau': { roles: BUREAU_ROLES },
  'PUT /api/zone/bureau': { roles: ['ADMIN'], call: () => ({ body: { name: '安全扫描', ...REASON } }) },
  'GET /api/zone/bureaus': { roles: ['COUNTY'] },
  'GET /api/zone/units': { roles: ROSTER_READERS },
  'POST /api/zone/units': {
    roles: ['ADMIN'],
    call: () => ({ body: { code: 'sweep-unit', name: '安全扫描单位', kind: 'SECTION' } }),
  },
  'PUT /api/zone/units/{code}': {
    roles: ['ADMIN'],
    call: (ids) => ({ path: { code: ids.unit }, body: { name: '安全扫描单位', kind: 'SECTION', headPersonNo: ids.unitHead } }),
  },
  'GET /api/zone/people': { roles: ROSTER_READERS },
  'POST /api/zone/people': {
    roles: ['ADMIN'],
    call: (ids) => ({ body: { personNo: 'SWEEP0001', name: '安全扫描', unitCode: ids.unit, partyMember: true } }),
  },
  'GET /api/zone/people/{personNo}': { roles: ROSTER_READERS, call: (ids) => ({ path: { personNo: ids.person } }) },
  'PUT /api/zone/people/{personNo}': {
    roles: ['ADMIN'],
    call: (ids) => ({
      path: { personNo: ids.person },
      body: { name: '安全扫描', unitCode: ids.unit, partyMember: false, position: '安全扫描' },
    }),
  },
  'POST /api/zone/people/{personNo}/leave': {
    roles: ['ADMIN'],
    call: (ids) => ({ path: { personNo: ids.person }, body: REASON }),
  },
  'GET /api/zone/people.xlsx': { roles: ROSTER_READERS },
  'GET /api/zone/people/import-template.xlsx': { roles: ['ADMIN'] },
  // No workbook: the role is checked before the file, and a preview writes nothing (RosterSheetApiTest imports).
  'POST /api/zone/people/import': { roles: ['ADMIN'], call: () => ({ query: { mode: 'preview' } }) },
  'GET /api/zone/activists': { roles: ROSTER_READERS },
  'PUT /api/zone/people/{personNo}/activist': {
    roles: ['ADMIN'],
    call: (ids) => ({ path: { personNo: ids.person }, body: { mentorPersonNo: ids.unitHead, since: ids.today } }),
  },
  'POST /api/zone/people/{personNo}/activist/withdraw': {
    roles: ['ADMIN'],
    call: (ids) => ({ path: { personNo: ids.person }, body: REASON }),
  },
  'GET /api/zone/membership/people/{personNo}': { roles: BUREAU_ROLES, call: (ids) => ({ path: { personNo: ids.person } }) },
  'GET /api/zone/membership/party-members': { roles: ROSTER_READERS },
  // A plain member reads their own unit too (zone-service's MembershipApiTest); no sweeping account works in ids.unit.
  'GET /api/zone/membership/units/{unitCode}': { roles: ROSTER_READERS, call: (ids) => ({ path: { unitCode: ids.unit } }) },
  'GET /api/zone/zones': { roles: BUREAU_ROLES },
  'POST /api/zone/zones': { roles: ['ADMIN'], call: (ids) => ({ body: zoneDraft(ids) }) },
  'GET /api/zone/zones/{zoneId}': { roles: BUREAU_ROLES, call: (ids) => ({ path: { zoneId: ids.zone } }) },
  'PUT /api/zone/zones/{zoneId}': {
    roles: ['ADMIN'],
    call: (ids) => ({ path: { zoneId: ids.zone }, body: zoneDraft(ids) }),
  },
  'POST /api/zone/zones/{zoneId}/dissolve': {
    roles: ['ADMIN'],
    call: (ids) => ({ path: { zoneId: ids.zone }, body: REASON }),
  },
  'GET /api/zone/my-zone': { roles: BUREAU_ROLES },
  'GET /api/zone/coverage': { roles: ['ADMIN', 'LEADER', 'SECRETARY', 'OFFICE'] },
  'GET /api/zone/coverage.xlsx': { roles: ['ADMIN', 'LEADER', 'SECRETARY', 'OFFICE'] },
  // The 责任区 screen's readers; every bureau role reads the zones as JSON for its own zone and the plaque pages.
  'GET /api/zone/zones.xlsx': { roles: ['ADMIN', 'LEADER', 'OFFICE'] },
  // Written by members of the zone: party members, so MEMBER.
  'POST /api/zone/work-logs': {
    roles: ['MEMBER'],
    call: (ids) => ({ body: { zoneId: ids.zone, date: ids.today, duty: 'VISIT_MASSES', content: '安全扫描' } }),
  },
  // Also the zone's head, whom no sweeping account is (Ids.zone).
  'GET /api/zone/work-logs': {
    roles: ['LEADER', 'SECRETARY', 'OFFICE'],
    call: (ids) => ({ query: { zoneId: ids.zone } }),
  },
  'GET /api/zone/work-logs/mine': { roles: BUREAU_ROLES },
  'POST /api/zone/reports': {
    roles: ['UNIT_HEAD'],
    call: (ids) => ({ body: { zoneId: ids.zone, kind: 'EXPERIENCE', title: '安全扫描', body: '安全扫描' } }),
  },
  'GET /api/zone/reports': { roles: ['OFFICE', 'LEADER', 'UNIT_HEAD'] },
  'POST /api/zone/reports/{id}/acknowledge': {
    roles: ['OFFICE'],
    call: (ids) => ({ path: { id: ids.report }, body: { note: '安全扫描' } }),
  },
  'POST /api/zone/reports/{id}/publish': {
    roles: ['OFFICE'],
    call: (ids) => ({ path: { id: ids.report }, body: { publicTitle: '安全扫描', publicSummary: '安全扫描' } }),
  },
  'POST /api/zone/assessments': {
    roles: ['LEADER'],
    call: (ids) => ({
      body: { zoneId: ids.zone, quarter: ids.quarter, coreWorkScore: 1, problemSolvingScore: 1, serviceCapacityScore: 1 },
    }),
  },
  'GET /api/zone/assessments': { roles: ['LEADER', 'SECRETARY', 'OFFICE', 'UNIT_HEAD'] },
  'GET /api/zone/assessments.xlsx': {
    roles: ['LEADER', 'SECRETARY', 'OFFICE', 'UNIT_HEAD'],
    call: (ids) => ({ query: { quarter: ids.quarter } }),
  },
  'GET /api/zone/audit': { roles: HISTORY_READERS, call: (ids) => ({ query: { aggregateId: ids.zone } }) },

  // post-service
  'GET /api/post/assessment-settings': { roles: BUREAU_ROLES },
  'PUT /api/post/assessment-settings': {
    roles: ['LEADER'],
    call: () => ({ body: { minAnswers: 0, minRate: null, assessWithinLastDays: 0 } }),
  },
  'GET /api/post/election-rule': { roles: BUREAU_ROLES },
  'PUT /api/post/election-rule': { roles: ['SECRETARY'], call: () => ({ body: { winningRule: 'PLURALITY' } }) },
  'GET /api/post/posts': { roles: BUREAU_ROLES },
  // The register's readers (示范岗管理); every bureau role reads the posts as JSON for its own.
  'GET /api/post/posts.xlsx': { roles: ['SECRETARY', 'LEADER', 'UNIT_HEAD', 'OFFICE'] },
  'POST /api/post/posts': {
    roles: ['SECRETARY', 'LEADER', 'UNIT_HEAD'],
    call: (ids) => ({
      body: { kind: 'INDIVIDUAL', title: '安全扫描示范岗', holderPersonNo: ids.person, statements: STATEMENTS },
    }),
  },
  'GET /api/post/posts/{id}': { roles: BUREAU_ROLES, call: (ids) => ({ path: { id: ids.post } }) },
  'POST /api/post/posts/{id}/resolution': {
    roles: ['LEADER'],
    call: (ids) => ({ path: { id: ids.post }, body: { resolutionNo: '安全扫描', meetingDate: ids.today } }),
  },
  'POST /api/post/posts/{id}/plaque': {
    roles: ['LEADER'],
    call: (ids) => ({ path: { id: ids.post }, body: { plaqueNo: 'SWEEP-1', awardedOn: ids.today } }),
  },
  'POST /api/post/posts/{id}/assessments': {
    roles: ['LEADER'],
    call: (ids) => ({
      path: { id: ids.post },
      body: { quarter: ids.quarter, result: 'FAIL', findings: '安全扫描', remedy: 'ADJUST' },
    }),
  },
  'POST /api/post/posts/{id}/assessments/{quarter}/rectified': {
    roles: ['LEADER', 'SECRETARY'],
    call: (ids) => ({ path: { id: ids.post, quarter: ids.quarter }, body: { note: '安全扫描' } }),
  },
  'POST /api/post/posts/{id}/veto': {
    roles: ['LEADER'],
    call: (ids) => ({ path: { id: ids.post }, body: { cause: 'VETO_VIOLATION', facts: '安全扫描' } }),
  },
  'GET /api/post/elections': { roles: BUREAU_ROLES },
  'POST /api/post/elections': {
    roles: ['SECRETARY'],
    call: (ids) => ({ body: { title: '安全扫描', candidatePostIds: [ids.post], seats: 1 } }),
  },
  'GET /api/post/elections/{id}': { roles: BUREAU_ROLES, call: (ids) => ({ path: { id: ids.election } }) },
  'POST /api/post/elections/{id}/close': { roles: ['SECRETARY'], call: (ids) => ({ path: { id: ids.election } }) },
  'POST /api/post/elections/{id}/ballots': {
    roles: ['MEMBER'],
    call: (ids) => ({ path: { id: ids.election }, body: { choices: [ids.post] } }),
  },
  'GET /api/post/audit': { roles: HISTORY_READERS, call: (ids) => ({ query: { aggregateId: ids.post } }) },

  // pledge-service
  'GET /api/pledge/campaigns': { roles: BUREAU_ROLES },
  'POST /api/pledge/campaigns': { roles: ['LEADER', 'SECRETARY'], call: () => ({ body: { year: 2099 } }) },
  'PUT /api/pledge/campaigns/{year}': {
    roles: ['LEADER', 'SECRETARY'],
    call: (ids) => ({
      path: { year: ids.year },
      body: { title: '安全扫描', publicityDeadline: `${ids.year}-01-01` },
    }),
  },
  'GET /api/pledge/campaigns/{year}/not-pledged': {
    roles: ['SECRETARY', 'LEADER'],
    call: (ids) => ({ path: { year: ids.year } }),
  },
  'GET /api/pledge/pledges': { roles: BUREAU_ROLES, call: (ids) => ({ query: { year: ids.year } }) },
  // A member files their own pledge (an organisation pledge is the secretary's, a relation of its kind).
  'POST /api/pledge/pledges': {
    roles: ['MEMBER'],
    call: (ids) => ({ body: { kind: 'MEMBER', campaignYear: ids.year, items: pledgeItems(ids) } }),
  },
  'GET /api/pledge/pledges/{id}': { roles: BUREAU_ROLES, call: (ids) => ({ path: { id: ids.pledge } }) },
  'PUT /api/pledge/pledges/{id}/items': {
    roles: ['MEMBER', 'SECRETARY'],
    call: (ids) => ({ path: { id: ids.pledge }, body: { items: pledgeItems(ids) } }),
  },
  'POST /api/pledge/pledges/{id}/review': {
    roles: ['LEADER'],
    call: (ids) => ({
      path: { id: ids.pledge },
      body: { decision: 'APPROVE', items: [{ itemNo: 1, checks: ALL_CHECKS_PASS }] },
    }),
  },
  'POST /api/pledge/pledges/{id}/publication': {
    roles: ['SECRETARY', 'LEADER'],
    call: (ids) => ({ path: { id: ids.pledge }, body: {} }),
  },
  'POST /api/pledge/pledges/{id}/items/{no}/progress': {
    roles: ['MEMBER'],
    call: (ids) => ({ path: { id: ids.pledge, no: 1 }, body: { note: '安全扫描', completed: true } }),
  },
  'POST /api/pledge/pledges/{id}/items/{no}/inspections': {
    roles: ['SECRETARY', 'LEADER'],
    call: (ids) => ({ path: { id: ids.pledge, no: 1 }, body: { inspectedOn: ids.today, findings: '安全扫描' } }),
  },
  'POST /api/pledge/pledges/{id}/evaluation': {
    roles: ['LEADER'],
    call: (ids) => ({
      path: { id: ids.pledge },
      body: { items: [{ itemNo: 1, leaderComment: '安全扫描', assessment: '安全扫描', fulfilled: true }] },
    }),
  },
  'POST /api/pledge/pledges/{id}/items/{no}/rectification/closed': {
    roles: ['LEADER', 'SECRETARY'],
    call: (ids) => ({ path: { id: ids.pledge, no: 1 }, body: { note: '安全扫描' } }),
  },
  'GET /api/pledge/pledges/{id}/letter.pdf': { roles: BUREAU_ROLES, call: (ids) => ({ path: { id: ids.pledge } }) },
  // A unit head reads the part of the unit they head (pledge-service's own suite checks the scope).
  'GET /api/pledge/ledger': {
    roles: ['SECRETARY', 'LEADER', 'OFFICE', 'UNIT_HEAD'],
    call: (ids) => ({ query: { year: ids.year } }),
  },
  'GET /api/pledge/ledger.xlsx': {
    roles: ['SECRETARY', 'LEADER', 'OFFICE', 'UNIT_HEAD'],
    call: (ids) => ({ query: { year: ids.year } }),
  },
  'GET /api/pledge/audit': { roles: HISTORY_READERS, call: (ids) => ({ query: { aggregateId: ids.pledge } }) },

  // evaluation-service
  'GET /api/evaluation/reward-settings': { roles: ['OFFICE', 'LEADER'] },
  'PUT /api/evaluation/reward-settings': { roles: ['OFFICE'], call: () => ({ body: { amountYuan: 1 } }) },
  // true, the default, so the sweep never turns taojiang-fp's quarterly surveys off.
  'GET /api/evaluation/survey-settings': { roles: ['OFFICE', 'LEADER'] },
  'PUT /api/evaluation/survey-settings': { roles: ['OFFICE'], call: () => ({ body: { autoQuarterly: true } }) },
  'GET /api/evaluation/rewards': { roles: ['OFFICE', 'LEADER'] },
  'GET /api/evaluation/rewards.xlsx': { roles: ['OFFICE', 'LEADER'] },
  'GET /api/evaluation/rewards/mine': { roles: BUREAU_ROLES },
  'POST /api/evaluation/rewards/{postId}/{firstQuarter}/paid': {
    roles: ['OFFICE'],
    call: (ids) => ({ path: { postId: ids.post, firstQuarter: ids.quarter } }),
  },
  'GET /api/evaluation/surveys': { roles: BUREAU_ROLES },
  'GET /api/evaluation/surveys.xlsx': { roles: BUREAU_ROLES },
  'POST /api/evaluation/surveys': {
    roles: ['OFFICE'],
    call: (ids) => ({ body: { targetType: 'ZONE', targetId: 'sweep-target', title: '安全扫描', quarter: ids.quarter } }),
  },
  'POST /api/evaluation/surveys/{code}/close': { roles: ['OFFICE'], call: (ids) => ({ path: { code: ids.survey } }) },
  'POST /api/evaluation/surveys/{code}/answers': {
    roles: ['MEMBER'],
    call: (ids) => ({ path: { code: ids.survey }, body: { rating: 'DISSATISFIED', opinion: '安全扫描' } }),
  },
  'GET /api/evaluation/surveys/{code}/results': {
    roles: ['OFFICE', 'LEADER'],
    call: (ids) => ({ path: { code: ids.survey } }),
  },
  'GET /api/evaluation/surveys/{code}/results.xlsx': {
    roles: ['OFFICE', 'LEADER'],
    call: (ids) => ({ path: { code: ids.survey } }),
  },
  'GET /api/evaluation/surveys/{code}/bursts': {
    roles: ['OFFICE', 'LEADER'],
    call: (ids) => ({ path: { code: ids.survey } }),
  },
  'GET /api/evaluation/rankings/{year}': {
    roles: ['LEADER', 'OFFICE', 'SECRETARY'],
    call: (ids) => ({ path: { year: ids.year } }),
  },
  'GET /api/evaluation/rankings/{year}.xlsx': {
    roles: ['LEADER', 'OFFICE', 'SECRETARY'],
    call: (ids) => ({ path: { year: ids.year } }),
  },
  'GET /api/evaluation/county/feed': { roles: ['COUNTY'], call: (ids) => ({ query: { quarter: ids.quarter } }) },
  'GET /api/evaluation/county/feed.xlsx': { roles: ['COUNTY'], call: (ids) => ({ query: { quarter: ids.quarter } }) },
  'GET /api/evaluation/audit': { roles: HISTORY_READERS, call: (ids) => ({ query: { aggregateId: ids.post } }) },
  // Every person's own inbox. It fills as the services' reminder scans find things due, whoever calls.
  'GET /api/evaluation/notifications': { roles: BUREAU_ROLES, changesOnItsOwn: INBOX },
  'GET /api/evaluation/notifications/unread-count': { roles: BUREAU_ROLES, changesOnItsOwn: INBOX },
  'POST /api/evaluation/notifications/{id}/read': { roles: BUREAU_ROLES, call: () => ({ path: { id: '0123456789abcdef01234567' } }) },
  'POST /api/evaluation/notifications/read-all': { roles: BUREAU_ROLES },
}

/** The public's reads, with no token: what the boards and plaque pages fetch. */
export const PUBLIC_READS: Record<string, (ids: Ids) => Call> = {
  'GET /public/zone/plaques/{plaqueCode}': (ids) => ({ path: { plaqueCode: ids.zonePlaque } }),
  'GET /public/zone/plaques/{plaqueCode}/qr.svg': (ids) => ({ path: { plaqueCode: ids.zonePlaque } }),
  'GET /public/zone/bureaus/{bureauId}': (ids) => ({ path: { bureauId: ids.bureau } }),
  'GET /public/zone/bureaus/{bureauId}/plaques': (ids) => ({ path: { bureauId: ids.bureau } }),
  'GET /public/zone/bureaus/{bureauId}/cases': (ids) => ({ path: { bureauId: ids.bureau } }),
  'GET /public/post/plaques/{code}': (ids) => ({ path: { code: ids.postPlaque } }),
  'GET /public/post/plaques/{code}/qr.svg': (ids) => ({ path: { code: ids.postPlaque } }),
  'GET /public/post/bureaus/{bureauId}/posts': (ids) => ({ path: { bureauId: ids.bureau } }),
  'GET /public/pledge/pledges/{code}': (ids) => ({ path: { code: ids.pledgeCode } }),
  'GET /public/pledge/pledges/{code}/letter.pdf': (ids) => ({ path: { code: ids.pledgeCode } }),
  'GET /public/pledge/bureaus/{bureauId}/pledges': (ids) => ({ path: { bureauId: ids.bureau }, query: { year: ids.year } }),
  'GET /public/evaluation/surveys': (ids) => ({ query: { plaque: ids.postPlaque } }),
  'GET /public/evaluation/surveys/{code}': (ids) => ({ path: { code: ids.survey } }),
  'GET /public/evaluation/surveys/{code}/challenge': (ids) => ({ path: { code: ids.survey } }),
}
