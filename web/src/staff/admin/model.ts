import type { FormItemRule } from 'element-plus'
import type { Role } from '../../shared/session'
import type { Staleness, UnitKind } from '../api/roster'
import { textRules } from '../shared/textRules'

/** The words of the roster and the accounts the administrator works with (the bodies are in ../api). */

export const UNIT_KINDS: Record<UnitKind, string> = {
  SECTION: '股',
  STATION: '所',
  BRIGADE: '队',
  OFFICE: '室',
}

export const STALENESS: Record<Staleness, string> = {
  LEFT_BUREAU: '已离开本局',
  NOT_PARTY_MEMBER: '不是党员',
  MOVED_UNIT: '已调离责任区所在单位',
  NOT_ON_ROSTER: '不在花名册中',
  NO_LONGER_UNIT_HEAD: '已不是单位负责人',
}

/** What a bureau administrator may grant: every bureau role, never the county office's. */
export const BUREAU_ROLES: Role[] = ['MEMBER', 'UNIT_HEAD', 'LEADER', 'SECRETARY', 'OFFICE', 'ADMIN']

export const ACCOUNT_ACTIONS: Record<string, string> = {
  'account.created': '开通账号',
  'account.roles-granted': '调整角色',
  'account.enabled': '启用',
  'account.disabled': '停用',
  'account.password-reset': '重置密码',
  'account.password-changed': '本人修改密码',
  // Written before wrong passwords were counted per client address; kept so old histories still read.
  'account.locked': '多次输错密码被锁定',
  'account.login-throttled': '多处多次输错密码，陌生地址登录暂缓',
  'account.roles-refused': '试图修改本人角色（已拒绝）',
  'account.refresh-reused': '登录凭据被重复使用，已强制下线',
}

/** The gateway's password policy (PasswordPolicy): said here so the form refuses before the server does. */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < 10) return '密码至少 10 位'
  if (password.length > 128) return '密码最多 128 位'
  if (new TextEncoder().encode(password).length > 72) return '密码不能超过 72 个字节（约 24 个汉字）'
  if (!/\p{L}/u.test(password) || !/\d/.test(password)) return '密码须同时包含字母和数字'
  if (username && password.toLowerCase().includes(username.toLowerCase())) return '密码不能包含账号名'
  return null
}

/** The form rule of a new password for the account named by `username` (passwordProblem). */
export function passwordRule(username: () => string): FormItemRule {
  return {
    trigger: 'blur',
    validator: (_rule, value: string, callback) => {
      const problem = passwordProblem(value ?? '', username())
      return problem ? callback(new Error(problem)) : callback()
    },
  }
}

/** The reason an administrator gives for a change to an account, kept in its history: `missing` asks for it. */
export function reasonRules(missing: string): FormItemRule[] {
  return textRules(missing, 500, '原因不超过 500 字')
}
