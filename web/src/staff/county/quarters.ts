import { currentQuarter } from '../../shared/format'

/** The quarter before "2026-Q1" is "2025-Q4". */
export function previousQuarter(quarter: string): string {
  const [year, q] = quarter.split('-Q').map(Number)
  return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`
}

/** `count` quarters ending with `last`, oldest first. */
export function quartersUpTo(last: string, count: number): string[] {
  const result = [last]
  while (result.length < count) result.unshift(previousQuarter(result[0]))
  return result
}

/** The current quarter and the ones before it, newest first: the quarters a survey or a feed can be about. */
export function recentQuarters(count: number): string[] {
  return quartersUpTo(currentQuarter(), count).reverse()
}

/** "2026-Q4" as the bureau says it: 2026年第四季度. */
export function quarterLabel(quarter: string): string {
  const [year, q] = quarter.split('-Q')
  return `${year}年第${['一', '二', '三', '四'][Number(q) - 1] ?? q}季度`
}
