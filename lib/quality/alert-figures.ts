import { isQualityIndicator, type QualityIndicator } from "./quality-rules";

export type AlertIndicator = { key: QualityIndicator; value: number | null; threshold: number };

/**
 * The crossed indicators an alert's figures hold (QualityAlertFigures.crossed). Read defensively:
 * the figures are a JSON column, so anything unknown is left out.
 */
export function alertIndicatorsOf(figures: unknown): AlertIndicator[] {
  const crossed = (figures as { crossed?: unknown } | null)?.crossed;
  if (!Array.isArray(crossed)) return [];
  return crossed.flatMap((entry) => {
    const { key, value, threshold } = (entry ?? {}) as { key?: unknown; value?: unknown; threshold?: unknown };
    if (!isQualityIndicator(key) || typeof threshold !== "number") return [];
    return [{ key, value: typeof value === "number" ? value : null, threshold }];
  });
}

/** The window's parts paid, as the alert recorded them (0 when unreadable). */
export function alertOrdersCountOf(figures: unknown): number {
  const count = (figures as { figures?: { ordersCount?: unknown } } | null)?.figures?.ordersCount;
  return typeof count === "number" ? count : 0;
}
