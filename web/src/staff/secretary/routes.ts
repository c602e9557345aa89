import type { RouteRecordRaw } from 'vue-router'

const secretary = { roles: ['SECRETARY' as const], menu: '支部书记' }

// Campaigns and publication are the leadership's as much as the branch's (pledge-service Campaigns, PledgeService);
// the leadership and the office read the ledger too (PrintController). 示范岗整改 is where post-service's reminders of
// a rectification's deadline send the secretary (RectificationReminders).
export const secretaryRoutes: RouteRecordRaw[] = [
  {
    path: 'secretary/elections',
    component: () => import('./ElectionsPage.vue'),
    meta: { ...secretary, title: '选举管理' },
  },
  {
    path: 'secretary/post-rectifications',
    component: () => import('./PostRectificationsPage.vue'),
    meta: { ...secretary, title: '示范岗整改' },
  },
  {
    path: 'secretary/campaigns',
    component: () => import('./CampaignsPage.vue'),
    meta: { ...secretary, roles: ['SECRETARY', 'LEADER'], title: '承诺活动' },
  },
  {
    path: 'secretary/org-pledge',
    component: () => import('./OrgPledgePage.vue'),
    meta: { ...secretary, title: '组织承诺' },
  },
  {
    path: 'secretary/letters',
    component: () => import('./LettersPage.vue'),
    meta: { ...secretary, title: '承诺书打印' },
  },
  {
    path: 'secretary/publication',
    component: () => import('./PublicationPage.vue'),
    meta: { ...secretary, roles: ['SECRETARY', 'LEADER'], title: '公示' },
  },
  {
    path: 'secretary/not-pledged',
    component: () => import('./NotPledgedPage.vue'),
    meta: { ...secretary, roles: ['SECRETARY', 'LEADER'], title: '未承诺党员' },
  },
  {
    path: 'secretary/ledger',
    component: () => import('./LedgerPage.vue'),
    meta: { ...secretary, roles: ['SECRETARY', 'LEADER', 'OFFICE'], title: '承诺台账' },
  },
]
