import { api } from '../../shared/api'
import type { ItemStatus, PublicAppraisal } from '../../shared/labels'
import { campaignsApi } from './campaigns'

/**
 * pledge-service (PledgeController, PrintController): pledges through the six steps (提诺 审诺 亮诺 践诺 评诺 改诺),
 * their letters, and the ledger (登记台账) of the bureau, one unit, or the unit a unit head heads.
 */

export type PledgeStatus = 'SUBMITTED' | 'RETURNED' | 'APPROVED' | 'PUBLICIZED' | 'EVALUATED'
export type PledgeKind = 'MEMBER' | 'ORGANISATION'
export type ReviewCheck = 'ADVANCED_NATURE' | 'CENTRAL_WORK' | 'POST_DUTIES' | 'MASSES_WISHES' | 'FEASIBLE'
export type Decision = 'APPROVE' | 'RETURN'
export type LetterCopy = 'ARCHIVE' | 'HOLDER' | 'BOARD'

/** An item as one round of the pledge put it. */
export interface Draft {
  no: number
  content: string
  responsiblePersonNo: string
  responsibleName: string | null
  deadline: string
  expectedEffect: string
}

export interface ItemReview {
  itemNo: number
  checks: Partial<Record<ReviewCheck, boolean>>
  note: string | null
}

export interface Round {
  no: number
  items: Draft[]
  submittedBy: string
  submittedAt: string
  reviews: ItemReview[] | null
  decision: Decision | null
  guidance: string | null
  reviewedBy: string | null
  reviewedAt: string | null
}

export interface Progress {
  note: string
  completed: boolean
  by: string
  at: string
}

export interface Inspection {
  inspectedOn: string
  findings: string
  by: string
  at: string
}

export interface ItemEvaluation {
  leaderComment: string
  assessment: string
  fulfilled: boolean
  by: string
  at: string
}

export interface Rectification {
  order: string
  deadline: string
  closedAt: string | null
  closedBy: string | null
  closingNote: string | null
}

/** An item as it stands now: the latest round's draft, and what became of it since. */
export interface PledgeItem extends Draft {
  status: ItemStatus
  overdue: boolean
  progress: Progress[]
  inspections: Inspection[]
  evaluation: ItemEvaluation | null
  publicAppraisal: PublicAppraisal | null
  rectification: Rectification | null
}

export interface Publication {
  publicCode: string
  publishedOn: string
  publicityDeadline: string
  late: boolean
  shownAtMeetingOn: string | null
  publishedBy: string
  at: string
}

export interface Pledge {
  id: string
  kind: PledgeKind
  letterTitle: string
  campaignYear: number
  proposerPersonNo: string
  proposerName: string
  organisationName: string | null
  status: PledgeStatus
  late: boolean
  items: PledgeItem[]
  rounds: Round[]
  publication: Publication | null
  evaluation: { evaluatedOn: string; by: string; at: string } | null
}

/** One item as it is proposed or revised. */
export interface NewItem {
  content: string
  responsiblePersonNo: string
  deadline: string
  expectedEffect: string
}

/** The leadership's evaluation of one item; one not fulfilled gets a rectification order and deadline. */
export interface NewItemEvaluation {
  itemNo: number
  leaderComment: string
  assessment: string
  fulfilled: boolean
  rectificationOrder: string | null
  rectificationDeadline: string | null
}

/** Which copies to print: all three, or one of them. */
export type LetterChoice = LetterCopy | 'ALL'

/** One line of the ledger: which pledge and item, and the item in the ledger's own words. */
export interface LedgerLine {
  pledgeId: string
  responsiblePersonNo: string
  item: {
    pledgeKind: string
    pledger: string
    itemNo: number
    content: string
    responsibleName: string
    deadline: string
    expectedEffect: string
    status: string
    overdue: boolean
    late: boolean
    latestProgress: string | null
    progressEntries: number
    inspections: number
    lastInspection: string | null
    result: string | null
    rectificationDeadline: string | null
    rectificationClosed: string | null
  }
}

export interface LedgerQuery {
  year: number
  overdueOnly?: boolean
  /** One unit's part: its people's own pledges. A unit head always gets the unit they head. */
  unitCode?: string
}

function ledgerQuery(q: LedgerQuery): string {
  const params = new URLSearchParams({ year: String(q.year) })
  if (q.overdueOnly) params.set('overdueOnly', 'true')
  if (q.unitCode) params.set('unitCode', q.unitCode)
  return params.toString()
}

const pledge = (id: string) => `/api/pledge/pledges/${id}`

export const pledgesApi = {
  list: (year: number, status?: PledgeStatus) =>
    api.get<Pledge[]>(`/api/pledge/pledges?year=${year}${status ? `&status=${status}` : ''}`),
  get: (id: string) => api.get<Pledge>(pledge(id)),
  propose: (body: { kind: PledgeKind; campaignYear: number; organisationName?: string; items: NewItem[] }) =>
    api.post<Pledge>('/api/pledge/pledges', body),
  revise: (id: string, items: NewItem[]) => api.put<Pledge>(`${pledge(id)}/items`, { items }),
  review: (id: string, decision: Decision, guidance: string | null, items: ItemReview[]) =>
    api.post<Pledge>(`${pledge(id)}/review`, { decision, guidance, items }),
  publish: (id: string, shownAtMeetingOn: string | null) =>
    api.post<Pledge>(`${pledge(id)}/publication`, { shownAtMeetingOn }),
  progress: (id: string, no: number, note: string, completed: boolean) =>
    api.post<Pledge>(`${pledge(id)}/items/${no}/progress`, { note, completed }),
  inspect: (id: string, no: number, inspectedOn: string, findings: string) =>
    api.post<Pledge>(`${pledge(id)}/items/${no}/inspections`, { inspectedOn, findings }),
  evaluate: (id: string, items: NewItemEvaluation[]) => api.post<Pledge>(`${pledge(id)}/evaluation`, { items }),
  closeRectification: (id: string, no: number, note: string) =>
    api.post<Pledge>(`${pledge(id)}/items/${no}/rectification/closed`, { note }),
  /** The letter of commitment (承诺书) as a PDF, saved under `fileName`. */
  letter: (id: string, copy: LetterChoice, fileName: string) =>
    api.download(`${pledge(id)}/letter.pdf${copy === 'ALL' ? '' : `?copy=${copy}`}`, fileName),
  ledger: (q: LedgerQuery) => api.get<LedgerLine[]>(`/api/pledge/ledger?${ledgerQuery(q)}`),
  ledgerWorkbook: (q: LedgerQuery, fileName: string) =>
    api.download(`/api/pledge/ledger.xlsx?${ledgerQuery({ year: q.year, unitCode: q.unitCode })}`, fileName),
}

/** The pledges of every campaign of the bureau, newest campaign first; a bureau runs one campaign a year. */
export async function pledgesOfAllCampaigns(status?: PledgeStatus): Promise<Pledge[]> {
  const campaigns = await campaignsApi.list()
  const lists = await Promise.all(campaigns.map((c) => pledgesApi.list(c.year, status)))
  return lists.flat()
}
