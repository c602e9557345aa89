import { api } from '../../shared/api'
import type { Zone } from '../shared/zone'

/** The signed-in member's responsibility zone and work logs (zone-service), with their Chinese words. */

export type Duty = 'VISIT_MASSES' | 'ACTIVIST_LIAISON' | 'BRANCH_ASSIST' | 'CARING_COLLECTIVE' | 'OTHER'

export interface MyZone {
  zone: Zone
  myResponsibility: string
}

export interface WorkLog {
  id: string
  zoneId: string
  authorPersonNo: string
  date: string
  duty: Duty
  content: string
  recordedAt: string
}

/** The zone duties of the source text a log entry is about. */
export const DUTY: Record<Duty, string> = {
  VISIT_MASSES: '访基层群众、问干部作风',
  ACTIVIST_LIAISON: '联系、教育、考察入党积极分子',
  BRANCH_ASSIST: '协助支部工作',
  CARING_COLLECTIVE: '建设温馨集体',
  OTHER: '其他',
}

export const myZoneApi = {
  myZone: () => api.get<MyZone>('/api/zone/my-zone'),
  myLogs: () => api.get<WorkLog[]>('/api/zone/work-logs/mine?limit=50'),
  writeLog: (body: { zoneId: string; date: string; duty: Duty; content: string }) =>
    api.post<WorkLog>('/api/zone/work-logs', body),
}
