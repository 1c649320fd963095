// A ShopOrder's deadlines (docs/domain.md, deadlines), from the marketplace's settings. Pure.
import { addBusinessDays, addDays, type Calendar } from "@/lib/calendar/business-days";

export type DeadlineSettings = {
  acceptanceDeadlineBusinessDays: number;
  shipDeadlineBusinessDays: number;
  autoConfirmDays: number;
  returnWindowDays: number;
  calendar: Calendar;
};

/** Set when the part is paid: answer by `acceptBy`; the vendor is reminded once at `remindAt`, halfway. */
export function acceptanceDeadlines(paidAt: Date, settings: DeadlineSettings): { acceptBy: Date; remindAt: Date } {
  const acceptBy = addBusinessDays(paidAt, settings.acceptanceDeadlineBusinessDays, settings.calendar);
  const remindAt = new Date(paidAt.getTime() + Math.floor((acceptBy.getTime() - paidAt.getTime()) / 2));
  return { acceptBy, remindAt };
}

/** Set when the part is accepted: shipped, ready for pickup or made available by `shipBy`. */
export function shippingDeadline(acceptedAt: Date, settings: DeadlineSettings): Date {
  return addBusinessDays(acceptedAt, settings.shipDeadlineBusinessDays, settings.calendar);
}

/** Set when the part is delivered: confirmed automatically at `autoConfirmAt`; returns asked for until `returnBy`. */
export function afterDeliveryDeadlines(
  deliveredAt: Date,
  settings: DeadlineSettings,
): { autoConfirmAt: Date; returnBy: Date } {
  return {
    autoConfirmAt: addDays(deliveredAt, settings.autoConfirmDays),
    returnBy: addDays(deliveredAt, settings.returnWindowDays),
  };
}

export type TimeLeft = { overdue: boolean; days: number; hours: number; minutes: number };

/** What is left until `deadline` (or how late it is), in whole days, hours and minutes, rounded down. */
export function timeLeft(now: Date, deadline: Date): TimeLeft {
  const delta = deadline.getTime() - now.getTime();
  const overdue = delta < 0;
  const totalMinutes = Math.floor(Math.abs(delta) / 60_000);
  return {
    overdue,
    days: Math.floor(totalMinutes / (24 * 60)),
    hours: Math.floor((totalMinutes % (24 * 60)) / 60),
    minutes: totalMinutes % 60,
  };
}

/** The deadline job flagged this part late and it is still waiting to leave the shop. */
export function isFlaggedLate(part: { status: string; lateFlaggedAt: Date | null }): boolean {
  return part.status === "ACCEPTED" && part.lateFlaggedAt !== null;
}
