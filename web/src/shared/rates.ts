/** A rate the services give in percent (87.5), as every screen writes it: 87.5%; `none` when there is no figure. */
export function rateText(percent: number | null | undefined, none = '暂无'): string {
  return percent === null || percent === undefined ? none : `${percent.toFixed(1)}%`
}
