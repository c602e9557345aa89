import { api } from '../../shared/api'

/** A responsibility zone as zone-service returns it (ZoneApi.ZoneView). */
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

export const zoneApi = {
  zones: () => api.get<Zone[]>('/api/zone/zones'),
}
