import { api } from '../../shared/api'

/** evaluation-service's inbox (NotificationController): the signed-in person's reminders and what they have read. */

export type NotificationKind =
  | 'PLEDGE_PUBLICITY_DEADLINE'
  | 'PLEDGE_ITEM_DEADLINE'
  | 'RECTIFICATION_DEADLINE'
  | 'PLEDGE_REVIEW'
  | 'ELECTION_VOTE'
  | 'POST_ASSESSMENT_DUE'
  | 'REPORT_WAITING'

export interface Notification {
  id: string
  kind: NotificationKind
  title: string
  detail: string | null
  /** The staff page to act on, e.g. /app/leader/reviews. */
  link: string | null
  dueOn: string | null
  createdAt: string
  read: boolean
}

export const notificationsApi = {
  /** The newest 100, newest first; `unreadOnly`: the newest 100 unread. */
  list: (unreadOnly = false) =>
    api.get<Notification[]>(`/api/evaluation/notifications${unreadOnly ? '?unreadOnly=true' : ''}`),
  unreadCount: () => api.get<{ unread: number }>('/api/evaluation/notifications/unread-count'),
  markRead: (id: string) => api.post<Notification>(`/api/evaluation/notifications/${id}/read`),
  markAllRead: () => api.post<{ unread: number }>('/api/evaluation/notifications/read-all'),
}
