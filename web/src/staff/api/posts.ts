import { api } from '../../shared/api'
import type { PostKind, Standard } from '../../shared/labels'

/** post-service (PostController, ElectionController): model posts from nomination to plaque, assessment and veto, and elections. */

export type PostStatus = 'NOMINATED' | 'NOT_ELECTED' | 'WITHDRAWN' | 'ESTABLISHED' | 'AWARDED' | 'REVOKED'
export type AssessmentResult = 'PASS' | 'FAIL'
export type Remedy = 'NONE' | 'RECTIFY' | 'ADJUST'
export type RevocationCause =
  'VETO_VIOLATION' | 'VETO_ACCIDENT' | 'VETO_COMPLAINT' | 'VETO_IMAGE' | 'ADJUSTMENT' | 'HOLDER_LEFT'
export type WinningRule = 'MAJORITY' | 'PLURALITY'

export interface Satisfaction {
  ratePercent: number | null
  answers: number
  asOf: string | null
  note: string | null
}

/** The satisfaction an assessment was decided on, frozen then (PostApi.Basis). */
export interface Basis {
  answers: number
  rate: number | null
  asOf: string
}

/** A bureau's assessment rules (PostApi.AssessmentSettings): minRate null is no minimum; 0 days: only after the quarter. */
export interface AssessmentSettings {
  minAnswers: number
  minRate: number | null
  assessWithinLastDays: number
}

export interface PostAssessment {
  quarter: string
  result: AssessmentResult
  findings: string
  remedy: Remedy
  deadline: string | null
  assessedBy: string
  at: string
  rectifiedAt: string | null
  rectifiedBy: string | null
  rectificationNote: string | null
  /** Frozen at the decision; null when the quarter had no answers. */
  basis: Basis | null
  /** The live figure, which later answers may change. */
  satisfaction: Satisfaction
}

/** A model post (PostApi.PostView), with how its nomination says it meets each standard. */
export interface Post {
  id: string
  kind: PostKind
  title: string
  holderPersonNo: string | null
  holderName: string | null
  unitCode: string | null
  unitName: string | null
  status: PostStatus
  establishment: { electionId: string | null; resolutionNo: string | null; meetingDate: string | null } | null
  plaque: {
    no: string
    code: string
    awardedOn: string
    hangsAt: string | null
    reclaimedAt: string | null
    reclaimedBy: string | null
  } | null
  assessments: PostAssessment[]
  revocation: { cause: RevocationCause; facts: string; at: string; by: string; quarter: string } | null
  flags: string[]
  satisfaction: Record<string, Satisfaction>
  statements: Partial<Record<Standard, string>>
}

export interface Candidate {
  postId: string
  title: string
  holderName: string | null
}

export interface Election {
  id: string
  title: string
  candidates: Candidate[]
  seats: number
  rule: WinningRule
  status: 'OPEN' | 'CLOSED'
  openedAt: string
  closedAt: string | null
  ballots: number
  tally: Record<string, number> | null
  winners: string[] | null
}

/** An individual post names its holder, a collective one its office or section; `statements` answers every standard. */
export interface NewNomination {
  kind: PostKind
  title: string
  holderPersonNo?: string
  unitCode?: string
  statements: Record<Standard, string>
}

export interface NewAssessment {
  quarter: string
  result: AssessmentResult
  findings: string
  remedy: Remedy
  deadline: string | null
}

export interface NewElection {
  title: string
  candidatePostIds: string[]
  seats: number
}

/** Where a plaque hangs unless the award says otherwise (PostService.awardPlaque). */
export const DEFAULT_PLACE: Record<PostKind, string> = { INDIVIDUAL: '办公室内', COLLECTIVE: '单位门口' }

const post = (id: string) => `/api/post/posts/${encodeURIComponent(id)}`

export const postsApi = {
  list: (status?: PostStatus) => api.get<Post[]>(`/api/post/posts${status ? `?status=${status}` : ''}`),
  get: (id: string) => api.get<Post>(post(id)),
  /** 示范岗登记台账 as .xlsx, a row per post and assessed quarter: SECRETARY, LEADER, UNIT_HEAD, OFFICE. */
  registerWorkbook: (status: PostStatus | undefined, fileName: string) =>
    api.download(`/api/post/posts.xlsx${status ? `?status=${status}` : ''}`, fileName),
  nominate: (nomination: NewNomination) => api.post<Post>('/api/post/posts', nomination),
  /** A collective post is established by a bureau affairs meeting (局务会) resolution; the date is not in the future. */
  recordResolution: (id: string, resolutionNo: string, meetingDate: string) =>
    api.post<Post>(`${post(id)}/resolution`, { resolutionNo, meetingDate }),
  /** `hangsAt` null: the default place (DEFAULT_PLACE). */
  awardPlaque: (id: string, plaqueNo: string, awardedOn: string, hangsAt: string | null) =>
    api.post<Post>(`${post(id)}/plaque`, { plaqueNo, awardedOn, hangsAt }),
  assess: (id: string, assessment: NewAssessment) => api.post<Post>(`${post(id)}/assessments`, assessment),
  closeRectification: (id: string, quarter: string, note: string) =>
    api.post<Post>(`${post(id)}/assessments/${quarter}/rectified`, { note }),
  /** The one-vote veto (一票否决): the title is revoked and the plaque reclaimed. */
  veto: (id: string, cause: RevocationCause, facts: string) => api.post<Post>(`${post(id)}/veto`, { cause, facts }),
  elections: () => api.get<Election[]>('/api/post/elections'),
  openElection: (election: NewElection) => api.post<Election>('/api/post/elections', election),
  closeElection: (electionId: string) => api.post<Election>(`/api/post/elections/${electionId}/close`),
  vote: (electionId: string, choices: string[]) =>
    api.post<void>(`/api/post/elections/${electionId}/ballots`, { choices }),
  assessmentSettings: () => api.get<AssessmentSettings>('/api/post/assessment-settings'),
  setAssessmentSettings: (settings: AssessmentSettings) =>
    api.put<AssessmentSettings>('/api/post/assessment-settings', settings),
  electionRule: async () => (await api.get<{ winningRule: WinningRule }>('/api/post/election-rule')).winningRule,
  setElectionRule: async (winningRule: WinningRule) =>
    (await api.put<{ winningRule: WinningRule }>('/api/post/election-rule', { winningRule })).winningRule,
}
