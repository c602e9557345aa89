import type { RouteRecordRaw } from 'vue-router'

const leader = { roles: ['LEADER' as const], menu: '局领导' }

export const leaderRoutes: RouteRecordRaw[] = [
  { path: 'leader/reviews', component: () => import('./ReviewQueuePage.vue'), meta: { ...leader, title: '承诺审核' } },
  {
    path: 'leader/reviews/:id',
    component: () => import('./ReviewPage.vue'),
    props: true,
    meta: { roles: leader.roles, title: '审核承诺' },
  },
  {
    path: 'leader/evaluations',
    component: () => import('./EvaluationQueuePage.vue'),
    meta: { ...leader, title: '承诺评议' },
  },
  {
    path: 'leader/evaluations/:id',
    component: () => import('./EvaluationPage.vue'),
    props: true,
    meta: { roles: leader.roles, title: '评议承诺' },
  },
  {
    path: 'leader/posts',
    component: () => import('./PostAssessmentPage.vue'),
    meta: { ...leader, title: '示范岗考核' },
  },
  {
    path: 'leader/zones',
    component: () => import('./ZoneAssessmentPage.vue'),
    meta: { ...leader, title: '责任区考核' },
  },
]
