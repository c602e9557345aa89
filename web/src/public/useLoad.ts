import { ref, shallowRef, watch, type Ref } from 'vue'
import { loadProblem } from './problems'

/** Data fetched for a key (a code, a bureau), fetched again when the key changes, with its loading and error. */
export function useLoad<K, T>(key: () => K, fetch: (key: K) => Promise<T>) {
  const data = shallowRef<T | null>(null) as Ref<T | null>
  const loading = ref(true)
  const error = ref('')
  let latest = 0

  async function load() {
    const call = ++latest
    loading.value = true
    error.value = ''
    try {
      const result = await fetch(key())
      if (call === latest) data.value = result
    } catch (e) {
      if (call === latest) error.value = loadProblem(e)
    } finally {
      if (call === latest) loading.value = false
    }
  }

  watch(key, load, { immediate: true })
  return { data, loading, error, reload: load }
}
