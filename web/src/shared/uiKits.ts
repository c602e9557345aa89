import type { App } from 'vue'

// A phone opening a plaque page should not download the staff screens' component library, nor a staff PC the
// phone one: each kit is fetched and registered the first time a page of its kind opens.
let app: App | null = null
let staffKit: Promise<void> | null = null
let publicKit: Promise<void> | null = null

export function bindUiKits(target: App) {
  app = target
}

export function loadStaffKit(): Promise<void> {
  staffKit ??= Promise.all([
    import('element-plus'),
    import('element-plus/es/locale/lang/zh-cn'),
    import('element-plus/dist/index.css'),
  ]).then(([elementPlus, zhCn]) => {
    app!.use(elementPlus.default, { locale: zhCn.default })
  })
  return staffKit
}

export function loadPublicKit(): Promise<void> {
  publicKit ??= Promise.all([import('vant'), import('vant/lib/index.css'), import('../public/theme.css')]).then(
    ([vant]) => {
      app!.use(vant.default)
    },
  )
  return publicKit
}
