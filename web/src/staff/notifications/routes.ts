import type { RouteRecordRaw } from 'vue-router'

export const notificationRoutes: RouteRecordRaw[] = [
  {
    path: 'notifications',
    component: () => import('./NotificationsPage.vue'),
    meta: { title: '消息通知', menu: '我的', roles: ['MEMBER', 'UNIT_HEAD', 'LEADER', 'SECRETARY', 'OFFICE', 'ADMIN'] },
  },
]
