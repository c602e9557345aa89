import type { RouteRecordRaw } from 'vue-router'
import { memberRoutes } from './member/routes'
import { leaderRoutes } from './leader/routes'
import { secretaryRoutes } from './secretary/routes'
import { officeRoutes } from './office/routes'
import { adminRoutes } from './admin/routes'
import { countyRoutes } from './county/routes'
import { unitHeadRoutes } from './unithead/routes'
import { postRoutes } from './posts/routes'
import { notificationRoutes } from './notifications/routes'

/**
 * The staff screens under /app. Each child with meta.menu appears in the side menu of the accounts whose roles
 * meta.roles names; the servers check the roles again, the menu only spares people screens they cannot use.
 */
export const staffRoutes: RouteRecordRaw[] = [
  { path: '/app/login', component: () => import('./LoginPage.vue'), meta: { public: true, title: '登录' } },
  {
    path: '/app',
    component: () => import('./StaffLayout.vue'),
    children: [
      { path: '', component: () => import('./StartPage.vue') },
      ...memberRoutes,
      ...notificationRoutes,
      ...unitHeadRoutes,
      ...postRoutes,
      ...leaderRoutes,
      ...secretaryRoutes,
      ...officeRoutes,
      ...adminRoutes,
      ...countyRoutes,
    ],
  },
]
