// How the Iranian rial is shown (docs/i18n.md, money): in rials, or in toman (rial ÷ 10) when the
// marketplace's settings say so. The choice is marketplace-wide and read with the settings on
// every request (readSettingsRow records it here), so formatMoney needs no extra argument at its
// eighty call sites; a change shows from the next read. Amounts are rials everywhere else.

let tomanDisplay = false;

export function recordTomanDisplay(on: boolean): void {
  tomanDisplay = on;
}

/** Whether `currency` is shown in toman now. */
export function showsToman(currency: string): boolean {
  return tomanDisplay && currency === "IRR";
}
