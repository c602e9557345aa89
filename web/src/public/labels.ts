import type { PublicAppraisal } from '../shared/labels'
import { quarterLabel } from '../shared/quarters'
import { rateText } from '../shared/rates'

export function appraisalText(appraisal: PublicAppraisal | null): string {
  if (!appraisal || appraisal.ratePercent === null || appraisal.answers === 0) return '暂无评议数据'
  return `${appraisal.quarter ? quarterLabel(appraisal.quarter) : ''} 满意率 ${rateText(appraisal.ratePercent)}（${appraisal.answers} 份）`
}
