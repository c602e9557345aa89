import { ElMessage, ElMessageBox } from 'element-plus'
import { messageOf } from '../../shared/api'
import { quarterLabel } from '../../shared/quarters'
import { postsApi, type Post, type PostAssessment } from '../api/posts'

/**
 * 整改销号 of a model post's rectification (限期整改), as the leadership's 示范岗考核 and the branch secretary's
 * 示范岗整改 both do it: asks how it was put right, then closes it. True once closed, for the caller to reload.
 */
export async function closeRectification(post: Post, assessment: PostAssessment): Promise<boolean> {
  let note: string
  try {
    note = (
      await ElMessageBox.prompt('整改完成情况', `${post.title} · ${quarterLabel(assessment.quarter)} 整改销号`, {
        inputValidator: (v: string) => (v && v.trim().length > 0) || '请填写整改完成情况',
        confirmButtonText: '确认销号',
        cancelButtonText: '取消',
      })
    ).value.trim()
  } catch {
    return false
  }
  try {
    await postsApi.closeRectification(post.id, assessment.quarter, note)
    ElMessage.success('整改已销号')
    return true
  } catch (e) {
    ElMessage.error(messageOf(e))
    return false
  }
}

/** A rectification ordered by an assessment and not yet closed, on a post that still holds its title. */
export interface OpenRectification {
  post: Post
  assessment: PostAssessment
}

/** The open rectifications of the posts, the nearest deadline first. */
export function openRectifications(posts: Post[]): OpenRectification[] {
  return posts
    .filter((post) => post.status === 'AWARDED')
    .flatMap((post) =>
      post.assessments
        .filter((a) => a.remedy === 'RECTIFY' && !a.rectifiedAt)
        .map((assessment) => ({ post, assessment })),
    )
    .sort((a, b) => (a.assessment.deadline ?? '').localeCompare(b.assessment.deadline ?? ''))
}
