import { api } from '../../shared/api'

/** zone-service's bureau registry (bureau/BureauController): what each bureau is called. */

export interface Bureau {
  id: string
  name: string
}

export const bureausApi = {
  /** The caller's bureau; one never named goes by its id. Any role of the bureau. */
  mine: () => api.get<Bureau>('/api/zone/bureau'),
  /** Every registered bureau, for the county office only. */
  all: () => api.get<Bureau[]>('/api/zone/bureaus'),
}

// A name changes about never: asked once per browser tab and bureau, like the session itself (shared/session.ts).
const CACHE = 'sangang.bureau.'
let asking: { bureauId: string; answer: Promise<Bureau> } | null = null

/** The signed-in account's bureau, from this tab's cache once known; a failed question is asked again next time. */
export function myBureau(bureauId: string): Promise<Bureau> {
  const cached = sessionStorage.getItem(CACHE + bureauId)
  if (cached) return Promise.resolve(JSON.parse(cached) as Bureau)
  if (asking?.bureauId !== bureauId) {
    const answer = bureausApi.mine().then((bureau) => {
      sessionStorage.setItem(CACHE + bureauId, JSON.stringify(bureau))
      return bureau
    })
    answer.catch(() => {
      if (asking?.answer === answer) asking = null
    })
    asking = { bureauId, answer }
  }
  return asking.answer
}
