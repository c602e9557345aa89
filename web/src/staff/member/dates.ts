/** Today on the bureau's calendar (China time), as the API writes dates. */
export function today(): string {
  return new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' })
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().substring(0, 10)
}

export function addYears(date: string, years: number): string {
  return `${Number(date.substring(0, 4)) + years}${date.substring(4)}`
}
