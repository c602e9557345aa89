import type { Rating, ReportKind, TargetType } from '../../shared/labels'
import type { RewardStatus } from '../api/rewards'

/** The evaluation-service and zone-service bodies the office screens read, and their words in Chinese. */

export const TARGET_TYPES: Record<TargetType, string> = {
  POST: '党员示范岗',
  ZONE: '党员责任区',
  PLEDGE: '党员承诺',
  LEADERSHIP: '局领导班子',
}

export const RATINGS: Record<Rating, string> = {
  SATISFIED: '满意',
  BASICALLY_SATISFIED: '基本满意',
  DISSATISFIED: '不满意',
}

export interface Survey {
  code: string
  targetType: TargetType
  targetId: string
  title: string
  quarter: string
  open: boolean
  answers: number
  satisfactionRatePercent: number | null
}

export interface SurveyResults {
  survey: Survey
  satisfaction: { satisfied: number; basicallySatisfied: number; dissatisfied: number }
  latestOpinions: { rating: Rating; opinion: string; at: string }[]
}

export type { Reward, RewardStatus } from '../api/rewards'

export const REWARD_STATUSES: Record<RewardStatus, string> = {
  GRANTED: '待发放',
  PAID: '已发放',
  WITHDRAWN: '已撤回',
}

export interface UnitScore {
  rank: number
  unitCode: string
  postPoints: number
  zonePoints: number
  pledgePoints: number
  total: number
}

export type ReportStatus = 'SUBMITTED' | 'ACKNOWLEDGED' | 'PUBLISHED'

export const REPORT_STATUSES: Record<ReportStatus, string> = {
  SUBMITTED: '待收阅',
  ACKNOWLEDGED: '已收阅',
  PUBLISHED: '已宣传推介',
}

/** Only good practice and typical cases go on the public board (the server's rule, ReportKind.publishable). */
export function publishable(kind: ReportKind): boolean {
  return kind === 'EXPERIENCE' || kind === 'TYPICAL_CASE'
}

export interface ReportStep {
  by: string | null
  at: string
  note: string | null
}

export interface ZoneReport {
  id: string
  zoneId: string
  zoneName: string
  authorPersonNo: string
  kind: ReportKind
  title: string
  body: string
  submittedAt: string
  status: ReportStatus
  acknowledged: ReportStep | null
  published: ReportStep | null
  publicSummary: string | null
}

/** What the office needs of the roster, posts, zones and pledges to name a survey's target or a unit. */
export interface UnitRef {
  code: string
  name: string
}

export interface PersonRef {
  personNo: string
  name: string
  unitCode: string
}

export interface PostRef {
  id: string
  title: string
  holderName: string | null
  unitCode: string | null
  unitName: string | null
  status: string
}

export interface ZoneRef {
  zoneId: string
  name: string
  unitCode: string
  unitName: string | null
}

export interface PledgeRef {
  id: string
  kind: 'MEMBER' | 'ORGANISATION'
  letterTitle: string
  campaignYear: number
  proposerPersonNo: string
  proposerName: string | null
  organisationName: string | null
  status: string
}
