/**
 * Dates as the bureau writes them (2026-03-01), on its calendar: China time, whatever the zone of the browser, since
 * the services decide "today" and "this year" there too.
 */
const BUREAU_TIME = 'Asia/Shanghai'

/** Today on the bureau's calendar, as the API writes dates. */
export function todayInChina(): string {
  return new Date().toLocaleDateString('en-CA', { timeZone: BUREAU_TIME })
}

export function currentYear(): number {
  return Number(todayInChina().substring(0, 4))
}

export function addYears(date: string, years: number): string {
  return `${Number(date.substring(0, 4)) + years}${date.substring(4)}`
}

/**
 * The day a date picker offers, written as the API writes dates. The picker hands over local midnight of the day it
 * shows, so this reads the browser's own calendar: in China time, a browser east of China would see the day before.
 */
export function pickedDay(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`
}

export function day(value?: string | null): string {
  return value ? value.substring(0, 10) : ''
}

/** A moment to the minute, in China time. */
export function minute(value?: string | null): string {
  if (!value) return ''
  return new Date(value).toLocaleString('zh-CN', { timeZone: BUREAU_TIME, hour12: false }).replace(/:\d\d$/, '')
}
