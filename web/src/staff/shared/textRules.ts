import type { FormItemRule } from 'element-plus'

/** The form rules of a text that must be filled in (`missing` asks for it) and is at most `max` long. */
export function textRules(missing: string, max: number, tooLong = `不超过 ${max} 字`): FormItemRule[] {
  return [
    { required: true, whitespace: true, message: missing, trigger: 'blur' },
    { max, message: tooLong, trigger: 'blur' },
  ]
}
