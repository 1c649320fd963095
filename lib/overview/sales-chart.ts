// The geometry of the daily sales chart (docs/trust.md, the vendor's overview): scales and paths from
// d3-scale and d3-shape, computed on the server; the component only draws them. Pure.
import { scaleLinear } from "d3-scale";
import { area, line } from "d3-shape";
import type { DaySales } from "./periods";

export const CHART_WIDTH = 480;
export const CHART_HEIGHT = 220;
/** room for the amounts beside the plot (inline start) and the dates below it */
const MARGIN = { top: 12, inlineEnd: 12, bottom: 28, inlineStart: 64 };
/** labelled dates along the bottom: few enough to stay readable at 360 px */
const DATE_TICKS = 4;

export type ChartDirection = "ltr" | "rtl";

export type SalesChartGeometry = {
  width: number;
  height: number;
  linePath: string;
  areaPath: string;
  /** the y of the zero line */
  baseline: number;
  /** the plot's horizontal extent, left to right in SVG coordinates */
  plotLeft: number;
  plotRight: number;
  /** amount gridlines (minor units) and where they are */
  amountTicks: { value: number; y: number }[];
  /** labelled days and where they are */
  dayTicks: { day: string; x: number }[];
  /** where the amounts are written: left of the plot (ltr) or right of it (rtl) */
  amountLabelX: number;
  amountLabelAnchor: "start" | "end";
};

/** Evenly spread indices of `count` items, first and last included. */
export function spreadIndices(count: number, ticks: number): number[] {
  if (count <= 0) return [];
  if (count <= ticks) return Array.from({ length: count }, (_, index) => index);
  const step = (count - 1) / (ticks - 1);
  return Array.from({ length: ticks }, (_, index) => Math.round(index * step));
}

/** Time runs from the inline start: left to right, or right to left in a right-to-left page. */
export function salesChartGeometry(days: DaySales[], direction: ChartDirection = "ltr"): SalesChartGeometry {
  const rtl = direction === "rtl";
  const plotLeft = rtl ? MARGIN.inlineEnd : MARGIN.inlineStart;
  const plotRight = CHART_WIDTH - (rtl ? MARGIN.inlineStart : MARGIN.inlineEnd);
  const top = MARGIN.top;
  const bottom = CHART_HEIGHT - MARGIN.bottom;
  const x = scaleLinear()
    .domain([0, Math.max(1, days.length - 1)])
    .range(rtl ? [plotRight, plotLeft] : [plotLeft, plotRight]);
  const max = Math.max(0, ...days.map((day) => day.sales));
  // Without any sale the scale still needs a height: one euro (or unit) keeps the zero line at the bottom.
  const y = scaleLinear()
    .domain([0, max > 0 ? max : 100])
    .nice(4)
    .range([bottom, top]);
  const round = (value: number) => Math.round(value * 100) / 100;
  const linePath =
    line<DaySales>()
      .x((_, index) => round(x(index)))
      .y((day) => round(y(day.sales)))(days) ?? "";
  const areaPath =
    area<DaySales>()
      .x((_, index) => round(x(index)))
      .y0(bottom)
      .y1((day) => round(y(day.sales)))(days) ?? "";
  return {
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    linePath,
    areaPath,
    baseline: bottom,
    plotLeft,
    plotRight,
    amountTicks: y
      .ticks(4)
      .filter((value) => Number.isInteger(value))
      .map((value) => ({ value, y: round(y(value)) })),
    dayTicks: spreadIndices(days.length, DATE_TICKS).map((index) => ({ day: days[index].day, x: round(x(index)) })),
    amountLabelX: rtl ? plotRight + 8 : plotLeft - 8,
    amountLabelAnchor: rtl ? "start" : "end",
  };
}

/** The chart's summary: the total and the best day (the earliest of equals), null without sales. */
export function salesSummary(days: DaySales[]): { total: number; orders: number; best: DaySales | null } {
  let best: DaySales | null = null;
  let total = 0;
  let orders = 0;
  for (const day of days) {
    total += day.sales;
    orders += day.orders;
    if (day.sales > 0 && (!best || day.sales > best.sales)) best = day;
  }
  return { total, orders, best };
}
