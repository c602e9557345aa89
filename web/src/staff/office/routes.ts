import type { RouteRecordRaw } from 'vue-router'

const office = { roles: ['OFFICE' as const], menu: '教育实践办' }

// The leadership reads the survey results, reports, rewards and rankings too, and the branch the rankings (evaluation
// SurveyController, RewardController, RankingController; zone ReportController); the office's actions stay its own.
export const officeRoutes: RouteRecordRaw[] = [
  { path: 'office/surveys', component: () => import('./SurveysPage.vue'), meta: { ...office, title: '满意度测评' } },
  {
    path: 'office/surveys/:code',
    component: () => import('./SurveyDetailPage.vue'),
    props: true,
    meta: { roles: ['OFFICE', 'LEADER'], title: '测评结果' },
  },
  {
    path: 'office/reports',
    component: () => import('./ReportsPage.vue'),
    meta: { ...office, roles: ['OFFICE', 'LEADER'], title: '责任区报告' },
  },
  {
    path: 'office/rewards',
    component: () => import('./RewardsPage.vue'),
    meta: { ...office, roles: ['OFFICE', 'LEADER'], title: '奖励' },
  },
  {
    path: 'office/rewards/payout',
    component: () => import('./PayoutListPage.vue'),
    meta: { roles: ['OFFICE', 'LEADER'], title: '奖励发放表' },
  },
  {
    path: 'office/rankings',
    component: () => import('./RankingsPage.vue'),
    meta: { ...office, roles: ['OFFICE', 'LEADER', 'SECRETARY'], title: '表彰排名' },
  },
  { path: 'office/analysis', component: () => import('./AnalysisPage.vue'), meta: { ...office, title: '满意度分析' } },
]
