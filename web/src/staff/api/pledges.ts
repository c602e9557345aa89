import { api } from '../../shared/api'

/** pledge-service's ledger (登记台账, PrintController): the bureau's, one unit's, or the unit a unit head heads. */

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

export const pledgesApi = {
  ledger: (q: LedgerQuery) => api.get<LedgerLine[]>(`/api/pledge/ledger?${ledgerQuery(q)}`),
  ledgerWorkbook: (q: LedgerQuery, fileName: string) =>
    api.download(`/api/pledge/ledger.xlsx?${ledgerQuery({ year: q.year, unitCode: q.unitCode })}`, fileName),
}
