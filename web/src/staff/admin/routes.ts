import type { RouteRecordRaw } from 'vue-router'

const admin = { roles: ['ADMIN' as const], menu: '系统管理' }

export const adminRoutes: RouteRecordRaw[] = [
  { path: 'admin/roster', component: () => import('./RosterPage.vue'), meta: { ...admin, title: '人员名册' } },
  { path: 'admin/units', component: () => import('./UnitsPage.vue'), meta: { ...admin, title: '单位' } },
  // The leadership and the office read the zones and their history (zone-service ZonePlanController, AuditEndpoint).
  {
    path: 'admin/zones',
    component: () => import('./ZonesPage.vue'),
    meta: { ...admin, roles: ['ADMIN', 'LEADER', 'OFFICE'], title: '责任区' },
  },
  {
    path: 'admin/zones/print',
    component: () => import('./ZoneRegisterPrintPage.vue'),
    meta: { roles: ['ADMIN', 'LEADER', 'OFFICE'], title: '责任区登记表' },
  },
  {
    path: 'admin/zones/new',
    component: () => import('./ZoneEditPage.vue'),
    meta: { roles: ['ADMIN'], title: '划定责任区' },
  },
  {
    path: 'admin/zones/:zoneId/plaque-card',
    component: () => import('./ZonePlaqueCardPage.vue'),
    props: true,
    meta: { roles: ['ADMIN', 'LEADER', 'OFFICE'], title: '责任区标牌打印' },
  },
  {
    path: 'admin/zones/:zoneId',
    component: () => import('./ZoneEditPage.vue'),
    props: true,
    meta: { roles: ['ADMIN'], title: '调整责任区' },
  },
  // The leadership, the branch and the office follow the coverage too (zone-service ZonePlanController).
  {
    path: 'admin/coverage',
    component: () => import('./CoveragePage.vue'),
    meta: { ...admin, roles: ['ADMIN', 'LEADER', 'SECRETARY', 'OFFICE'], title: '覆盖缺口' },
  },
  // The leadership and the office read the accounts and their history (gateway AccountController).
  {
    path: 'admin/accounts',
    component: () => import('./AccountsPage.vue'),
    meta: { ...admin, roles: ['ADMIN', 'LEADER', 'OFFICE'], title: '账号管理' },
  },
  { path: 'admin/bureau', component: () => import('./BureauPage.vue'), meta: { ...admin, title: '本单位信息' } },
]
