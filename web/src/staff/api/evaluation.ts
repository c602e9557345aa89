import { api } from '../../shared/api'
import type { Rating, TargetType } from '../../shared/labels'

/**
 * evaluation-service: the office's satisfaction surveys (满意度测评) and their results, the units' annual rankings,
 * the reward standard, and the county office's feed of every bureau's quarter.
 */

export interface Survey {
  code: string
  targetType: TargetType
  targetId: string
  title: string
  quarter: string
  open: boolean
  /** Opened by the quarterly job rather than by the office. */
  automatic: boolean
  answers: number
  satisfactionRatePercent: number | null
}

export interface SurveySettings {
  autoQuarterly: boolean
}

export interface SurveyResults {
  survey: Survey
  satisfaction: { satisfied: number; basicallySatisfied: number; dissatisfied: number }
  latestOpinions: { rating: Rating; opinion: string; at: string }[]
}

/**
 * Many public answers of a survey from one network within one hour (the hour starting at `hour`): `source`
 * is an anonymous key of that network, never its address.
 */
export interface Burst {
  source: string
  hour: string
  answers: number
  first: string
  last: string
  satisfied: number
  basicallySatisfied: number
  dissatisfied: number
}

/** The leadership is surveyed as a whole: it has no target id. */
export interface NewSurvey {
  targetType: TargetType
  targetId: string | null
  title: string
  quarter: string
}

export interface UnitScore {
  rank: number
  unitCode: string
  postPoints: number
  zonePoints: number
  pledgePoints: number
  total: number
}

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

const survey = (code: string) => `/api/evaluation/surveys/${encodeURIComponent(code)}`

export const evaluationApi = {
  surveys: () => api.get<Survey[]>('/api/evaluation/surveys'),
  results: (code: string) => api.get<SurveyResults>(`${survey(code)}/results`),
  bursts: (code: string) => api.get<Burst[]>(`${survey(code)}/bursts`),
  createSurvey: (body: NewSurvey) => api.post<Survey>('/api/evaluation/surveys', body),
  closeSurvey: (code: string) => api.post<Survey>(`${survey(code)}/close`),
  rankings: (year: number) => api.get<UnitScore[]>(`/api/evaluation/rankings/${year}`),
  /** The reward per model post and pair of passed quarters, in yuan. */
  rewardAmount: async () => (await api.get<{ amountYuan: number }>('/api/evaluation/reward-settings')).amountYuan,
  setRewardAmount: async (amountYuan: number) =>
    (await api.put<{ amountYuan: number }>('/api/evaluation/reward-settings', { amountYuan })).amountYuan,
  /** Whether each quarter's surveys open by themselves for every live post, zone and pledge (default on). */
  surveySettings: () => api.get<SurveySettings>('/api/evaluation/survey-settings'),
  setSurveySettings: (settings: SurveySettings) => api.put<SurveySettings>('/api/evaluation/survey-settings', settings),
  /** The bureau's surveys with their counts and rates, as .xlsx. */
  downloadSurveys: () => api.download('/api/evaluation/surveys.xlsx', '满意度测评结果汇总.xlsx'),
  /** One survey's counts and rate and every opinion written, as .xlsx. */
  downloadResults: (code: string, title: string) =>
    api.download(`${survey(code)}/results.xlsx`, `满意度测评结果-${title}.xlsx`),
  downloadRankings: (year: number) =>
    api.download(`/api/evaluation/rankings/${year}.xlsx`, `${year}年度评选表彰单位排名.xlsx`),
  /** COUNTY only: one summary per bureau active in the quarter. */
  countyFeed: (quarter: string) =>
    api.get<BureauSummary[]>(`/api/evaluation/county/feed?quarter=${encodeURIComponent(quarter)}`),
  downloadCountyFeed: (quarter: string) =>
    api.download(
      `/api/evaluation/county/feed.xlsx?quarter=${encodeURIComponent(quarter)}`,
      `党员三岗各局汇总-${quarter}.xlsx`,
    ),
}
