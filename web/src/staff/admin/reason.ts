import { ElMessageBox } from 'element-plus'

/** Asks why, for the changes the servers keep on record with a reason; null when the administrator cancels. */
export async function askReason(title: string, message: string, confirmButtonText = '确定'): Promise<string | null> {
  try {
    const { value } = await ElMessageBox.prompt(message, title, {
      confirmButtonText,
      cancelButtonText: '取消',
      inputType: 'textarea',
      inputPlaceholder: '请填写原因（必填，不超过 500 字）',
      inputValidator: (value) => {
        const reason = (value ?? '').trim()
        if (!reason) return '请填写原因'
        return reason.length <= 500 || '原因不超过 500 字'
      },
    })
    return value.trim()
  } catch {
    return null
  }
}
