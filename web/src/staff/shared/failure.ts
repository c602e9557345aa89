import { ElMessage } from 'element-plus'
import { messageOf } from '../../shared/api'

/** A failed call as the staff screens report it, in a message on top; the words are returned for useLoad to keep. */
export function showFailure(error: unknown): string {
  const message = messageOf(error)
  ElMessage.error(message)
  return message
}
