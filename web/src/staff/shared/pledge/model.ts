import type { PublicAppraisal } from '../../../shared/labels'
import { quarterLabel } from '../../../shared/quarters'
import { rateText } from '../../../shared/rates'
import { session } from '../../../shared/session'
import type {
  Decision,
  ItemReview,
  LetterChoice,
  Pledge,
  PledgeKind,
  PledgeStatus,
  ReviewCheck,
  Round,
} from '../../api/pledges'

/** The words the screens use for pledges (the types are pledge-service's, api/pledges.ts), and helpers over them. */

export const MAX_ITEMS = 20

export const PLEDGE_STATUS: Record<
  PledgeStatus,
  { label: string; type: 'info' | 'warning' | 'success' | 'primary' | 'danger' }
> = {
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

/** The line a page about one pledge opens with: its letter, who pledges, and the year. */
export function pledgeHeading(pledge: Pledge): string {
  return `《${pledge.letterTitle}》${pledgerOf(pledge)} · ${pledge.campaignYear} 年度`
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

/** The file name a letter is saved as. */
export function letterFileName(pledge: Pledge): string {
  return `${pledge.letterTitle}-${pledgerOf(pledge)}.pdf`
}
