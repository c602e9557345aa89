/** GET /api/evaluation/county/feed: one summary per bureau for a quarter (schema bureau-quarter-summary v2). */
export interface QuarterSummary {
  quarter: string
  postsAwarded: number
  postAssessmentsPassed: number
  postAssessmentsFailed: number
  postsRevoked: number
  zoneAssessments: number
  zoneAverageScore: number | null
  surveyAnswers: number
  satisfactionRatePercent: number | null
  pledgesApproved: number
  pledgeItemsEvaluated: number
  pledgeItemsFulfilled: number
  rewardsGranted: number
  rewardYuanGranted: number
}

export interface BureauSummary {
  bureauId: string
  schemaVersion: number
  summary: QuarterSummary
}

/** The schema version these screens were written for; a newer one may mean fields changed meaning. */
export const FEED_SCHEMA_VERSION = 2
