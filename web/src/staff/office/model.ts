import type { Rating, ReportKind, TargetType } from '../../shared/labels'
import type { RewardStatus } from '../api/rewards'
import type { ReportStatus } from '../api/zones'
import type { TagType } from '../shared/statusTags'

/** The words of the evaluation-service and zone-service codes the office screens show (the bodies are in ../api). */

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

export const REWARD_STATUSES: Record<RewardStatus, string> = {
  GRANTED: '待发放',
  PAID: '已发放',
  WITHDRAWN: '已撤回',
}

export const REWARD_TAGS: Record<RewardStatus, TagType> = {
  GRANTED: 'warning',
  PAID: 'success',
  WITHDRAWN: 'info',
}

export const REPORT_STATUSES: Record<ReportStatus, string> = {
  SUBMITTED: '待收阅',
  ACKNOWLEDGED: '已收阅',
  PUBLISHED: '已宣传推介',
}

export const REPORT_TAGS: Record<ReportStatus, TagType> = {
  SUBMITTED: 'warning',
  ACKNOWLEDGED: 'primary',
  PUBLISHED: 'success',
}

/** Only good practice and typical cases go on the public board (the server's rule, ReportKind.publishable). */
export function publishable(kind: ReportKind): boolean {
  return kind === 'EXPERIENCE' || kind === 'TYPICAL_CASE'
}
