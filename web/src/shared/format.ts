/** Dates as the bureau writes them (2026-03-01), times to the minute in China time. */
export function day(value?: string | null): string {
  return value ? value.substring(0, 10) : ''
}

export function minute(value?: string | null): string {
  if (!value) return ''
  return new Date(value).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }).replace(/:\d\d$/, '')
}

export function percent(rate?: number | null): string {
  return rate === null || rate === undefined ? '暂无' : `${(rate * 100).toFixed(1)}%`
}

export function currentYear(): number {
  return Number(new Date().toLocaleString('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }))
}

export function currentQuarter(): string {
  const now = new Date(new Date().toLocaleString('en-US', { timeZone: 'Asia/Shanghai' }))
  return `${now.getFullYear()}-Q${Math.floor(now.getMonth() / 3) + 1}`
}
