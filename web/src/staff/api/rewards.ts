import { api } from '../../shared/api'
import type { PostKind } from '../../shared/labels'

/** evaluation-service's model-post rewards (RewardController): the office's list and payment, a member's own. */

export type RewardStatus = 'GRANTED' | 'PAID' | 'WITHDRAWN'

export interface Reward {
  rewardId: string
  postId: string
  kind: PostKind
  holderPersonNo: string | null
  unitCode: string | null
  /** "2026-Q1/2026-Q2": the two quarters whose passed assessments earned it. */
  quarters: string
  amountYuan: number
  status: RewardStatus
  disqualifiedAfterPayment: boolean
  grantedAt: string | null
  withdrawnAt: string | null
  paidAt: string | null
  paidBy: string | null
}

export const rewardsApi = {
  /** The bureau's rewards, for the office and the leadership. */
  list: (status?: RewardStatus | '') =>
    api.get<Reward[]>(`/api/evaluation/rewards${status ? `?status=${status}` : ''}`),
  /** The rewards of the individual post the signed-in member holds or held. */
  mine: () => api.get<Reward[]>('/api/evaluation/rewards/mine'),
  /** 奖励发放表 as .xlsx (signature column and total), with the list's status and one pair of quarters or all. */
  downloadPayoutList: (status: RewardStatus | '', quarters: string) => {
    const query = new URLSearchParams({ ...(status ? { status } : {}), ...(quarters ? { quarters } : {}) }).toString()
    return api.download(`/api/evaluation/rewards.xlsx${query ? `?${query}` : ''}`, '党员示范岗奖励发放表.xlsx')
  },
  /** The office records a reward paid out; the answer is every reward of that post. */
  markPaid: (reward: Pick<Reward, 'postId' | 'quarters'>) =>
    api.post<Reward[]>(`/api/evaluation/rewards/${reward.postId}/${reward.quarters.split('/')[0]}/paid`),
}
