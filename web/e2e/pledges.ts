import { readFileSync } from 'node:fs'
import { type APIRequestContext } from '@playwright/test'
import { bearer, ok, thisYear } from './api'
import { tokenOf } from './support'

/** Pledge campaigns as the demo data and earlier runs left them, for tests that need a member yet to pledge. */

export interface DemoPerson {
  personNo: string
  name: string
  roles: string[]
}

export interface Campaign {
  year: number
  title: string
}

const seed = JSON.parse(readFileSync(new URL('../../local/demo-bureaus.json', import.meta.url), 'utf8')) as {
  bureaus: { id: string; people: DemoPerson[] }[]
}

/**
 * The demo MEMBERs of taojiang-fp still active party members on the roster, but for the accounts `excluded`; the open
 * campaigns from this year on, in order; and `free`, the first of those campaigns in which one of those members has no
 * pledge yet, with that member (null when every one has pledged in every one). Read as `secretary`, who sees every
 * pledge. A member pledges once per campaign and the data persists between runs, so each run takes the next free one.
 */
export async function memberYetToPledge(request: APIRequestContext, secretary: string, excluded: string[]) {
  const auth = bearer(await tokenOf(request, secretary))
  const read = async <T>(path: string) => ok<T>(await request.get(path, auth), path)
  const roster = await read<{ personNo: string; partyMember: boolean; active: boolean }[]>('/api/zone/people')
  const active = new Set(roster.filter((p) => p.partyMember && p.active).map((p) => p.personNo))
  const members = seed.bureaus
    .find((b) => b.id === 'taojiang-fp')!
    .people.filter((p) => p.roles.includes('MEMBER') && active.has(p.personNo))
    .filter((p) => !excluded.includes(p.personNo.toLowerCase()))
  const campaigns = (await read<Campaign[]>('/api/pledge/campaigns'))
    .filter((c) => c.year >= thisYear())
    .sort((a, b) => a.year - b.year)
  for (const campaign of campaigns) {
    const pledges = await read<{ kind: string; proposerPersonNo: string }[]>(
      `/api/pledge/pledges?year=${campaign.year}`,
    )
    const pledged = new Set(pledges.filter((p) => p.kind === 'MEMBER').map((p) => p.proposerPersonNo))
    const member = members.find((m) => !pledged.has(m.personNo))
    if (member) return { members, campaigns, free: { campaign, member } }
  }
  return { members, campaigns, free: null }
}

/** The first year from this one without a campaign: the one to open when every open campaign is taken. */
export function nextCampaignYear(campaigns: Campaign[]): number {
  let year = thisYear()
  while (campaigns.some((c) => c.year === year)) year += 1
  return year
}
