import type { RouteRecordRaw } from 'vue-router'

const head = { roles: ['UNIT_HEAD' as const], menu: '责任区负责人' }

// The head of a unit heads its responsibility zone (zone-service ZonePlan): keeps its log, reports to the office
// (ReportController), and follows the pledges of the unit's people (pledge-service PrintController ledger).
export const unitHeadRoutes: RouteRecordRaw[] = [
  {
    path: 'unit-head/work-logs',
    component: () => import('./WorkLogsPage.vue'),
    meta: { ...head, title: '责任区工作日志' },
  },
  { path: 'unit-head/reports', component: () => import('./ReportsPage.vue'), meta: { ...head, title: '书面报告' } },
  {
    path: 'unit-head/pledges',
    component: () => import('./UnitPledgesPage.vue'),
    meta: { ...head, title: '本单位承诺' },
  },
]
