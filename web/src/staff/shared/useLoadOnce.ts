import { useLoad } from '../../shared/useLoad'
import { showFailure } from './failure'

/** What a staff screen fetches once as it opens (again on `reload`), a failure shown as staff screens show it. */
export function useLoadOnce<T>(fetch: () => Promise<T>) {
  return useLoad(() => 0, fetch, showFailure)
}
