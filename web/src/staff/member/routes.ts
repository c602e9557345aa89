import type { RouteRecordRaw } from 'vue-router'

export const memberRoutes: RouteRecordRaw[] = [
  {
    path: 'home',
    component: () => import('./MemberHome.vue'),
    meta: { title: '我的主页', menu: '我的', roles: ['MEMBER', 'UNIT_HEAD', 'LEADER', 'SECRETARY', 'OFFICE', 'ADMIN'] },
  },
  {
    path: 'rewards/mine',
    component: () => import('./MyRewardsPage.vue'),
    meta: { title: '我的奖励', menu: '我的', roles: ['MEMBER'] },
  },
  {
    path: 'pledges/new',
    component: () => import('./PledgeProposePage.vue'),
    meta: { title: '提出承诺', roles: ['MEMBER'] },
  },
  { path: 'pledges/:id', component: () => import('./PledgeDetailPage.vue'), meta: { title: '承诺详情' } },
  {
    path: 'pledges/:id/revise',
    component: () => import('./PledgeRevisePage.vue'),
    props: true,
    meta: { title: '修改承诺', roles: ['MEMBER', 'SECRETARY'] },
  },
]
