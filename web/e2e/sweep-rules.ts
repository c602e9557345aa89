import { ALL_CHECKS_PASS, inDays } from './api'

/**
 * A well-formed request for each operation that needs a token and takes parameters or a body, made of taojiang-fp's
 * real ids — the calls the security sweep (security-sweep.spec.ts) sends to the operations the gateway's specs list.
 * Who may call an operation is not written here: each spec states it as the operation's `x-roles`, from the
 * deployable's endpoint catalogue that its own sweeps prove (docs/roles.md). A relation on top of a role (a member of
 * that zone, the head of that zone, the member responsible for an item, a person's own entry) is the services' own
 * suites' business: the ids below are chosen so that no demo account holds such a relation by accident.
 *
 * Requests are well-formed on purpose: a body that fails validation would be refused with 400 before the role or
 * the bureau is ever checked, and prove nothing.
 */

export type Role = 'MEMBER' | 'UNIT_HEAD' | 'LEADER' | 'SECRETARY' | 'OFFICE' | 'ADMIN' | 'COUNTY'

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
  call?: (ids: Ids) => Call
  /** Why its answer may change during the sweep with nobody calling: then it is not compared before and after. */
  changesOnItsOwn?: string
  /** Why a POST only asks a question (its body too long for a query): another bureau's answer is judged as a read's. */
  onlyReads?: string
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

