import { reactive, watch, type Ref } from 'vue'
import type { Pledge } from '../../api/pledges'

/**
 * A leader's verdict on each item of the pledge opened, keyed by item number: each starts from `blank()`, afresh
 * also when the address moves on to another pledge.
 */
export function useItemVerdicts<V extends object>(pledge: Ref<Pledge | null>, blank: () => V): Record<number, V> {
  const verdicts = reactive<Record<number, V>>({}) as Record<number, V>
  watch(pledge, (opened) => {
    for (const no of Object.keys(verdicts)) delete verdicts[Number(no)]
    for (const item of opened?.items ?? []) verdicts[item.no] = blank()
  })
  return verdicts
}
