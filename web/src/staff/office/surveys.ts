import { ElMessage, ElMessageBox } from 'element-plus'
import { messageOf } from '../../shared/api'
import { evaluationApi, type Survey } from '../api/evaluation'

/** Ends a survey after the office confirms; the closed survey, or null when it stayed open. */
export async function closeSurvey(survey: Survey): Promise<Survey | null> {
  try {
    await ElMessageBox.confirm(`结束测评“${survey.title}”后将不再接受新的答卷，确定结束吗？`, '结束测评', {
      confirmButtonText: '结束测评',
      cancelButtonText: '取消',
      type: 'warning',
    })
  } catch {
    return null
  }
  try {
    const closed = await evaluationApi.closeSurvey(survey.code)
    ElMessage.success('测评已结束')
    return closed
  } catch (e) {
    ElMessage.error(messageOf(e))
    return null
  }
}

/** Prints the survey QR card on the page alone (the card's print style keys on this body class). */
export function printSurveyQr() {
  document.body.classList.add('printing-survey-qr')
  window.addEventListener('afterprint', () => document.body.classList.remove('printing-survey-qr'), { once: true })
  window.print()
}
