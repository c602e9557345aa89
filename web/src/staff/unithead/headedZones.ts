import { onMounted, ref } from 'vue'
import { session } from '../../shared/session'
import { zonesApi, type Zone } from '../api/zones'
import { showFailure } from '../shared/failure'

/** The zones the signed-in unit head heads, and the one picked on the page (the first, usually the only one). */
export function useHeadedZones() {
  const zones = ref<Zone[]>([])
  const zoneId = ref<string>('')
  const loading = ref(true)

  onMounted(async () => {
    try {
      zones.value = await zonesApi.headedBy(session.me?.personNo)
      zoneId.value = zones.value[0]?.zoneId ?? ''
    } catch (e) {
      showFailure(e)
    } finally {
      loading.value = false
    }
  })

  return { zones, zoneId, loading }
}
