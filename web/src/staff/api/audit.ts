import { api } from '../../shared/api'

/**
 * The audit trail each service keeps of its bureau's changes (platform AuditEndpoint, `GET /api/{service}/audit`),
 * readable by the leadership and the education-practice office: who did what, when, why.
 */

export type AuditedService = 'post' | 'pledge' | 'zone' | 'evaluation'

/** One entry (AuditLog.AuditView): `actor` is a person number, or a system actor such as `roster`. */
export interface AuditEntry {
  id: string
  actor: string
  actorRoles: string[]
  at: string
  action: string
  aggregateType: string
  aggregateId: string
  reason: string | null
  summary: string | null
}

export const auditApi = {
  /** Newest first; the server allows up to 1000. */
  history: (service: AuditedService, aggregateId: string, limit = 200) =>
    api.get<AuditEntry[]>(`/api/${service}/audit?aggregateId=${encodeURIComponent(aggregateId)}&limit=${limit}`),
}

/** Every action the services record (grep of their ChangeRecorder calls), in the words of the screens. */
export const AUDIT_ACTIONS: Record<string, string> = {
  // post-service
  'post.nominated': '提名示范岗',
  'post.established': '局务会决议确定',
  'post.not-elected': '民主推选未当选',
  'post.withdrawn': '提名撤回',
  'post.awarded': '授牌',
  'post.assessed': '季度考核',
  'post.rectified': '整改销号',
  'post.vetoed': '一票否决',
  'post.revoked': '撤销称号',
  'post.flagged': '标记待核实',
  'election.opened': '发起民主推选',
  'election.voted': '投票',
  'election.closed': '结束推选并计票',
  'election.rule-set': '设定推选规则',
  // pledge-service
  'campaign.opened': '开展年度承诺活动',
  'campaign.changed': '调整公示截止日期',
  'pledge.proposed': '提出承诺（提诺）',
  'pledge.revised': '修改后重新提交',
  'pledge.approved': '审定通过（审诺）',
  'pledge.returned': '退回修改',
  'pledge.publicized': '公示（亮诺）',
  'pledge.progress': '登记践诺进展',
  'pledge.item-completed': '承诺事项完成',
  'pledge.inspected': '督查记录',
  'pledge.evaluated': '评议（评诺）',
  'pledge.rectified': '整改销号',
  // zone-service
  'zone.drawn': '划定责任区',
  'zone.redrawn': '调整责任区',
  'zone.dissolved': '撤销责任区',
  'zone.assessed': '责任区考核',
  'zone.announced': '公布已划定责任区的标牌',
  'worklog.written': '填写工作日志',
  'report.submitted': '报送书面报告',
  'report.acknowledged': '报告已收阅',
  'report.published': '宣传推介',
  'bureau.renamed': '修改本局名称',
  'unit.created': '设立单位',
  'unit.changed': '调整单位',
  'person.added': '加入花名册',
  'person.changed': '修改人员信息',
  'person.left': '离开本局',
  'activist.designated': '列为入党积极分子',
  'activist.withdrawn': '不再列为入党积极分子',
  // evaluation-service
  'survey.created': '发起满意度测评',
  'survey.closed': '结束测评',
  'reward.granted': '核定奖励',
  'reward.withdrawn': '撤回奖励',
  'reward.disqualified': '取消奖励资格',
  'reward.paid': '发放奖励',
  'reward.amount-set': '设定奖励标准',
}

const SUBJECTS: Record<string, string> = {
  post: '示范岗',
  election: '民主推选',
  campaign: '承诺活动',
  pledge: '承诺',
  zone: '责任区',
  worklog: '工作日志',
  report: '书面报告',
  bureau: '本局',
  unit: '单位',
  person: '人员',
  activist: '入党积极分子',
  survey: '满意度测评',
  reward: '奖励',
}

/** An action in Chinese; one the map does not know yet keeps its own words after the subject it concerns. */
export function actionLabel(action: string): string {
  const known = AUDIT_ACTIONS[action]
  if (known) return known
  const [subject, ...rest] = action.split('.')
  return SUBJECTS[subject] ? `${SUBJECTS[subject]}：${rest.join('.') || action}` : action
}

/** The actors that are no person: the services acting on their own (PostService, Rewards, ZonePlanService, the seeders). */
export const SYSTEM_ACTORS: Record<string, string> = {
  roster: '系统（人员名册变动）',
  'secret-ballot': '无记名投票',
  evaluation: '系统（测评结果）',
  'demo-seed': '系统（演示数据）',
  'zone-service': '系统（责任区）',
  configuration: '系统配置',
}
