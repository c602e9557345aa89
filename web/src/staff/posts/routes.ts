import type { RouteRecordRaw } from 'vue-router'
import type { Role } from '../../shared/session'

// Nominating is the branch's, the leadership's and the unit heads' (post-service PostService.nominate); the
// resolution and the plaque the leadership's; the office reads the register and its history.
const REGISTER: Role[] = ['SECRETARY', 'LEADER', 'UNIT_HEAD', 'OFFICE']

export const postRoutes: RouteRecordRaw[] = [
  {
    path: 'posts',
    component: () => import('./PostsPage.vue'),
    meta: { roles: REGISTER, menu: '党员示范岗', title: '示范岗管理' },
  },
  {
    path: 'posts/nominate',
    component: () => import('./NominatePage.vue'),
    meta: { roles: ['SECRETARY', 'LEADER', 'UNIT_HEAD'], title: '提名示范岗' },
  },
  {
    path: 'posts/print',
    component: () => import('./PostRegisterPrintPage.vue'),
    meta: { roles: REGISTER, title: '示范岗登记台账' },
  },
  {
    path: 'posts/:id/plaque-card',
    component: () => import('./PlaqueCardPage.vue'),
    props: true,
    meta: { roles: REGISTER, title: '标牌打印' },
  },
]
