import { api } from '../../../shared/api'
import type { ItemStatus, PublicAppraisal } from '../../../shared/labels'
import { quarterLabel } from '../../../shared/quarters'
import { rateText } from '../../../shared/rates'
import { session } from '../../../shared/session'

/** The pledge read model as pledge-service returns it (PledgeApi.PledgeView), and the words the screens use for it. */

export type PledgeStatus = 'SUBMITTED' | 'RETURNED' | 'APPROVED' | 'PUBLICIZED' | 'EVALUATED'
export type PledgeKind = 'MEMBER' | 'ORGANISATION'
export type ReviewCheck = 'ADVANCED_NATURE' | 'CENTRAL_WORK' | 'POST_DUTIES' | 'MASSES_WISHES' | 'FEASIBLE'
export type Decision = 'APPROVE' | 'RETURN'
export type LetterCopy = 'ARCHIVE' | 'HOLDER' | 'BOARD'

export interface Campaign {
  year: number
  title: string
  publicityDeadline: string
}

export interface Draft {
  no: number
  content: string
  responsiblePersonNo: string
  responsibleName: string | null
  deadline: string
  expectedEffect: string
}

export interface ItemReview {
  itemNo: number
  checks: Partial<Record<ReviewCheck, boolean>>
  note: string | null
}

export interface Round {
  no: number
  items: Draft[]
  submittedBy: string
  submittedAt: string
  reviews: ItemReview[] | null
  decision: Decision | null
  guidance: string | null
  reviewedBy: string | null
  reviewedAt: string | null
}

export interface Progress {
  note: string
  completed: boolean
  by: string
  at: string
}

export interface Inspection {
  inspectedOn: string
  findings: string
  by: string
  at: string
}

export interface ItemEvaluation {
  leaderComment: string
  assessment: string
  fulfilled: boolean
  by: string
  at: string
}

export interface Rectification {
  order: string
  deadline: string
  closedAt: string | null
  closedBy: string | null
  closingNote: string | null
}

export interface PledgeItem {
  no: number
  content: string
  responsiblePersonNo: string
  responsibleName: string | null
  deadline: string
  expectedEffect: string
  status: ItemStatus
  overdue: boolean
  progress: Progress[]
  inspections: Inspection[]
  evaluation: ItemEvaluation | null
  publicAppraisal: PublicAppraisal | null
  rectification: Rectification | null
}

export interface Publication {
  publicCode: string
  publishedOn: string
  publicityDeadline: string
  late: boolean
  shownAtMeetingOn: string | null
  publishedBy: string
  at: string
}

export interface Pledge {
  id: string
  kind: PledgeKind
  letterTitle: string
  campaignYear: number
  proposerPersonNo: string
  proposerName: string
  organisationName: string | null
  status: PledgeStatus
  late: boolean
  items: PledgeItem[]
  rounds: Round[]
  publication: Publication | null
  evaluation: { evaluatedOn: string; by: string; at: string } | null
}

/** One item as it is proposed or revised. */
export interface NewItem {
  content: string
  responsiblePersonNo: string
  deadline: string
  expectedEffect: string
}

export const MAX_ITEMS = 20

export const PLEDGE_STATUS: Record<PledgeStatus, { label: string; type: 'info' | 'warning' | 'success' | 'primary' | 'danger' }> = {
  SUBMITTED: { label: '待审核', type: 'warning' },
  RETURNED: { label: '退回修改', type: 'danger' },
  APPROVED: { label: '已审定待公示', type: 'primary' },
  PUBLICIZED: { label: '已公示践诺中', type: 'success' },
  EVALUATED: { label: '已评议', type: 'info' },
}

export const PLEDGE_KIND: Record<PledgeKind, string> = {
  MEMBER: '党员承诺',
  ORGANISATION: '党组织承诺',
}

/** The five checks of 审诺, in the order and words of the domain (ReviewCheck). */
export const CHECKS: { key: ReviewCheck; label: string }[] = [
  { key: 'ADVANCED_NATURE', label: '体现先进性' },
  { key: 'CENTRAL_WORK', label: '围绕中心工作' },
  { key: 'POST_DUTIES', label: '符合岗位职责' },
  { key: 'MASSES_WISHES', label: '符合群众意愿' },
  { key: 'FEASIBLE', label: '切实可行' },
]

