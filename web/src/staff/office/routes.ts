import type { RouteRecordRaw } from 'vue-router'

const office = { roles: ['OFFICE' as const], menu: '教育实践办' }

export const officeRoutes: RouteRecordRaw[] = [
  { path: 'office/surveys', component: () => import('./SurveysPage.vue'), meta: { ...office, title: '满意度测评' } },
  {
    path: 'office/surveys/:code',
    component: () => import('./SurveyDetailPage.vue'),
    meta: { roles: ['OFFICE'], title: '测评结果' },
  },
  { path: 'office/reports', component: () => import('./ReportsPage.vue'), meta: { ...office, title: '责任区报告' } },
  { path: 'office/rewards', component: () => import('./RewardsPage.vue'), meta: { ...office, title: '奖励' } },
  { path: 'office/rankings', component: () => import('./RankingsPage.vue'), meta: { ...office, title: '表彰排名' } },
  { path: 'office/analysis', component: () => import('./AnalysisPage.vue'), meta: { ...office, title: '满意度分析' } },
]
