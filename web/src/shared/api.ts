import { clearSession, saveSession, session, type Me } from './session'

/** An RFC 9457 problem the server answered, with its Chinese-readable detail when there is one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
  ) {
    super(detail || title || `HTTP ${status}`)
  }
}

interface TokenPair {
  accessToken: string
  refreshToken: string
}

let refreshing: Promise<boolean> | null = null

async function refresh(): Promise<boolean> {
  if (!session.refreshToken) return false
  refreshing ??= fetch('/auth/refresh', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
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
  const headers: Record<string, string> = { Accept: accept }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (session.accessToken && !path.startsWith('/public/')) headers.Authorization = `Bearer ${session.accessToken}`
  return fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
}

async function problem(response: Response): Promise<ApiError> {
  try {
    const json = await response.json()
    return new ApiError(response.status, json.title ?? '', json.detail ?? '')
  } catch {
    return new ApiError(response.status, response.statusText, '')
  }
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response = await send(method, path, body)
  if (response.status === 401 && (await refresh())) {
    response = await send(method, path, body)
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

export async function logout() {
  const refreshToken = session.refreshToken
  clearSession()
  if (refreshToken) {
    await fetch('/auth/logout', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken }),
    }).catch(() => undefined)
  }
}

/** The message to show for a failed call: the server's problem detail, or a plain network failure. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message
  return '网络异常，请稍后重试'
}
