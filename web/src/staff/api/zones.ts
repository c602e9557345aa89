import { api } from '../../shared/api'
import type { ReportKind } from '../../shared/labels'
import type { Duty, WorkLog } from '../member/zone'
import type { ReportStatus, ZoneReport } from '../office/model'
import type { Zone } from '../shared/zone'

/** zone-service as a zone's head uses it: the zones they head, their work logs, their written reports to the office. */

export type { Duty, WorkLog, ReportStatus, ZoneReport, Zone }

export interface NewWorkLog {
  zoneId: string
  date: string
  duty: Duty
  content: string
}

/** A written report (书面报告) of a zone to the education-practice office; it is submitted as it is written. */
export interface NewReport {
  zoneId: string
  kind: ReportKind
  title: string
  body: string
}

/** A unit of the roster (RosterApi.UnitView); its head is the head of its responsibility zone. */
export interface Unit {
  code: string
  name: string
  kind: string
  headPersonNo: string | null
  headName: string | null
}

export interface Bureau {
  id: string
  name: string
}

const query = (params: Record<string, string | number | undefined>) => {
  const pairs = Object.entries(params).filter(([, v]) => v !== undefined && v !== '')
  return pairs.length ? `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&')}` : ''
}

export const zonesApi = {
  zones: () => api.get<Zone[]>('/api/zone/zones'),
  /** The zones a person heads (a unit head heads the zone of their unit). */
  headedBy: async (personNo: string | null | undefined) =>
    (await api.get<Zone[]>('/api/zone/zones')).filter((z) => z.head.personNo === personNo),
  /** A zone's log, newest first: its head and the bureau's overseers read it. */
  zoneLogs: (zoneId: string, limit = 100) => api.get<WorkLog[]>(`/api/zone/work-logs${query({ zoneId, limit })}`),
  /** Written by a member of the zone; the head is one. */
  writeLog: (log: NewWorkLog) => api.post<WorkLog>('/api/zone/work-logs', log),
  /** The office and the leadership read every report; a zone head reads their own. */
  reports: (status?: ReportStatus) => api.get<ZoneReport[]>(`/api/zone/reports${query({ status })}`),
  submitReport: (report: NewReport) => api.post<ZoneReport>('/api/zone/reports', report),
  units: () => api.get<Unit[]>('/api/zone/units'),
  /** The caller's bureau and its name. */
  bureau: () => api.get<Bureau>('/api/zone/bureau'),
}
