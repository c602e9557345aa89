import { reactive } from 'vue'

export type Role = 'MEMBER' | 'UNIT_HEAD' | 'LEADER' | 'SECRETARY' | 'OFFICE' | 'ADMIN' | 'COUNTY'

export interface Me {
  id: string
  username: string
  bureauId: string | null
  personNo: string | null
  roles: Role[]
}

interface Stored {
  accessToken: string
  refreshToken: string
  me: Me | null
}

// Per browser tab, not localStorage: bureau staff share office PCs, and a closed tab should end the session.
const KEY = 'sangang.session'

function load(): Stored {
  try {
    const raw = sessionStorage.getItem(KEY)
    if (raw) return JSON.parse(raw) as Stored
  } catch {
    // A damaged entry is the same as none.
  }
  return { accessToken: '', refreshToken: '', me: null }
}

export const session = reactive<Stored>(load())

export function saveSession(accessToken: string, refreshToken: string, me: Me | null) {
  session.accessToken = accessToken
  session.refreshToken = refreshToken
  session.me = me
  sessionStorage.setItem(KEY, JSON.stringify(session))
}

export function clearSession() {
  saveSession('', '', null)
  sessionStorage.removeItem(KEY)
}

export function hasRole(...roles: Role[]): boolean {
  return !!session.me && roles.some((role) => session.me!.roles.includes(role))
}

export const ROLE_NAMES: Record<Role, string> = {
  MEMBER: '党员',
  UNIT_HEAD: '单位负责人',
  LEADER: '局领导',
  SECRETARY: '支部书记',
  OFFICE: '教育实践办',
  ADMIN: '系统管理员',
  COUNTY: '县委督导',
}
