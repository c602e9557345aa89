import { api } from '../../shared/api'

/** pledge-service's view of a campaign's reach (pledge/NotPledgedController): who has not pledged yet. */

/** A party member now in the bureau with no pledge of their own in the campaign (any state counts as pledged). */
export interface NotPledgedMember {
  personNo: string
  name: string
  unitCode: string
  unitName: string | null
}

export interface NotPledged {
  year: number
  /** Party members now in the bureau, as zone-service counts them. */
  partyMembers: number
  /** Of those, how many filed a pledge of their own in the campaign. */
  pledged: number
  notPledged: NotPledgedMember[]
}

export const campaignsApi = {
  /** SECRETARY and LEADER; 404 for a year the bureau never opened, 503 while zone-service does not answer. */
  notPledged: (year: number) => api.get<NotPledged>(`/api/pledge/campaigns/${year}/not-pledged`),
}
