import type { ItemStatus, PublicAppraisal, ReportKind, Standard } from './publicApi'

/** The four images (四个形象) and the six standards (六条标准), in the order the nomination form asks them. */
export const IMAGES: [Standard, string][] = [
  ['IMAGE_PACESETTER', '领跑形象'],
  ['IMAGE_DEDICATION', '敬业形象'],
  ['IMAGE_SERVICE', '奉献形象'],
  ['IMAGE_PUBLIC_SERVANT', '公仆形象'],
]

export const STANDARDS: [Standard, string][] = [
  ['LOVES_THE_JOB', '热爱本职'],
  ['KNOWS_THE_POLICIES', '熟悉政策'],
  ['ACTS_BY_LAW', '依法行政'],
  ['KEEPS_DISCIPLINE', '遵纪守法'],
  ['DOWN_TO_EARTH', '脚踏实地'],
  ['DIGNIFIED_CONDUCT', '举止端庄'],
]

export const POST_KIND = { INDIVIDUAL: '个人示范岗', COLLECTIVE: '集体示范岗' } as const

export const REPORT_KIND: Record<ReportKind, string> = {
  PROGRESS: '工作进展',
  EXPERIENCE: '经验做法',
  TYPICAL_CASE: '典型案例',
  RESULTS: '工作成效',
}

export const ITEM_STATUS: Record<ItemStatus, { label: string; type: 'primary' | 'success' | 'warning' | 'danger' }> = {
  PLANNED: { label: '未开始', type: 'primary' },
  IN_PROGRESS: { label: '践诺中', type: 'primary' },
  COMPLETED: { label: '已完成', type: 'success' },
  FULFILLED: { label: '已兑现', type: 'success' },
  RECTIFYING: { label: '整改中', type: 'danger' },
  RECTIFIED: { label: '已整改', type: 'success' },
}

export function appraisalText(appraisal: PublicAppraisal | null): string {
  if (!appraisal || appraisal.ratePercent === null || appraisal.answers === 0) return '暂无评议数据'
  return `${appraisal.quarter ? quarterText(appraisal.quarter) : ''} 满意率 ${appraisal.ratePercent.toFixed(1)}%（${appraisal.answers} 份）`
}

/** "2026-Q4" as people say it: 2026 年第四季度. */
export function quarterText(quarter: string): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter)
  return match ? `${match[1]} 年第${'一二三四'[Number(match[2]) - 1]}季度` : quarter
}
