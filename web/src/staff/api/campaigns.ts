import { api } from '../../shared/api'

/** pledge-service's campaigns (承诺活动, one a year) and their reach (pledge/NotPledgedController): who has not pledged yet. */

export interface Campaign {
  year: number
  title: string
  publicityDeadline: string
}

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
  list: () => api.get<Campaign[]>('/api/pledge/campaigns'),
  /** Null title: "<year>年度党员承诺践诺活动"; null deadline: May 31 of the year (pledge-service Campaigns). */
  open: (year: number, title: string | null, publicityDeadline: string | null) =>
    api.post<Campaign>('/api/pledge/campaigns', { year, title, publicityDeadline }),
  change: (year: number, title: string, publicityDeadline: string) =>
    api.put<Campaign>(`/api/pledge/campaigns/${year}`, { title, publicityDeadline }),
  /** SECRETARY and LEADER; 404 for a year the bureau never opened, 503 while zone-service does not answer. */
  notPledged: (year: number) => api.get<NotPledged>(`/api/pledge/campaigns/${year}/not-pledged`),
}
