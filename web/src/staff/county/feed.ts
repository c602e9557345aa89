import type { Bureau } from '../api/bureaus'
import type { BureauSummary, QuarterSummary } from '../api/evaluation'

/** The schema version these screens were written for; a newer one may mean fields changed meaning. */
export const FEED_SCHEMA_VERSION = 2

/** A bureau's row of the dashboard: its summary, or zeros for a quarter it had no activity in, and its name. */
export interface BureauRow extends BureauSummary {
  bureauName: string
}

function quietQuarter(quarter: string): QuarterSummary {
  return {
    quarter,
    postsAwarded: 0,
    postAssessmentsPassed: 0,
    postAssessmentsFailed: 0,
    postsRevoked: 0,
    zoneAssessments: 0,
    zoneAverageScore: null,
    surveyAnswers: 0,
    satisfactionRatePercent: null,
    pledgesApproved: 0,
    pledgeItemsEvaluated: 0,
    pledgeItemsFulfilled: 0,
    rewardsGranted: 0,
    rewardYuanGranted: 0,
  }
}

/**
 * The feed has a row only for a bureau that did something in the quarter; the county office must see the quiet ones
 * too. Every registered bureau gets a row, and a bureau in the feed but not (yet) in the registry keeps its id as name.
 */
export function everyBureau(quarter: string, rows: BureauSummary[], bureaus: Bureau[]): BureauRow[] {
  const names = new Map(bureaus.map((b) => [b.id, b.name]))
  const ids = [...new Set([...bureaus.map((b) => b.id), ...rows.map((r) => r.bureauId)])].sort()
  return ids.map((id) => ({
    ...(rows.find((r) => r.bureauId === id) ?? {
      bureauId: id,
      schemaVersion: FEED_SCHEMA_VERSION,
      summary: quietQuarter(quarter),
    }),
    bureauName: names.get(id) ?? id,
  }))
}
