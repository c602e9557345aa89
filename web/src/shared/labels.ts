/** Codes the services return to both the public pages and the staff screens, and the one word each is shown as. */

export type PostKind = 'INDIVIDUAL' | 'COLLECTIVE'

export const POST_KIND: Record<PostKind, string> = { INDIVIDUAL: '个人示范岗', COLLECTIVE: '集体示范岗' }

/** The four images (四个形象) and six standards (六条标准) a nomination answers (post-service Standard). */
export type Standard =
  | 'IMAGE_PACESETTER'
  | 'IMAGE_DEDICATION'
  | 'IMAGE_SERVICE'
  | 'IMAGE_PUBLIC_SERVANT'
  | 'LOVES_THE_JOB'
  | 'KNOWS_THE_POLICIES'
  | 'ACTS_BY_LAW'
  | 'KEEPS_DISCIPLINE'
  | 'DOWN_TO_EARTH'
  | 'DIGNIFIED_CONDUCT'

/** In the order the nomination form asks them. */
export const IMAGES: { key: Standard; label: string }[] = [
  { key: 'IMAGE_PACESETTER', label: '领跑形象' },
  { key: 'IMAGE_DEDICATION', label: '敬业形象' },
  { key: 'IMAGE_SERVICE', label: '奉献形象' },
  { key: 'IMAGE_PUBLIC_SERVANT', label: '公仆形象' },
]

export const STANDARDS: { key: Standard; label: string }[] = [
  { key: 'LOVES_THE_JOB', label: '热爱本职' },
  { key: 'KNOWS_THE_POLICIES', label: '熟悉政策' },
  { key: 'ACTS_BY_LAW', label: '依法行政' },
  { key: 'KEEPS_DISCIPLINE', label: '遵纪守法' },
  { key: 'DOWN_TO_EARTH', label: '脚踏实地' },
  { key: 'DIGNIFIED_CONDUCT', label: '举止端庄' },
]

/** A post's statements come in two parts, the four images and the six standards, each under its heading. */
export const STATEMENT_PARTS: { title: string; standards: { key: Standard; label: string }[] }[] = [
  { title: '四个形象', standards: IMAGES },
  { title: '六条标准', standards: STANDARDS },
]

export type ReportKind = 'PROGRESS' | 'EXPERIENCE' | 'TYPICAL_CASE' | 'RESULTS'

export const REPORT_KIND: Record<ReportKind, string> = {
  PROGRESS: '工作进展',
  EXPERIENCE: '经验做法',
  TYPICAL_CASE: '典型案例',
  RESULTS: '工作成效',
}

export type ItemStatus = 'PLANNED' | 'IN_PROGRESS' | 'COMPLETED' | 'FULFILLED' | 'RECTIFYING' | 'RECTIFIED'

/**
 * A pledge item's state in the words of the printed ledger (pledge-service Printouts), so screen and paper agree: an
 * item is PLANNED until its pledge is published, and COMPLETED until the leadership evaluates it (ItemStatus).
 */
export const ITEM_STATUS: Record<ItemStatus, { label: string; type: 'primary' | 'success' | 'warning' | 'danger' }> = {
  PLANNED: { label: '待公示', type: 'primary' },
  IN_PROGRESS: { label: '践诺中', type: 'primary' },
  COMPLETED: { label: '已完成待评', type: 'success' },
  FULFILLED: { label: '已兑现', type: 'success' },
  RECTIFYING: { label: '整改中', type: 'danger' },
  RECTIFIED: { label: '已整改', type: 'success' },
}

export type Rating = 'SATISFIED' | 'BASICALLY_SATISFIED' | 'DISSATISFIED'

export type TargetType = 'POST' | 'ZONE' | 'PLEDGE' | 'LEADERSHIP'

/** The public's satisfaction with a pledge item, from the latest quarter surveyed. */
export interface PublicAppraisal {
  quarter: string | null
  ratePercent: number | null
  answers: number
  note: string | null
}
