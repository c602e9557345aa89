import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { hasRole, session, type Role } from './shared/session'
import { staffRoutes } from './staff/routes'
import { publicRoutes } from './public/routes'
import { loadPublicKit, loadStaffKit } from './shared/uiKits'

declare module 'vue-router' {
  interface RouteMeta {
    /** Who may open the screen; absent means any signed-in account. */
    roles?: Role[]
    title?: string
    public?: boolean
    /** The side-menu group the screen is listed under (e.g. '我的', '局领导'); absent: not in the menu. */
    menu?: string
  }
}

const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/app' },
  ...publicRoutes,
  ...staffRoutes,
  { path: '/:pathMatch(.*)*', component: () => import('./shared/NotFound.vue'), meta: { public: true } },
]

export const router = createRouter({ history: createWebHistory(), routes })

router.beforeEach(async (to) => {
  await (to.path.startsWith('/public/') ? loadPublicKit() : loadStaffKit())
  if (to.meta.public) return true
  if (!session.me) return { path: '/app/login', query: { next: to.fullPath } }
  if (to.meta.roles && !hasRole(...to.meta.roles)) return { path: '/app' }
  return true
})

router.afterEach((to) => {
  document.title = to.meta.title ? `${to.meta.title} · 三岗` : '三岗 · 党员示范岗 党员责任区 党员承诺践诺'
})
