import { ApiError, messageOf } from '../shared/api'

/** What a failed public read tells the reader: a code that leads nowhere is said plainly, in Chinese. */
export function loadProblem(error: unknown): string {
  if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
    return '没有找到相关内容，可能已撤下或地址有误'
  }
  return `加载失败：${messageOf(error)}`
}
