import { api } from '../shared/api'
import type { ItemStatus, PostKind, PublicAppraisal, Rating, ReportKind, Standard, TargetType } from '../shared/labels'

/** The public read models, as the services' public controllers return them. */

export interface PostPlaque {
  plaqueCode: string
  bureauId: string
  title: string
  kind: PostKind
  holderName: string | null
  unitName: string | null
  standards: Partial<Record<Standard, string>>
  plaqueNo: string
  awardedOn: string
  hangsAt: string | null
  modelPost: boolean
  notice: string | null
  pageUrl: string
  qrCodeUrl: string
  surveyUrl: string
}

/** A bureau as its public board names it. */
export interface PublicBureau {
  id: string
  name: string
}

export interface ZonePlaque {
  plaqueCode: string
  bureauId: string
  zoneName: string
  unitName: string | null
  headName: string | null
  mainTasks: string[]
  members: { name: string | null; responsibility: string }[]
  pageUrl: string
  qrCodeUrl: string
  surveyUrl: string
}

export interface PublicCase {
  zoneName: string
  kind: ReportKind
  title: string
  summary: string
  publishedAt: string
}

export interface PledgeItem {
  no: number
  content: string
  responsibleName: string
  deadline: string
  expectedEffect: string
  status: ItemStatus
  overdue: boolean
  result: {
    fulfilled: boolean
    leaderComment: string | null
    assessment: string | null
    rectificationOrder: string | null
    rectificationDeadline: string | null
    rectified: boolean
  } | null
}

export interface BoardPledge {
  publicCode: string
  bureauId: string
  letterTitle: string
  kind: 'MEMBER' | 'ORGANISATION'
  pledger: string
  campaignYear: number
  publishedOn: string
  late: boolean
  evaluatedOn: string | null
  publicAppraisal: PublicAppraisal | null
  items: PledgeItem[]
  pageUrl: string
  letterUrl: string
  surveyUrl: string
}

export interface Question {
  code: string
  title: string
  targetType: TargetType
  quarter: string
  open: boolean
  options: { value: Rating; label: string }[]
}

interface Ticket {
  ticket: string
  expiresAt: string
}

/** What a ticket costs: a nonce that solves the survey's signed, single-use challenge (proofOfWork.ts). */
export interface Challenge {
  challenge: string
  bits: number
  expiresAt: string
}

/** A ticket request for one phone, its challenge solved. */
export interface TicketRequest {
  deviceId: string
  challenge: string
  nonce: string
}

/** What a survey link names: the plaque of a model post or of a responsibility zone, or a pledge on the board. */
export type SurveyTarget = { plaque: string } | { pledge: string }

const segment = encodeURIComponent

export const publicApi = {
  posts: (bureauId: string) => api.get<PostPlaque[]>(`/public/post/bureaus/${segment(bureauId)}/posts`),
  postPlaque: (code: string) => api.get<PostPlaque>(`/public/post/plaques/${segment(code)}`),
  bureau: (bureauId: string) => api.get<PublicBureau>(`/public/zone/bureaus/${segment(bureauId)}`),
  zonePlaques: (bureauId: string) => api.get<ZonePlaque[]>(`/public/zone/bureaus/${segment(bureauId)}/plaques`),
  zonePlaque: (code: string) => api.get<ZonePlaque>(`/public/zone/plaques/${segment(code)}`),
  cases: (bureauId: string) => api.get<PublicCase[]>(`/public/zone/bureaus/${segment(bureauId)}/cases`),
  pledges: (bureauId: string, year: number) =>
    api.get<BoardPledge[]>(`/public/pledge/bureaus/${segment(bureauId)}/pledges?year=${year}`),
  pledge: (code: string) => api.get<BoardPledge>(`/public/pledge/pledges/${segment(code)}`),
  surveysAbout: (target: SurveyTarget) =>
    api.get<Question[]>(`/public/evaluation/surveys?${new URLSearchParams(target)}`),
  survey: (code: string) => api.get<Question>(`/public/evaluation/surveys/${segment(code)}`),
  challenge: (code: string) => api.get<Challenge>(`/public/evaluation/surveys/${segment(code)}/challenge`),
  /** Buys a ticket with the solved challenge and answers with it. */
  async answer(code: string, request: TicketRequest, rating: Rating, opinion: string) {
    const { ticket } = await api.post<Ticket>(`/public/evaluation/surveys/${segment(code)}/tickets`, request)
    await api.post<void>(`/public/evaluation/surveys/${segment(code)}/answers`, {
      ticket,
      rating,
      opinion: opinion.trim() || null,
    })
  },
}

/**
 * The path of a URL the server built from its public base address, so links and images stay on the host that
 * served this page (the same gateway in production, the dev server while developing).
 */
export function localPath(url: string): string {
  const parsed = new URL(url, window.location.origin)
  return parsed.pathname + parsed.search
}
