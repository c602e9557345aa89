import { computed, reactive, useTemplateRef, watch, type Ref, type UnwrapNestedRefs } from 'vue'
import type { FormInstance } from 'element-plus'
import { useSubmit } from './useSubmit'

/**
 * The working of a dialog that fills in an entry and sends it (with FormDialog), so that every such dialog behaves
 * alike: the entry starts afresh from `blank()` each time the dialog opens, without the complaints of a former try;
 * `send` checks the dialog's el-form (the one with `ref="form"`; a dialog without one sends what it has), sends, and
 * once it is through closes the dialog before `done`, if any, hears of the result. `valid` is the form's check alone,
 * for a dialog with checks of its own to make after it.
 */
export function useDialogForm<E extends object>(open: Ref<boolean>, blank: () => E) {
  const form = useTemplateRef<FormInstance>('form')
  const entry = reactive(blank()) as UnwrapNestedRefs<E>
  const { busy, submit } = useSubmit()

  watch(open, (now) => {
    if (!now) return
    Object.assign(entry, blank())
    form.value?.clearValidate()
  })

  async function valid(): Promise<boolean> {
    return !form.value || (await form.value.validate().catch(() => false))
  }

  function send<T>(action: () => Promise<T>, success: string | ((result: T) => string), done?: (result: T) => unknown) {
    return submit(action, {
      form: form.value ? form : undefined,
      success,
      after: (result) => {
        open.value = false
        return done?.(result)
      },
    })
  }

  return { entry, busy, valid, send }
}

/** The `open` of a dialog shown while the page has something chosen (`chosen`): closing it tells the page to let go. */
export function openWhileChosen(chosen: () => boolean, close: () => void) {
  return computed({
    get: chosen,
    set: (now) => {
      if (!now) close()
    },
  })
}
