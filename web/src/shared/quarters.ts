import { todayInChina } from './dates'

/** Quarters as the services write them (2026-Q4), and as people say them (2026年第四季度). */

/** The quarter a date (2026-11-05) falls in. */
export function quarterOf(date: string): string {
  return `${date.substring(0, 4)}-Q${Math.floor((Number(date.substring(5, 7)) - 1) / 3) + 1}`
}

export function currentQuarter(): string {
  return quarterOf(todayInChina())
}

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

/** Every quarter from `first` up to the current one, newest first. */
export function quartersSince(first: string): string[] {
  const result: string[] = []
  for (let q = currentQuarter(); q >= first; q = previousQuarter(q)) result.push(q)
  return result
}

/** "2026-Q4" as people say it: 2026年第四季度. */
export function quarterLabel(quarter: string): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter)
  return match ? `${match[1]}年第${'一二三四'[Number(match[2]) - 1]}季度` : quarter
}
