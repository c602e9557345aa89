import { todayInChina } from '../../shared/dates'

/** The days a DayPicker most often refuses: those still to come, for what has already happened. */
export function afterToday(day: string): boolean {
  return day > todayInChina()
}
