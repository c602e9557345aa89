import { api } from '../../shared/api'
import { hasRole, session, type Role } from '../../shared/session'

export interface PersonOption {
  personNo: string
  name: string
}

interface RosterPerson {
  personNo: string
  name: string
  unitCode: string
  partyMember: boolean
  active: boolean
}

interface Membership {
  personNo: string
  name: string
  unitCode: string
  unitName: string
}

interface UnitMembership {
  unitCode: string
  unitName: string
  people: { personNo: string; name: string; partyMember: boolean }[]
}

const ROSTER_READERS: Role[] = ['ADMIN', 'LEADER', 'SECRETARY', 'OFFICE', 'UNIT_HEAD']

export function myMembership(): Promise<Membership> {
  return api.get<Membership>(`/api/zone/membership/people/${encodeURIComponent(session.me?.personNo ?? '')}`)
}

/**
 * The party members who may answer for a pledge item. Roster readers pick from the whole bureau; a plain member
 * may read only the people of their own unit, which is where the colleagues of a member's pledge usually are.
 */
export async function responsibleCandidates(): Promise<PersonOption[]> {
  if (hasRole(...ROSTER_READERS)) {
    const people = await api.get<RosterPerson[]>('/api/zone/people')
    return people.filter((p) => p.partyMember && p.active).map((p) => ({ personNo: p.personNo, name: p.name }))
  }
  const me = await myMembership()
  const unit = await api.get<UnitMembership>(`/api/zone/membership/units/${encodeURIComponent(me.unitCode)}`)
  return unit.people.filter((p) => p.partyMember).map((p) => ({ personNo: p.personNo, name: p.name }))
}
