import { api } from '../../shared/api'
import type { PostKind } from '../../shared/labels'
import type { Post, PostStatus } from '../shared/post'

/** Setting up model posts (post-service PostController): nomination, the 局务会 resolution, the plaque. */

/** The four images (四个形象) and six standards (六条标准) a nomination answers (post-service Standard). */
export type Standard =
  | 'IMAGE_PACESETTER'
  | 'IMAGE_DEDICATION'
  | 'IMAGE_SERVICE'
  | 'IMAGE_PUBLIC_SERVANT'
  | 'LOVES_THE_JOB'
  | 'KNOWS_THE_POLICIES'
  | 'ACTS_BY_LAW'
  | 'KEEPS_DISCIPLINE'
  | 'DOWN_TO_EARTH'
  | 'DIGNIFIED_CONDUCT'

export const IMAGES: { key: Standard; label: string }[] = [
  { key: 'IMAGE_PACESETTER', label: '领跑形象' },
  { key: 'IMAGE_DEDICATION', label: '敬业形象' },
  { key: 'IMAGE_SERVICE', label: '奉献形象' },
  { key: 'IMAGE_PUBLIC_SERVANT', label: '公仆形象' },
]

export const STANDARDS: { key: Standard; label: string }[] = [
  { key: 'LOVES_THE_JOB', label: '热爱本职' },
  { key: 'KNOWS_THE_POLICIES', label: '熟悉政策' },
  { key: 'ACTS_BY_LAW', label: '依法行政' },
  { key: 'KEEPS_DISCIPLINE', label: '遵纪守法' },
  { key: 'DOWN_TO_EARTH', label: '脚踏实地' },
  { key: 'DIGNIFIED_CONDUCT', label: '举止端庄' },
]

/** A post with how its nomination says it meets each standard (PostApi.PostView). */
export interface PostDetail extends Post {
  statements: Partial<Record<Standard, string>>
}

/** An individual post names its holder, a collective one its office or section; `statements` answers every standard. */
export interface NewNomination {
  kind: PostKind
  title: string
  holderPersonNo?: string
  unitCode?: string
  statements: Record<Standard, string>
}

/** Where a plaque hangs unless the award says otherwise (PostService.awardPlaque). */
export const DEFAULT_PLACE: Record<PostKind, string> = { INDIVIDUAL: '办公室内', COLLECTIVE: '单位门口' }

export const postsApi = {
  list: (status?: PostStatus) => api.get<PostDetail[]>(`/api/post/posts${status ? `?status=${status}` : ''}`),
  get: (id: string) => api.get<PostDetail>(`/api/post/posts/${encodeURIComponent(id)}`),
  nominate: (nomination: NewNomination) => api.post<PostDetail>('/api/post/posts', nomination),
  /** A collective post is established by a bureau affairs meeting (局务会) resolution; the date is not in the future. */
  recordResolution: (id: string, resolutionNo: string, meetingDate: string) =>
    api.post<PostDetail>(`/api/post/posts/${encodeURIComponent(id)}/resolution`, { resolutionNo, meetingDate }),
  /** `hangsAt` null: the default place (DEFAULT_PLACE). */
  awardPlaque: (id: string, plaqueNo: string, awardedOn: string, hangsAt: string | null) =>
    api.post<PostDetail>(`/api/post/posts/${encodeURIComponent(id)}/plaque`, { plaqueNo, awardedOn, hangsAt }),
}
