import { api } from '../../shared/api'
import { hasRole, session, type Role } from '../../shared/session'

/** zone-service's roster (RosterController): the bureau's units and people, party activists, and who no zone covers. */

export type UnitKind = 'SECTION' | 'STATION' | 'BRIGADE' | 'OFFICE'

/** A unit of the roster (RosterApi.UnitView); its head is the head of its responsibility zone. */
export interface Unit {
  code: string
  name: string
  kind: UnitKind
  headPersonNo: string | null
  headName: string | null
}

export interface Person {
  personNo: string
  name: string
  unitCode: string
  partyMember: boolean
  position: string | null
  phone: string | null
  active: boolean
  leftAt: string | null
  activist: { mentorPersonNo: string; since: string } | null
}

export interface PersonDetails {
  name: string
  unitCode: string
  partyMember: boolean
  position: string | null
  phone: string | null
}

export type Staleness = 'LEFT_BUREAU' | 'NOT_PARTY_MEMBER' | 'MOVED_UNIT' | 'NOT_ON_ROSTER' | 'NO_LONGER_UNIT_HEAD'

export interface Coverage {
  partyMembers: number
  covered: number
  complete: boolean
  uncovered: { personNo: string; name: string; unitCode: string }[]
  stale: { zoneId: string; zoneName: string; personNo: string; name: string | null; reason: Staleness }[]
}

/** Where a person belongs, readable by any member about themselves. */
export interface Membership {
  personNo: string
  name: string
  unitCode: string
  unitName: string
}

/** The people of a unit, readable by its members. */
export interface UnitMembership {
  unitCode: string
  unitName: string
  people: { personNo: string; name: string; partyMember: boolean }[]
}

export interface PersonOption {
  personNo: string
  name: string
}

/** What one row of an imported roster workbook does (RosterImport.RowResult); errors name row and column. */
export interface ImportRow {
  row: number
  personNo: string | null
  name: string | null
  action: 'ADD' | 'UPDATE' | 'UNCHANGED'
  errors: string[]
}

/** A roster import checked (preview) or written (applied): totals over the valid rows, and every row. */
export interface ImportReport {
  applied: boolean
  totals: { rows: number; valid: number; invalid: number; added: number; changed: number; unchanged: number }
  rows: ImportRow[]
}

const person = (personNo: string) => `/api/zone/people/${encodeURIComponent(personNo)}`

export const rosterApi = {
  people: () => api.get<Person[]>('/api/zone/people'),
  addPerson: (personNo: string, details: PersonDetails) =>
    api.post<Person>('/api/zone/people', { personNo, ...details }),
  changePerson: (personNo: string, details: PersonDetails) => api.put<Person>(person(personNo), details),
  /** The person leaves the bureau; their account is disabled with it. */
  leave: (personNo: string, reason: string) => api.post<Person>(`${person(personNo)}/leave`, { reason }),
  designateActivist: (personNo: string, mentorPersonNo: string, since: string) =>
    api.put<Person>(`${person(personNo)}/activist`, { mentorPersonNo, since }),
  withdrawActivist: (personNo: string, reason: string) =>
    api.post<Person>(`${person(personNo)}/activist/withdraw`, { reason }),
  /** The roster as .xlsx, as the list shows it. */
  exportPeople: () => api.download('/api/zone/people.xlsx', '人员名册.xlsx'),
  importTemplate: () => api.download('/api/zone/people/import-template.xlsx', '人员名册导入模板.xlsx'),
  /** `preview` checks every row and writes nothing; `apply` writes all rows, or only the valid ones when asked. */
  importPeople: (file: File, mode: 'preview' | 'apply', validRowsOnly = false) =>
    api.upload<ImportReport>(`/api/zone/people/import?mode=${mode}&validRowsOnly=${validRowsOnly}`, file, file.name),
  units: () => api.get<Unit[]>('/api/zone/units'),
  createUnit: (code: string, name: string, kind: UnitKind) => api.post<Unit>('/api/zone/units', { code, name, kind }),
  changeUnit: (code: string, name: string, kind: UnitKind, headPersonNo: string | null) =>
    api.put<Unit>(`/api/zone/units/${encodeURIComponent(code)}`, { name, kind, headPersonNo }),
  coverage: () => api.get<Coverage>('/api/zone/coverage'),
  /** The signed-in person's place in the roster. */
  myMembership: () =>
    api.get<Membership>(`/api/zone/membership/people/${encodeURIComponent(session.me?.personNo ?? '')}`),
  unitMembership: (unitCode: string) =>
    api.get<UnitMembership>(`/api/zone/membership/units/${encodeURIComponent(unitCode)}`),
}

const ROSTER_READERS: Role[] = ['ADMIN', 'LEADER', 'SECRETARY', 'OFFICE', 'UNIT_HEAD']

/**
 * The party members who may answer for a pledge item. Roster readers pick from the whole bureau; a plain member
 * may read only the people of their own unit, which is where the colleagues of a member's pledge usually are.
 */
export async function responsibleCandidates(): Promise<PersonOption[]> {
  if (hasRole(...ROSTER_READERS)) {
    const people = await rosterApi.people()
    return people.filter((p) => p.partyMember && p.active).map((p) => ({ personNo: p.personNo, name: p.name }))
  }
  const me = await rosterApi.myMembership()
  const unit = await rosterApi.unitMembership(me.unitCode)
  return unit.people.filter((p) => p.partyMember).map((p) => ({ personNo: p.personNo, name: p.name }))
}
