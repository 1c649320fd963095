import { describe, expect, it } from "vitest";
import { CHART_HEIGHT, CHART_WIDTH, salesChartGeometry, salesSummary, spreadIndices } from "./sales-chart";

// The chart's geometry (docs/trust.md, the vendor's overview). Plot: x from 64 to 468 (ltr), y from
// 192 (zero) up to 12; expectations by hand.

const day = (n: number, sales: number, orders = sales > 0 ? 1 : 0) => ({
  day: `2026-12-0${n}`,
  orders,
  sales,
});

describe("salesChartGeometry", () => {
  it("scales days across the plot and amounts up from the zero line", () => {
    // Three days, 0 / 1000 / 500: the amount scale is 0…1000 (already round).
    const chart = salesChartGeometry([day(1, 0), day(2, 1000), day(3, 500)]);
    expect(chart.width).toBe(CHART_WIDTH);
    expect(chart.height).toBe(CHART_HEIGHT);
    expect(chart.baseline).toBe(192);
    // x: 64, 266, 468; y: 192, 12, 102.
    expect(chart.linePath).toBe("M64,192L266,12L468,102");
    expect(chart.areaPath).toBe("M64,192L266,12L468,102L468,192L266,192L64,192Z");
    expect(chart.amountTicks.map((tick) => tick.value)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(chart.amountTicks[0].y).toBe(192);
    expect(chart.amountTicks.at(-1)!.y).toBe(12);
    expect(chart.dayTicks).toEqual([
      { day: "2026-12-01", x: 64 },
      { day: "2026-12-02", x: 266 },
      { day: "2026-12-03", x: 468 },
    ]);
    expect(chart.amountLabelX).toBe(56);
    expect(chart.amountLabelAnchor).toBe("end");
  });

  it("rounds the amount scale up to a nice maximum", () => {
    const chart = salesChartGeometry([day(1, 0), day(2, 870)]);
    expect(chart.amountTicks.at(-1)!.value).toBe(1000);
    // 870 of 1000 over 180 units: 192 − 156.6 = 35.4
    expect(chart.linePath).toBe("M64,192L468,35.4");
  });

  it("draws a flat line on the zero line when nothing was sold", () => {
    const chart = salesChartGeometry([day(1, 0), day(2, 0)]);
    expect(chart.linePath).toBe("M64,192L468,192");
    expect(chart.amountTicks[0]).toEqual({ value: 0, y: 192 });
  });

  it("runs from the right in a right-to-left page, amounts on the right", () => {
    const chart = salesChartGeometry([day(1, 0), day(2, 1000), day(3, 500)], "rtl");
    // plot from 12 to 416, time from 416 down to 12
    expect(chart.linePath).toBe("M416,192L214,12L12,102");
    expect(chart.amountLabelX).toBe(424);
    expect(chart.amountLabelAnchor).toBe("start");
  });
});

describe("spreadIndices", () => {
  it.each([
    { count: 90, ticks: 4, expected: [0, 30, 59, 89] },
    { count: 3, ticks: 4, expected: [0, 1, 2] },
    { count: 4, ticks: 4, expected: [0, 1, 2, 3] },
    { count: 0, ticks: 4, expected: [] },
  ])("$count days, $ticks labels → $expected", ({ count, ticks, expected }) => {
    expect(spreadIndices(count, ticks)).toEqual(expected);
  });
});

describe("salesSummary", () => {
  it.each([
    {
      name: "total, orders and the best day",
      days: [day(1, 500, 1), day(2, 1200, 2), day(3, 300, 1)],
      expected: { total: 2000, orders: 4, best: day(2, 1200, 2) },
    },
    {
      name: "the earliest of two equal best days",
      days: [day(1, 800), day(2, 800)],
      expected: { total: 1600, orders: 2, best: day(1, 800) },
    },
    { name: "no sales", days: [day(1, 0), day(2, 0)], expected: { total: 0, orders: 0, best: null } },
  ])("$name", ({ days, expected }) => {
    expect(salesSummary(days)).toEqual(expected);
  });
});
