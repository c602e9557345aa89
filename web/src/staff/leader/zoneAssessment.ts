import type { Grade } from '../api/zones'

/** The words of a zone's quarterly assessment (the body is in ../api/zones.ts). */
export const GRADE: Record<Grade, { label: string; type: 'success' | 'primary' | 'warning' | 'danger' }> = {
  EXCELLENT: { label: '优秀', type: 'success' },
  GOOD: { label: '良好', type: 'primary' },
  PASS: { label: '合格', type: 'warning' },
  FAIL: { label: '不合格', type: 'danger' },
}

/** The three criteria of the source text, each scored 0–100. */
export const CRITERIA = [
  { key: 'coreWorkScore', label: '围绕中心工作，发挥党员先锋模范作用' },
  { key: 'problemSolvingScore', label: '措施有效，为基层组织解决实际问题' },
  { key: 'serviceCapacityScore', label: '组织功能和服务能力明显增强' },
] as const

export type CriterionKey = (typeof CRITERIA)[number]['key']
