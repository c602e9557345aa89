import { onBeforeUnmount, onMounted, toValue, watchEffect, type MaybeRefOrGetter } from 'vue'
import './print.css'

/**
 * Makes the calling page a print view: while it is open, the paper is `size` (an @page size such as 'A4 landscape',
 * followed when it changes) with `margin`, and the body carries `printing-page`, under which print.css leaves only the
 * page's sheet on paper. Both are undone when the page is left, so other pages print as they are.
 */
export function usePrintPage(size: MaybeRefOrGetter<string>, margin = '10mm') {
  const pageRule = document.createElement('style')
  watchEffect(() => {
    pageRule.textContent = `@page { size: ${toValue(size)}; margin: ${margin}; }`
  })
  onMounted(() => {
    document.head.appendChild(pageRule)
    document.body.classList.add('printing-page')
  })
  onBeforeUnmount(() => {
    pageRule.remove()
    document.body.classList.remove('printing-page')
  })

  function print() {
    window.print()
  }

  return { print }
}