/** Keyed `METHOD path` exactly as the specs write them; an operation without parameters or a body needs none. */
export const RULES: Record<string, Rule> = {
  // gateway: the account's own session, and the bureau's accounts
  'POST /auth/password': {
    call: () => ({ body: { currentPassword: 'not-the-password-1', newPassword: 'Sweep-never-set-1' } }),
  },
  'GET /api/accounts/{id}': { call: (ids) => ({ path: { id: ids.account } }) },
  'POST /api/accounts': {
    call: (ids) => ({
      body: { username: 'sweep-probe', personNo: ids.person, roles: ['MEMBER'], initialPassword: 'Never-used-2026' },
    }),
  },
  'PUT /api/accounts/{id}/roles': {
    call: (ids) => ({ path: { id: ids.account }, body: { roles: ['MEMBER', 'ADMIN'], ...REASON } }),
  },
  'POST /api/accounts/{id}/disable': { call: (ids) => ({ path: { id: ids.account }, body: REASON }) },
  'POST /api/accounts/{id}/enable': { call: (ids) => ({ path: { id: ids.account }, body: REASON }) },
  'POST /api/accounts/{id}/reset-password': {
    call: (ids) => ({ path: { id: ids.account }, body: { newPassword: 'Sweep-never-set-1', ...REASON } }),
  },

  // zone-service
  'PUT /api/zone/bureau': { call: () => ({ body: { name: '安全扫描', ...REASON } }) },
  'POST /api/zone/units': {
    call: () => ({ body: { code: 'sweep-unit', name: '安全扫描单位', kind: 'SECTION' } }),
  },
  'PUT /api/zone/units/{code}': {
    call: (ids) => ({
      path: { code: ids.unit },
      body: { name: '安全扫描单位', kind: 'SECTION', headPersonNo: ids.unitHead },
    }),
  },
  'POST /api/zone/people': {
    call: (ids) => ({ body: { personNo: 'SWEEP0001', name: '安全扫描', unitCode: ids.unit, partyMember: true } }),
  },
  'GET /api/zone/people/{personNo}': { call: (ids) => ({ path: { personNo: ids.person } }) },
  'PUT /api/zone/people/{personNo}': {
    call: (ids) => ({
      path: { personNo: ids.person },
      body: { name: '安全扫描', unitCode: ids.unit, partyMember: false, position: '安全扫描' },
    }),
  },
  'POST /api/zone/people/{personNo}/leave': {
    call: (ids) => ({ path: { personNo: ids.person }, body: REASON }),
  },
  // No workbook: the role is checked before the file, and a preview writes nothing (RosterSheetApiTest imports).
  'POST /api/zone/people/import': { call: () => ({ query: { mode: 'preview' } }) },
  'PUT /api/zone/people/{personNo}/activist': {
    call: (ids) => ({ path: { personNo: ids.person }, body: { mentorPersonNo: ids.unitHead, since: ids.today } }),
  },
  'POST /api/zone/people/{personNo}/activist/withdraw': {
    call: (ids) => ({ path: { personNo: ids.person }, body: REASON }),
  },
  'GET /api/zone/membership/people/{personNo}': { call: (ids) => ({ path: { personNo: ids.person } }) },
  'POST /api/zone/membership/people/lookup': {
    call: (ids) => ({ body: { personNos: [ids.person] } }),
    onlyReads: 'many person numbers in one question; another bureau finds none of them on its roster',
  },
  // A plain member reads their own unit too (zone-service's MembershipApiTest); no sweeping account works in ids.unit.
  'GET /api/zone/membership/units/{unitCode}': { call: (ids) => ({ path: { unitCode: ids.unit } }) },
  'POST /api/zone/zones': { call: (ids) => ({ body: zoneDraft(ids) }) },
  'GET /api/zone/zones/{zoneId}': { call: (ids) => ({ path: { zoneId: ids.zone } }) },
  'PUT /api/zone/zones/{zoneId}': {
    call: (ids) => ({ path: { zoneId: ids.zone }, body: zoneDraft(ids) }),
  },
  'POST /api/zone/zones/{zoneId}/dissolve': {
    call: (ids) => ({ path: { zoneId: ids.zone }, body: REASON }),
  },
  // Written by members of the zone: party members, so MEMBER.
  'POST /api/zone/work-logs': {
    call: (ids) => ({ body: { zoneId: ids.zone, date: ids.today, duty: 'VISIT_MASSES', content: '安全扫描' } }),
  },
  // Also the zone's head, whom no sweeping account is (Ids.zone).
  'GET /api/zone/work-logs': {
    call: (ids) => ({ query: { zoneId: ids.zone } }),
  },
  'POST /api/zone/reports': {
    call: (ids) => ({ body: { zoneId: ids.zone, kind: 'EXPERIENCE', title: '安全扫描', body: '安全扫描' } }),
  },
  'POST /api/zone/reports/{id}/acknowledge': {
    call: (ids) => ({ path: { id: ids.report }, body: { note: '安全扫描' } }),
  },
  'POST /api/zone/reports/{id}/publish': {
    call: (ids) => ({ path: { id: ids.report }, body: { publicTitle: '安全扫描', publicSummary: '安全扫描' } }),
  },
  'POST /api/zone/assessments': {
    call: (ids) => ({
      body: {
        zoneId: ids.zone,
        quarter: ids.quarter,
        coreWorkScore: 1,
        problemSolvingScore: 1,
        serviceCapacityScore: 1,
      },
    }),
  },
  'GET /api/zone/assessments.xlsx': {
    call: (ids) => ({ query: { quarter: ids.quarter } }),
  },
  'GET /api/zone/audit': { call: (ids) => ({ query: { aggregateId: ids.zone } }) },

  // post-service
  'PUT /api/post/assessment-settings': {
    call: () => ({ body: { minAnswers: 0, minRate: null, assessWithinLastDays: 0 } }),
  },
  'PUT /api/post/election-rule': { call: () => ({ body: { winningRule: 'PLURALITY' } }) },
  'POST /api/post/posts': {
    call: (ids) => ({
      body: { kind: 'INDIVIDUAL', title: '安全扫描示范岗', holderPersonNo: ids.person, statements: STATEMENTS },
    }),
  },
  'GET /api/post/posts/{id}': { call: (ids) => ({ path: { id: ids.post } }) },
  'POST /api/post/posts/{id}/resolution': {
    call: (ids) => ({ path: { id: ids.post }, body: { resolutionNo: '安全扫描', meetingDate: ids.today } }),
  },
  'POST /api/post/posts/{id}/plaque': {
    call: (ids) => ({ path: { id: ids.post }, body: { plaqueNo: 'SWEEP-1', awardedOn: ids.today } }),
  },
  'POST /api/post/posts/{id}/assessments': {
    call: (ids) => ({
      path: { id: ids.post },
      body: { quarter: ids.quarter, result: 'FAIL', findings: '安全扫描', remedy: 'ADJUST' },
    }),
  },
  'POST /api/post/posts/{id}/assessments/{quarter}/rectified': {
    call: (ids) => ({ path: { id: ids.post, quarter: ids.quarter }, body: { note: '安全扫描' } }),
  },
  'POST /api/post/posts/{id}/veto': {
    call: (ids) => ({ path: { id: ids.post }, body: { cause: 'VETO_VIOLATION', facts: '安全扫描' } }),
  },
  'POST /api/post/elections': {
    call: (ids) => ({ body: { title: '安全扫描', candidatePostIds: [ids.post], seats: 1 } }),
  },
  'GET /api/post/elections/{id}': { call: (ids) => ({ path: { id: ids.election } }) },
  'POST /api/post/elections/{id}/close': { call: (ids) => ({ path: { id: ids.election } }) },
  'POST /api/post/elections/{id}/ballots': {
    call: (ids) => ({ path: { id: ids.election }, body: { choices: [ids.post] } }),
  },
  'GET /api/post/audit': { call: (ids) => ({ query: { aggregateId: ids.post } }) },

  // pledge-service
  'POST /api/pledge/campaigns': { call: () => ({ body: { year: 2099 } }) },
  'PUT /api/pledge/campaigns/{year}': {
    call: (ids) => ({
      path: { year: ids.year },
      body: { title: '安全扫描', publicityDeadline: `${ids.year}-01-01` },
    }),
  },
  'GET /api/pledge/campaigns/{year}/not-pledged': {
    call: (ids) => ({ path: { year: ids.year } }),
  },
  'GET /api/pledge/pledges': { call: (ids) => ({ query: { year: ids.year } }) },
  // A member files their own pledge (an organisation pledge is the secretary's, a relation of its kind).
  'POST /api/pledge/pledges': {
    call: (ids) => ({ body: { kind: 'MEMBER', campaignYear: ids.year, items: pledgeItems(ids) } }),
  },
  'GET /api/pledge/pledges/{id}': { call: (ids) => ({ path: { id: ids.pledge } }) },
  'PUT /api/pledge/pledges/{id}/items': {
    call: (ids) => ({ path: { id: ids.pledge }, body: { items: pledgeItems(ids) } }),
  },
  'POST /api/pledge/pledges/{id}/review': {
    call: (ids) => ({
      path: { id: ids.pledge },
      body: { decision: 'APPROVE', items: [{ itemNo: 1, checks: ALL_CHECKS_PASS }] },
    }),
  },
  'POST /api/pledge/pledges/{id}/publication': {
    call: (ids) => ({ path: { id: ids.pledge }, body: {} }),
  },
  'POST /api/pledge/pledges/{id}/items/{no}/progress': {
    call: (ids) => ({ path: { id: ids.pledge, no: 1 }, body: { note: '安全扫描', completed: true } }),
  },
  'POST /api/pledge/pledges/{id}/items/{no}/inspections': {
    call: (ids) => ({ path: { id: ids.pledge, no: 1 }, body: { inspectedOn: ids.today, findings: '安全扫描' } }),
  },
  'POST /api/pledge/pledges/{id}/evaluation': {
    call: (ids) => ({
      path: { id: ids.pledge },
      body: { items: [{ itemNo: 1, leaderComment: '安全扫描', assessment: '安全扫描', fulfilled: true }] },
    }),
  },
  'POST /api/pledge/pledges/{id}/items/{no}/rectification/closed': {
    call: (ids) => ({ path: { id: ids.pledge, no: 1 }, body: { note: '安全扫描' } }),
  },
  'GET /api/pledge/pledges/{id}/letter.pdf': { call: (ids) => ({ path: { id: ids.pledge } }) },
  // A unit head reads the part of the unit they head (pledge-service's own suite checks the scope).
  'GET /api/pledge/ledger': {
    call: (ids) => ({ query: { year: ids.year } }),
  },
  'GET /api/pledge/ledger.xlsx': {
    call: (ids) => ({ query: { year: ids.year } }),
  },
  'GET /api/pledge/audit': { call: (ids) => ({ query: { aggregateId: ids.pledge } }) },

  // evaluation-service
  'PUT /api/evaluation/reward-settings': { call: () => ({ body: { amountYuan: 1 } }) },
  // true, the default, so the sweep never turns taojiang-fp's quarterly surveys off.
  'PUT /api/evaluation/survey-settings': { call: () => ({ body: { autoQuarterly: true } }) },
  'POST /api/evaluation/rewards/{postId}/{firstQuarter}/paid': {
    call: (ids) => ({ path: { postId: ids.post, firstQuarter: ids.quarter } }),
  },
  'POST /api/evaluation/surveys': {
    call: (ids) => ({
      body: { targetType: 'ZONE', targetId: 'sweep-target', title: '安全扫描', quarter: ids.quarter },
    }),
  },
  'POST /api/evaluation/surveys/{code}/close': { call: (ids) => ({ path: { code: ids.survey } }) },
  'POST /api/evaluation/surveys/{code}/answers': {
    call: (ids) => ({ path: { code: ids.survey }, body: { rating: 'DISSATISFIED', opinion: '安全扫描' } }),
  },
  'GET /api/evaluation/surveys/{code}/results': {
    call: (ids) => ({ path: { code: ids.survey } }),
  },
  'GET /api/evaluation/surveys/{code}/results.xlsx': {
    call: (ids) => ({ path: { code: ids.survey } }),
  },
  'GET /api/evaluation/surveys/{code}/bursts': {
    call: (ids) => ({ path: { code: ids.survey } }),
  },
  'GET /api/evaluation/rankings/{year}': {
    call: (ids) => ({ path: { year: ids.year } }),
  },
  'GET /api/evaluation/rankings/{year}.xlsx': {
    call: (ids) => ({ path: { year: ids.year } }),
  },
  'GET /api/evaluation/county/feed': { call: (ids) => ({ query: { quarter: ids.quarter } }) },
  'GET /api/evaluation/county/feed.xlsx': { call: (ids) => ({ query: { quarter: ids.quarter } }) },
  'GET /api/evaluation/audit': { call: (ids) => ({ query: { aggregateId: ids.post } }) },
  // Every person's own inbox. It fills as the services' reminder scans find things due, whoever calls.
  'GET /api/evaluation/notifications': { changesOnItsOwn: INBOX },
  'GET /api/evaluation/notifications/unread-count': { changesOnItsOwn: INBOX },
  'POST /api/evaluation/notifications/{id}/read': { call: () => ({ path: { id: '0123456789abcdef01234567' } }) },
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
  'GET /public/pledge/bureaus/{bureauId}/pledges': (ids) => ({
    path: { bureauId: ids.bureau },
    query: { year: ids.year },
  }),
  'GET /public/evaluation/surveys': (ids) => ({ query: { plaque: ids.postPlaque } }),
  'GET /public/evaluation/surveys/{code}': (ids) => ({ path: { code: ids.survey } }),
  'GET /public/evaluation/surveys/{code}/challenge': (ids) => ({ path: { code: ids.survey } }),
}
