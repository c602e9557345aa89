import { currentQuarter } from '../../shared/format'

/** Quarters written as the services write them (2026-Q4). */
export function quarterOf(date: string): string {
  return `${date.substring(0, 4)}-Q${Math.floor((Number(date.substring(5, 7)) - 1) / 3) + 1}`
}

/** Every quarter from `first` up to the current one, newest first. */
export function quartersSince(first: string): string[] {
  const last = currentQuarter()
  const result: string[] = []
  let year = Number(first.substring(0, 4))
  let q = Number(first.substring(6))
  while (`${year}-Q${q}` <= last) {
    result.unshift(`${year}-Q${q}`)
    q += 1
    if (q > 4) {
      q = 1
      year += 1
    }
  }
  return result
}
