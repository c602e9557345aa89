import { api } from '../../shared/api'
import type { PostKind } from '../../shared/labels'
import { rateText } from '../../shared/rates'

/** Model posts (post-service PostApi.PostView) and elections, with their Chinese words. */

export type PostStatus = 'NOMINATED' | 'NOT_ELECTED' | 'WITHDRAWN' | 'ESTABLISHED' | 'AWARDED' | 'REVOKED'
export type AssessmentResult = 'PASS' | 'FAIL'
export type Remedy = 'NONE' | 'RECTIFY' | 'ADJUST'
export type RevocationCause = 'VETO_VIOLATION' | 'VETO_ACCIDENT' | 'VETO_COMPLAINT' | 'VETO_IMAGE' | 'ADJUSTMENT' | 'HOLDER_LEFT'
export type WinningRule = 'MAJORITY' | 'PLURALITY'

export interface Satisfaction {
  ratePercent: number | null
  answers: number
  note: string | null
}

export interface PostAssessment {
  quarter: string
  result: AssessmentResult
  findings: string
  remedy: Remedy
  deadline: string | null
  assessedBy: string
  at: string
  rectifiedAt: string | null
  rectifiedBy: string | null
  rectificationNote: string | null
  satisfaction: Satisfaction
}

export interface Post {
  id: string
  kind: PostKind
  title: string
  holderPersonNo: string | null
  holderName: string | null
  unitCode: string | null
  unitName: string | null
  status: PostStatus
  establishment: { electionId: string | null; resolutionNo: string | null; meetingDate: string | null } | null
  plaque: {
    no: string
    code: string
    awardedOn: string
    hangsAt: string | null
    reclaimedAt: string | null
    reclaimedBy: string | null
  } | null
  assessments: PostAssessment[]
  revocation: { cause: RevocationCause; facts: string; at: string; by: string; quarter: string } | null
  flags: string[]
  satisfaction: Record<string, Satisfaction>
}

export interface Candidate {
  postId: string
  title: string
  holderName: string | null
}

export interface Election {
  id: string
  title: string
  candidates: Candidate[]
  seats: number
  rule: WinningRule
  status: 'OPEN' | 'CLOSED'
  openedAt: string
  closedAt: string | null
  ballots: number
  tally: Record<string, number> | null
  winners: string[] | null
}

export const POST_STATUS: Record<PostStatus, { label: string; type: 'info' | 'warning' | 'success' | 'primary' | 'danger' }> = {
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

export function satisfactionText(s: Satisfaction | undefined | null): string {
  if (!s || s.ratePercent === null) return '暂无数据'
  return `${rateText(s.ratePercent)}（${s.answers} 份）`
}

export const postApi = {
  posts: (status?: PostStatus) => api.get<Post[]>(`/api/post/posts${status ? `?status=${status}` : ''}`),
  elections: () => api.get<Election[]>('/api/post/elections'),
  vote: (electionId: string, choices: string[]) => api.post<void>(`/api/post/elections/${electionId}/ballots`, { choices }),
}
