import { ref, shallowRef, watch, type Ref } from 'vue'

/**
 * Data fetched for a key (a code, a bureau, a year), fetched again when the key changes, with its loading and error.
 * Only the latest call lands, and a new key drops the data of the old one: what is on screen always belongs to the
 * key selected, even when an earlier answer arrives late or the new one fails. `explain` words a failure; it is
 * passed in because the public pages and the staff screens say it differently, each with its own component kit.
 */
export function useLoad<K, T>(key: () => K, fetch: (key: K) => Promise<T>, explain: (error: unknown) => string) {
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
      if (call === latest) error.value = explain(e)
    } finally {
      if (call === latest) loading.value = false
    }
  }

  watch(
    key,
    () => {
      data.value = null
      return load()
    },
    { immediate: true },
  )
  return { data, loading, error, reload: load }
}
