import { api } from '../../shared/api'
import type { Role } from '../../shared/session'

/**
 * The gateway's bureau accounts (account/AccountController): the bureau's ADMIN opens and changes them; its leaders
 * and office read them and their history.
 */

/** An account as the gateway shows it (AccountView): never its password. */
export interface Account {
  id: string
  username: string
  bureauId: string | null
  personNo: string | null
  roles: Role[]
  enabled: boolean
  tokenVersion: number
}

/** One entry of an account's history (AccountDocument.Change); `actor` is a person number or a system actor. */
export interface AccountChange {
  at: string
  actor: string | null
  action: string
  reason: string | null
}

export interface AccountDetail {
  account: Account
  history: AccountChange[]
}

export interface NewAccount {
  username: string
  personNo: string
  roles: Role[]
  initialPassword: string
}

const path = (id: string) => `/api/accounts/${encodeURIComponent(id)}`

export const accountsApi = {
  /** ADMIN, LEADER and OFFICE of the bureau. */
  list: () => api.get<Account[]>('/api/accounts'),
  /** The account and its history, oldest first; ADMIN, LEADER and OFFICE of the bureau. */
  get: (id: string) => api.get<AccountDetail>(path(id)),
  /** ADMIN only, as every change below: for a person on the bureau's roster, with bureau roles only. */
  create: (account: NewAccount) => api.post<Account>('/api/accounts', account),
  grant: (id: string, roles: Role[], reason: string) => api.put<Account>(`${path(id)}/roles`, { roles, reason }),
  /** Disabling ends the account's sessions at once. */
  setEnabled: (id: string, enabled: boolean, reason: string) =>
    api.post<Account>(`${path(id)}/${enabled ? 'enable' : 'disable'}`, { reason }),
  resetPassword: (id: string, newPassword: string, reason: string) =>
    api.post<Account>(`${path(id)}/reset-password`, { newPassword, reason }),
}
