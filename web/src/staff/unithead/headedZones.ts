import { computed, ref, watch } from 'vue'
import { session } from '../../shared/session'
import { useLoad } from '../../shared/useLoad'
import { zonesApi } from '../api/zones'
import { showFailure } from '../shared/failure'

/** The zones the signed-in unit head heads, and the one picked on the page (the first, usually the only one). */
export function useHeadedZones() {
  const { data, loading } = useLoad(() => session.me?.personNo, zonesApi.headedBy, showFailure)
  const zones = computed(() => data.value ?? [])
  const zoneId = ref<string>('')
  watch(zones, (headed) => (zoneId.value = headed[0]?.zoneId ?? ''))

  return { zones, zoneId, loading }
}
