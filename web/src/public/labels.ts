import type { PublicAppraisal } from '../shared/labels'
import { quarterLabel } from '../shared/quarters'
import { rateText } from '../shared/rates'
import type { Standard } from './publicApi'

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

export function appraisalText(appraisal: PublicAppraisal | null): string {
  if (!appraisal || appraisal.ratePercent === null || appraisal.answers === 0) return '暂无评议数据'
  return `${appraisal.quarter ? quarterLabel(appraisal.quarter) : ''} 满意率 ${rateText(appraisal.ratePercent)}（${appraisal.answers} 份）`
}
