import type { RouteRecordRaw } from 'vue-router'

// The paths are the very URLs printed on plaques and encoded in their QR codes (and fetched as JSON by the pages).
export const publicRoutes: RouteRecordRaw[] = [
  {
    path: '/public/board/:bureauId',
    component: () => import('./BoardPage.vue'),
    props: true,
    meta: { public: true, title: '三岗公示栏' },
  },
  {
    path: '/public/post/plaques/:code',
    component: () => import('./PostPlaquePage.vue'),
    props: true,
    meta: { public: true, title: '党员示范岗' },
  },
  {
    path: '/public/zone/plaques/:code',
    component: () => import('./ZonePlaquePage.vue'),
    props: true,
    meta: { public: true, title: '党员责任区' },
  },
  {
    path: '/public/pledge/pledges/:code',
    component: () => import('./PledgePage.vue'),
    props: true,
    meta: { public: true, title: '承诺公示' },
  },
  {
    path: '/public/evaluation/surveys',
    component: () => import('./SurveyListPage.vue'),
    meta: { public: true, title: '满意度评议' },
  },
  {
    path: '/public/evaluation/surveys/:code',
    component: () => import('./SurveyFormPage.vue'),
    props: true,
    meta: { public: true, title: '满意度评议' },
  },
]
