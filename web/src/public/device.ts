const DEVICE_KEY = 'sangang.public.deviceId'
const ANSWERED_KEY = 'sangang.public.answeredSurveys'

/**
 * The id this phone asks survey tickets with, made once and kept: the server counts one answer per device and
 * survey (and, whatever ids devices give, only so many tickets per network and day, each costing a proof of work).
 * Made from getRandomValues because randomUUID needs a secure context and plaques may link over http.
 */
export function deviceId(): string {
  const kept = localStorage.getItem(DEVICE_KEY)
  if (kept && /^[A-Za-z0-9_-]{16,64}$/.test(kept)) return kept
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  const made = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  localStorage.setItem(DEVICE_KEY, made)
  return made
}

function answeredCodes(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(ANSWERED_KEY) ?? '[]')
    return Array.isArray(parsed) ? parsed.filter((c): c is string => typeof c === 'string') : []
  } catch {
    return []
  }
}

/** Whether this phone has answered the survey; the server is the judge, this only spares a refused attempt. */
export function answeredHere(code: string): boolean {
  return answeredCodes().includes(code)
}

export function rememberAnswered(code: string) {
  const codes = answeredCodes()
  if (!codes.includes(code)) localStorage.setItem(ANSWERED_KEY, JSON.stringify([...codes, code].slice(-200)))
}
