import type { RouteComponent, RouteRecordRaw } from 'vue-router'

/** A public page, open without an account; the path's parameters (a plaque's code, a bureau) are its props. */
function page(path: string, component: () => Promise<RouteComponent>, title: string): RouteRecordRaw {
  return { path, component, props: true, meta: { public: true, title } }
}

// The paths are the very URLs printed on plaques and encoded in their QR codes (and fetched as JSON by the pages).
export const publicRoutes: RouteRecordRaw[] = [
  page('/public/board/:bureauId', () => import('./BoardPage.vue'), '三岗公示栏'),
  page('/public/post/plaques/:code', () => import('./PostPlaquePage.vue'), '党员示范岗'),
  page('/public/zone/plaques/:code', () => import('./ZonePlaquePage.vue'), '党员责任区'),
  page('/public/pledge/pledges/:code', () => import('./PledgePage.vue'), '承诺公示'),
  page('/public/evaluation/surveys', () => import('./SurveyListPage.vue'), '满意度评议'),
  page('/public/evaluation/surveys/:code', () => import('./SurveyFormPage.vue'), '满意度评议'),
]
