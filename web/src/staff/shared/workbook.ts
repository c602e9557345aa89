import { todayInChina } from '../../shared/dates'
import { session } from '../../shared/session'
import { myBureau } from '../api/bureaus'

/** "2026-12-03" as a register dates itself: 2026年12月3日. */
export function chineseDay(date: string = todayInChina()): string {
  const [y, m, d] = date.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

/**
 * The file name an .xlsx export is saved under, as the service names it: the bureau's name, then `what` (such as
 * 党员责任区登记表（2026年12月3日）). A bureau whose name cannot be read gives its id, and the download goes on.
 */
export async function workbookName(what: string): Promise<string> {
  const bureauId = session.me?.bureauId ?? ''
  const bureau = await myBureau(bureauId).then(
    (b) => b.name,
    () => bureauId,
  )
  return `${bureau}${what}.xlsx`
}
