import { computed } from 'vue'
import { session } from '../../shared/session'
import { useLoad } from '../../shared/useLoad'
import { myBureau } from '../api/bureaus'

/**
 * The caller's bureau's name, as a printed sheet heads itself. A bureau whose name cannot be read keeps its id as the
 * heading: the sheet can still be printed.
 */
export function useBureauName() {
  const { data: bureau } = useLoad(
    () => session.me?.bureauId ?? '',
    myBureau,
    () => '',
  )
  return computed(() => bureau.value?.name || session.me?.bureauId || '')
}
