import { reactive } from 'vue'
import { api } from '../../shared/api'

/** zone-service's bureau registry (bureau/BureauController): what each bureau is called. */

export interface Bureau {
  id: string
  name: string
}

export const bureausApi = {
  /** The caller's bureau; one never named goes by its id. Any role of the bureau. */
  mine: () => api.get<Bureau>('/api/zone/bureau'),
  /** The bureau's ADMIN names it, with a reason for the audit trail; at most 40 characters. */
  rename: (name: string, reason: string) => api.put<Bureau>('/api/zone/bureau', { name, reason }),
  /** Every registered bureau, for the county office only. */
  all: () => api.get<Bureau[]>('/api/zone/bureaus'),
}

// A name changes about never: asked once per browser tab and bureau, like the session itself (shared/session.ts).
const CACHE = 'sangang.bureau.'
let asking: { bureauId: string; answer: Promise<Bureau> } | null = null

/** The names this tab knows, by bureau id: reactive, so the header follows a rename at once. */
export const bureauNames = reactive<Record<string, string>>({})

function remember(bureau: Bureau): Bureau {
  sessionStorage.setItem(CACHE + bureau.id, JSON.stringify(bureau))
  bureauNames[bureau.id] = bureau.name
  return bureau
}

/** The signed-in account's bureau, from this tab's cache once known; a failed question is asked again next time. */
export function myBureau(bureauId: string): Promise<Bureau> {
  const cached = sessionStorage.getItem(CACHE + bureauId)
  if (cached) return Promise.resolve(remember(JSON.parse(cached) as Bureau))
  if (asking?.bureauId !== bureauId) {
    const answer = bureausApi.mine().then(remember)
    answer.catch(() => {
      if (asking?.answer === answer) asking = null
    })
    asking = { bureauId, answer }
  }
  return asking.answer
}

/** Renames the caller's bureau (ADMIN) and puts the new name in this tab's cache. */
export async function renameMyBureau(name: string, reason: string): Promise<Bureau> {
  const bureau = remember(await bureausApi.rename(name, reason))
  asking = null
  return bureau
}
