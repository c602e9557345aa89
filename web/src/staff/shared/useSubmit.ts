import { ref, type Ref } from 'vue'
import { ElMessage, type FormInstance } from 'element-plus'
import { showFailure } from './failure'

interface SubmitOptions<T> {
  /** An invalid form, or one not on screen, sends nothing. */
  form?: Readonly<Ref<FormInstance | null | undefined>>
  success?: string | ((result: T) => string)
  /**
   * What follows a success (closing the dialog, moving on, reloading). It runs while still busy, so the button cannot
   * send twice while the next page loads, and a failure in it is reported like the call's own.
   */
  after?: (result: T) => unknown
  /** For a screen that words a refusal its own way; otherwise it is shown in a message on top. */
  failure?: (error: unknown) => unknown
}

/** Sending a staff form: busy while it is sent, then the outcome in a message on top. */
export function useSubmit() {
  const busy = ref(false)

  async function submit<T>(action: () => Promise<T>, options: SubmitOptions<T> = {}): Promise<void> {
    const { form, success, after, failure = showFailure } = options
    if (form && !(await form.value?.validate().catch(() => false))) return
    busy.value = true
    try {
      const result = await action()
      if (success) ElMessage.success(typeof success === 'string' ? success : success(result))
      await after?.(result)
    } catch (e) {
      failure(e)
    } finally {
      busy.value = false
    }
  }

  return { busy, submit }
}
