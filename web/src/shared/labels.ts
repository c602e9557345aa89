/** Codes the services return to both the public pages and the staff screens, and the one word each is shown as. */

export type PostKind = 'INDIVIDUAL' | 'COLLECTIVE'

export const POST_KIND: Record<PostKind, string> = { INDIVIDUAL: '个人示范岗', COLLECTIVE: '集体示范岗' }

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
