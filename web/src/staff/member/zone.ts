import type { Duty } from '../api/zones'

/** The zone duties of the source text a log entry is about. */
export const DUTY: Record<Duty, string> = {
  VISIT_MASSES: '访基层群众、问干部作风',
  ACTIVIST_LIAISON: '联系、教育、考察入党积极分子',
  BRANCH_ASSIST: '协助支部工作',
  CARING_COLLECTIVE: '建设温馨集体',
  OTHER: '其他',
}
