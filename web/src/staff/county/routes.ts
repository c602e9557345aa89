import type { RouteRecordRaw } from 'vue-router'

export const countyRoutes: RouteRecordRaw[] = [
  {
    path: 'county',
    component: () => import('./CountyPage.vue'),
    meta: { title: '各局汇总', menu: '县委督导', roles: ['COUNTY'] },
  },
]
