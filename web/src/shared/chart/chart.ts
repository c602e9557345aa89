import { use, type ComposeOption } from 'echarts/core'
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts'
import {
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TitleComponentOption,
  type TooltipComponentOption,
} from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

// Only the parts the staff charts draw, so the bundle does not carry all of ECharts.
use([BarChart, LineChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer])

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TitleComponentOption
  | TooltipComponentOption
>

/** A rate in percent for a chart: ECharts leaves a gap for null. */
export function rateOrGap(rate: number | null | undefined): number | null {
  return rate === null || rate === undefined ? null : rate
}

/** A chart's title, centred above it in the size every staff chart uses. */
export function chartTitle(text: string): TitleComponentOption {
  return { text, left: 'center', textStyle: { fontSize: 14 } }
}

/** Satisfaction rates in percent, a bar a name, each with its rate on top. */
export function rateBars(
  title: string,
  names: string[],
  rates: (number | null)[],
  look: { barMaxWidth: number; grid: GridComponentOption; rotateNames?: boolean },
): ChartOption {
  return {
    title: chartTitle(title),
    tooltip: { trigger: 'axis' },
    grid: look.grid,
    xAxis: {
      type: 'category',
      data: names,
      ...(look.rotateNames === undefined ? {} : { axisLabel: { interval: 0, rotate: look.rotateNames ? 30 : 0 } }),
    },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: [
      {
        type: 'bar',
        name: '满意率',
        barMaxWidth: look.barMaxWidth,
        label: { show: true, position: 'top', formatter: '{c}%' },
        data: rates,
      },
    ],
  }
}

/** Satisfaction rates in percent over the quarters, a line each, every point marked. */
export function rateTrend(quarters: string[], lines: LineSeriesOption[], right: number): ChartOption {
  return {
    title: chartTitle('满意率季度走势（%）'),
    // Drawn at once: a line grows from the left, so a page printed or captured early would miss the latest quarter.
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 36, type: 'scroll' },
    grid: { left: 48, right, top: 84, bottom: 32 },
    xAxis: { type: 'category', data: quarters },
    yAxis: { type: 'value', min: 0, max: 100 },
    // A line with figures in one quarter only has nothing to draw: its point must still show.
    series: lines.map((line) => ({ ...line, type: 'line', showSymbol: true, symbolSize: 8 })),
  }
}
