import type { Account } from '../api/accounts'
import { openWhileChosen, useDialogForm } from '../shared/useDialogForm'
import { reasonRules } from './model'

type Changed = (account: Account, reason: string) => Promise<Account>

/**
 * The working of a dialog that changes the chosen account on record with the administrator's reason: open while
 * an account is chosen, its entry `fields()` and a `reason` (asked for by `missingReason`); `change` sends it.
 */
export function useAccountChange<E extends object>(
  account: () => Account | null,
  emit: { (e: 'close'): void; (e: 'saved', account: Account): void },
  fields: () => E,
  missingReason: string,
) {
  const open = openWhileChosen(
    () => account() !== null,
    () => emit('close'),
  )
  const { entry, busy, send } = useDialogForm(open, () => ({ ...fields(), reason: '' }))

  async function change(changed: Changed, done: string) {
    const chosen = account()
    if (!chosen) return
    await send(
      () => changed(chosen, entry.reason.trim()),
      done,
      (saved) => emit('saved', saved),
    )
  }

  return { open, entry, busy, reasonRules: reasonRules(missingReason), change }
}
