import { rateText } from '../../shared/rates'
import { minute } from '../../shared/dates'
import type {
  AssessmentResult,
  Basis,
  PostStatus,
  Remedy,
  RevocationCause,
  Satisfaction,
  WinningRule,
} from '../api/posts'

/** The Chinese words of model posts and elections (the types are post-service's, api/posts.ts). */

export const POST_STATUS: Record<
  PostStatus,
  { label: string; type: 'info' | 'warning' | 'success' | 'primary' | 'danger' }
> = {
  NOMINATED: { label: '已提名', type: 'warning' },
  NOT_ELECTED: { label: '未当选', type: 'info' },
  WITHDRAWN: { label: '已撤回', type: 'info' },
  ESTABLISHED: { label: '已确立待授牌', type: 'primary' },
  AWARDED: { label: '已授牌', type: 'success' },
  REVOKED: { label: '已撤销', type: 'danger' },
}

export const RESULT: Record<AssessmentResult, string> = { PASS: '合格', FAIL: '不合格' }

export const REMEDY: Record<Remedy, string> = { NONE: '无', RECTIFY: '限期整改', ADJUST: '调整（撤销称号）' }

/** The four causes of the one-vote veto (一票否决), and the other ways a title ends. */
export const CAUSE: Record<RevocationCause, string> = {
  VETO_VIOLATION: '在岗位上严重违反法律法规、党纪政纪、政策或局规章制度',
  VETO_ACCIDENT: '在管理或服务中发生重大责任事故',
  VETO_COMPLAINT: '群众反映强烈、经调查属实',
  VETO_IMAGE: '其他严重损害示范岗形象的行为',
  ADJUSTMENT: '考核不合格，予以调整',
  HOLDER_LEFT: '本人调离或不再是党员',
}

export const VETO_CAUSES: RevocationCause[] = ['VETO_VIOLATION', 'VETO_ACCIDENT', 'VETO_COMPLAINT', 'VETO_IMAGE']

export const RULE: Record<WinningRule, string> = {
  MAJORITY: '过半数当选（得票超过投票人数一半）',
  PLURALITY: '得票多者当选（末位同票均不当选）',
}

/** The basis an assessment was decided on: 份数, 满意率, 截至时间 — or that there were no answers. */
export function basisText(b: Basis | null): string {
  if (!b) return '无测评答卷'
  return `${b.rate === null ? '暂无' : rateText(b.rate)}（${b.answers} 份，截至 ${minute(b.asOf)}）`
}

/** The last day of a quarter ("2026-Q4" → 2026-12-31). */
export function quarterEnd(quarter: string): string {
  const [year, q] = quarter.split('-Q').map(Number)
  const end = new Date(Date.UTC(year, q * 3, 0))
  return end.toISOString().substring(0, 10)
}

/** Whether a quarter may be assessed today: once it has ended, or within its last `withinLastDays` days. */
export function assessable(quarter: string, today: string, withinLastDays: number): boolean {
  const end = new Date(`${quarterEnd(quarter)}T00:00:00Z`)
  end.setUTCDate(end.getUTCDate() - withinLastDays)
  return today > end.toISOString().substring(0, 10)
}

export function satisfactionText(s: Satisfaction | undefined | null): string {
  if (!s || s.ratePercent === null) return '暂无数据'
  return `${rateText(s.ratePercent)}（${s.answers} 份）`
}
