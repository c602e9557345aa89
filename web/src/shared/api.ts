import { clearSession, saveSession, session, type Me } from './session'

/**
 * An RFC 9457 problem the server answered: its status, its detail, how long to wait when it says so, and the
 * stable code with its arguments (`account.login-held`, `{ seconds: 30 }`) that screens branch on. A problem
 * without a code did not come from the services (a proxy, the network).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly retryAfterSeconds: number | null = null,
    readonly code: string | null = null,
    readonly args: Record<string, unknown> = {},
  ) {
    super(detail || title || `HTTP ${status}`)
  }
}

/** The services word their refusals in the caller's language; the screens speak Chinese. */
const LANGUAGE = { 'Accept-Language': 'zh-CN' }

interface TokenPair {
  accessToken: string
  refreshToken: string
}

let refreshing: Promise<boolean> | null = null

async function refresh(): Promise<boolean> {
  if (!session.refreshToken) return false
  refreshing ??= fetch('/auth/refresh', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...LANGUAGE },
    body: JSON.stringify({ refreshToken: session.refreshToken }),
  })
    .then(async (response) => {
      if (!response.ok) {
        clearSession()
        return false
      }
      const pair = (await response.json()) as TokenPair
      saveSession(pair.accessToken, pair.refreshToken, session.me)
      return true
    })
    .finally(() => {
      refreshing = null
    })
  return refreshing
}

async function send(method: string, path: string, body?: unknown, accept = 'application/json'): Promise<Response> {
  const headers: Record<string, string> = { Accept: accept, ...LANGUAGE }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (session.accessToken && !path.startsWith('/public/')) headers.Authorization = `Bearer ${session.accessToken}`
  return fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
}

async function problem(response: Response): Promise<ApiError> {
  const retryAfter = Number(response.headers.get('Retry-After')) || null
  try {
    const json = await response.json()
    return new ApiError(
      response.status,
      json.title ?? '',
      json.detail ?? '',
      retryAfter,
      typeof json.code === 'string' ? json.code : null,
      json.args && typeof json.args === 'object' ? json.args : {},
    )
  } catch {
    return new ApiError(response.status, response.statusText, '', retryAfter)
  }
}

/** A staff page whose session could not be renewed goes back to the login page, and returns here after it. */
function toLogin() {
  if (location.pathname.startsWith('/app') && !location.pathname.startsWith('/app/login')) {
    location.assign(`/app/login?next=${encodeURIComponent(location.pathname + location.search)}`)
  }
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response = await send(method, path, body)
  if (response.status === 401 && session.refreshToken && !path.startsWith('/auth/')) {
    if (await refresh()) {
      response = await send(method, path, body)
    } else {
      toLogin()
    }
  }
  if (!response.ok) throw await problem(response)
  if (response.status === 204 || response.headers.get('Content-Length') === '0') return undefined as T
  const text = await response.text()
  return (text ? JSON.parse(text) : undefined) as T
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  /** A file sent with the token as the multipart/form-data part `file`; the answer is JSON. */
  async upload<T>(path: string, file: Blob, fileName: string): Promise<T> {
    const post = () => {
      const form = new FormData()
      form.append('file', file, fileName)
      const headers: Record<string, string> = { Accept: 'application/json', ...LANGUAGE }
      if (session.accessToken) headers.Authorization = `Bearer ${session.accessToken}`
      return fetch(path, { method: 'POST', headers, body: form })
    }
    let response = await post()
    if (response.status === 401 && (await refresh())) response = await post()
    if (!response.ok) throw await problem(response)
    return (await response.json()) as T
  },
  /** A file (PDF letter, .xlsx ledger) fetched with the token and handed to the browser as a download. */
  async download(path: string, fileName: string) {
    let response = await send('GET', path, undefined, '*/*')
    if (response.status === 401 && (await refresh())) response = await send('GET', path, undefined, '*/*')
    if (!response.ok) throw await problem(response)
    const url = URL.createObjectURL(await response.blob())
    const link = document.createElement('a')
    link.href = url
    link.download = fileName
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  },
}

export async function login(username: string, password: string): Promise<Me> {
  const pair = await request<TokenPair>('POST', '/auth/login', { username, password })
  saveSession(pair.accessToken, pair.refreshToken, null)
  const me = await request<Me>('GET', '/auth/me')
  saveSession(pair.accessToken, pair.refreshToken, me)
  return me
}

/** The signed-in user's own password; a wrong current password is refused with 403. */
export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return request<void>('POST', '/auth/password', { currentPassword, newPassword })
}

export async function logout() {
  const refreshToken = session.refreshToken
  clearSession()
  if (refreshToken) {
    await fetch('/auth/logout', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...LANGUAGE },
      body: JSON.stringify({ refreshToken }),
    }).catch(() => undefined)
  }
}

// What a status means, for a refusal that carries no code: it came from a proxy or the network, not a service.
const BY_STATUS: Record<number, string> = {
  400: '提交的内容有误，请检查后重试',
  401: '登录已失效，请重新登录',
  403: '您的账号无权进行此操作',
  404: '未找到相关内容，可能已被删除或不属于本单位',
  409: '该事项的状态已变化（可能已被他人处理或已提交过），请刷新后重试',
  413: '提交的内容过大',
  415: '提交的内容格式不正确',
  422: '提交的内容不符合规定，请检查后重试',
  503: '服务暂时不可用，请稍后重试',
}

/**
 * The message to show for a failed call, in Chinese: the service's own detail when the refusal has a code (a detail
 * that only repeats the code names a message nobody wrote), else what the status means.
 */
export function messageOf(error: unknown): string {
  if (!(error instanceof ApiError)) return '网络异常，请稍后重试'
  if (error.code && error.detail && error.detail !== error.code) return error.detail
  if (error.status === 429) {
    return error.retryAfterSeconds ? `操作过于频繁，请 ${error.retryAfterSeconds} 秒后再试` : '操作过于频繁，请稍后再试'
  }
  return BY_STATUS[error.status] ?? (error.status >= 500 ? '服务器出错，请稍后重试' : '操作未成功，请检查后重试')
}
