import { ref } from 'vue'
import { session } from '../../shared/session'
import { notificationsApi } from '../api/notifications'

/** The bell's count, shared by the header and the notifications page, so marking on the page moves the bell at once. */
export const unread = ref(0)

const EVERY_MS = 60_000

/** Only a person of a bureau's roster has an inbox; the county office and accounts without a person have none. */
export function hasInbox(): boolean {
  return !!session.me?.bureauId && !!session.me?.personNo
}

export async function refreshUnread() {
  if (!hasInbox()) return
  try {
    unread.value = (await notificationsApi.unreadCount()).unread
  } catch {
    // The header is no place for an error: the bell keeps its last count and the next poll tries again.
  }
}

/** Asks for the count now and every minute while the tab is visible; returns the way to stop. */
export function pollUnread(): () => void {
  void refreshUnread()
  const timer = window.setInterval(() => {
    if (!document.hidden) void refreshUnread()
  }, EVERY_MS)
  const onVisible = () => {
    if (!document.hidden) void refreshUnread()
  }
  document.addEventListener('visibilitychange', onVisible)
  return () => {
    window.clearInterval(timer)
    document.removeEventListener('visibilitychange', onVisible)
  }
}