export const DECISION: Record<Decision, string> = {
  APPROVE: '审定通过',
  RETURN: '退回修改',
}

/** Which copies to print: all three, or one of them. */
export type LetterChoice = LetterCopy | 'ALL'

export const LETTER_COPIES: { value: LetterChoice; label: string }[] = [
  { value: 'ALL', label: '全部三联' },
  { value: 'ARCHIVE', label: '第一联 局存档' },
  { value: 'HOLDER', label: '第二联 支部及承诺人留存' },
  { value: 'BOARD', label: '第三联 公示栏张贴' },
]

/** Who pledges: the member's name, or the organisation. */
export function pledgerOf(pledge: Pledge): string {
  return pledge.kind === 'ORGANISATION' ? (pledge.organisationName ?? '') : pledge.proposerName
}

/** The signed-in person proposed it: they revise it, and as a leader leave its review and evaluation to another. */
export function isOwnPledge(pledge: Pledge): boolean {
  return pledge.proposerPersonNo === session.me?.personNo
}

export function latestRound(pledge: Pledge): Round | undefined {
  return pledge.rounds[pledge.rounds.length - 1]
}

/** The last round that was returned, whose guidance the author revises against. */
export function lastReturn(pledge: Pledge): Round | undefined {
  return [...pledge.rounds].reverse().find((r) => r.decision === 'RETURN')
}

export function failedChecks(review: ItemReview): string[] {
  return CHECKS.filter((c) => review.checks[c.key] === false).map((c) => c.label)
}

export function appraisalText(appraisal: PublicAppraisal | null): string {
  if (!appraisal || appraisal.ratePercent === null) return '暂无数据'
  const quarter = appraisal.quarter ? `${quarterLabel(appraisal.quarter)}，` : ''
  return `${rateText(appraisal.ratePercent)}（${quarter}${appraisal.answers} 份）`
}

export const pledgeApi = {
  campaigns: () => api.get<Campaign[]>('/api/pledge/campaigns'),
  list: (year: number, status?: PledgeStatus) =>
    api.get<Pledge[]>(`/api/pledge/pledges?year=${year}${status ? `&status=${status}` : ''}`),
  get: (id: string) => api.get<Pledge>(`/api/pledge/pledges/${id}`),
  propose: (body: { kind: PledgeKind; campaignYear: number; organisationName?: string; items: NewItem[] }) =>
    api.post<Pledge>('/api/pledge/pledges', body),
  revise: (id: string, items: NewItem[]) => api.put<Pledge>(`/api/pledge/pledges/${id}/items`, { items }),
  publish: (id: string, shownAtMeetingOn: string | null) =>
    api.post<Pledge>(`/api/pledge/pledges/${id}/publication`, { shownAtMeetingOn }),
  progress: (id: string, no: number, note: string, completed: boolean) =>
    api.post<Pledge>(`/api/pledge/pledges/${id}/items/${no}/progress`, { note, completed }),
  inspect: (id: string, no: number, inspectedOn: string, findings: string) =>
    api.post<Pledge>(`/api/pledge/pledges/${id}/items/${no}/inspections`, { inspectedOn, findings }),
  closeRectification: (id: string, no: number, note: string) =>
    api.post<Pledge>(`/api/pledge/pledges/${id}/items/${no}/rectification/closed`, { note }),
  letter: (pledge: Pledge, copy: LetterChoice) =>
    api.download(
      `/api/pledge/pledges/${pledge.id}/letter.pdf${copy === 'ALL' ? '' : `?copy=${copy}`}`,
      `${pledge.letterTitle}-${pledgerOf(pledge)}.pdf`,
    ),
}

/** The pledges of every campaign of the bureau, newest campaign first; a bureau runs one campaign a year. */
export async function pledgesOfAllCampaigns(status?: PledgeStatus): Promise<Pledge[]> {
  const campaigns = await pledgeApi.campaigns()
  const lists = await Promise.all(campaigns.map((c) => pledgeApi.list(c.year, status)))
  return lists.flat()
}
