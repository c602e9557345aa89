import { api } from '../../shared/api'
import type { ReportKind } from '../../shared/labels'

/**
 * zone-service's responsibility zones (ZoneController): drawing them, a member's own zone, the work logs, the written
 * reports to the education-practice office, and the leadership's quarterly assessments.
 */

/** A responsibility zone (ZoneApi.ZoneView). */
export interface Zone {
  zoneId: string
  plaqueCode: string
  unitCode: string
  unitName: string | null
  name: string
  head: { personNo: string; name: string | null }
  mainTasks: string[]
  members: { personNo: string; name: string | null; responsibility: string }[]
  drawnOn: string
}

/** A zone as it is drawn or redrawn: the head is one of its members. */
export interface ZoneDraft {
  unitCode: string
  name: string
  headPersonNo: string
  mainTasks: string[]
  members: { personNo: string; responsibility: string }[]
}

export interface MyZone {
  zone: Zone
  myResponsibility: string
}

export type Duty = 'VISIT_MASSES' | 'ACTIVIST_LIAISON' | 'BRANCH_ASSIST' | 'CARING_COLLECTIVE' | 'OTHER'

export interface WorkLog {
  id: string
  zoneId: string
  authorPersonNo: string
  date: string
  duty: Duty
  content: string
  recordedAt: string
}

export interface NewWorkLog {
  zoneId: string
  date: string
  duty: Duty
  content: string
}

export type ReportStatus = 'SUBMITTED' | 'ACKNOWLEDGED' | 'PUBLISHED'

export interface ReportStep {
  by: string | null
  at: string
  note: string | null
}

export interface ZoneReport {
  id: string
  zoneId: string
  zoneName: string
  authorPersonNo: string
  kind: ReportKind
  title: string
  body: string
  submittedAt: string
  status: ReportStatus
  acknowledged: ReportStep | null
  published: ReportStep | null
  /** The office's title for the public board; null on reports published before there was one. */
  publicTitle: string | null
  publicSummary: string | null
}

/** A written report (书面报告) of a zone to the education-practice office; it is submitted as it is written. */
export interface NewReport {
  zoneId: string
  kind: ReportKind
  title: string
  body: string
}

/** A zone's quarterly assessment (zone-service AssessmentController.AssessmentView). */
export type Grade = 'EXCELLENT' | 'GOOD' | 'PASS' | 'FAIL'

export interface ZoneAssessment {
  id: string
  zoneId: string
  zoneName: string
  unitCode: string
  quarter: string
  coreWorkScore: number
  problemSolvingScore: number
  serviceCapacityScore: number
  total: number
  grade: Grade
  comments: string | null
  assessedBy: string
  assessedAt: string
}

export interface NewZoneAssessment {
  zoneId: string
  quarter: string
  coreWorkScore: number
  problemSolvingScore: number
  serviceCapacityScore: number
  comments: string | null
}

const query = (params: Record<string, string | number | undefined>) => {
  const pairs = Object.entries(params).filter(([, v]) => v !== undefined && v !== '')
  return pairs.length ? `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&')}` : ''
}

const zone = (id: string) => `/api/zone/zones/${encodeURIComponent(id)}`

export const zonesApi = {
  zones: () => api.get<Zone[]>('/api/zone/zones'),
  zone: (zoneId: string) => api.get<Zone>(zone(zoneId)),
  draw: (draft: ZoneDraft) => api.post<Zone>('/api/zone/zones', draft),
  redraw: (zoneId: string, draft: ZoneDraft) => api.put<Zone>(zone(zoneId), draft),
  dissolve: (zoneId: string, reason: string) => api.post<Zone>(`${zone(zoneId)}/dissolve`, { reason }),
  /** The zones a person heads (a unit head heads the zone of their unit). */
  headedBy: async (personNo: string | null | undefined) =>
    (await api.get<Zone[]>('/api/zone/zones')).filter((z) => z.head.personNo === personNo),
  /** The signed-in member's zone and their part in it. */
  myZone: () => api.get<MyZone>('/api/zone/my-zone'),
  myLogs: (limit = 50) => api.get<WorkLog[]>(`/api/zone/work-logs/mine${query({ limit })}`),
  /** A zone's log, newest first: its head and the bureau's overseers read it. */
  zoneLogs: (zoneId: string, limit = 100) => api.get<WorkLog[]>(`/api/zone/work-logs${query({ zoneId, limit })}`),
  /** Written by a member of the zone; the head is one. */
  writeLog: (log: NewWorkLog) => api.post<WorkLog>('/api/zone/work-logs', log),
  /** The office and the leadership read every report; a zone head reads their own. */
  reports: (status?: ReportStatus | '') => api.get<ZoneReport[]>(`/api/zone/reports${query({ status })}`),
  submitReport: (report: NewReport) => api.post<ZoneReport>('/api/zone/reports', report),
  acknowledgeReport: (id: string, note: string | null) =>
    api.post<ZoneReport>(`/api/zone/reports/${id}/acknowledge`, { note }),
  publishReport: (id: string, publicTitle: string, publicSummary: string) =>
    api.post<ZoneReport>(`/api/zone/reports/${id}/publish`, { publicTitle, publicSummary }),
  assessments: (quarter: string) => api.get<ZoneAssessment[]>(`/api/zone/assessments${query({ quarter })}`),
  /** The zone register as .xlsx, one row per member of each zone: ADMIN, LEADER and OFFICE, as the 责任区 screen. */
  registerWorkbook: (fileName: string) => api.download('/api/zone/zones.xlsx', fileName),
  /** The coverage gaps as .xlsx: members in no zone and zone entries to adjust; the readers of the coverage. */
  coverageWorkbook: (fileName: string) => api.download('/api/zone/coverage.xlsx', fileName),
  /** The assessments of one quarter, or of all (no quarter), as .xlsx; the readers of the assessments. */
  assessmentsWorkbook: (quarter: string | undefined, fileName: string) =>
    api.download(`/api/zone/assessments.xlsx${query({ quarter })}`, fileName),
  assess: (assessment: NewZoneAssessment) => api.post<ZoneAssessment>('/api/zone/assessments', assessment),
}
