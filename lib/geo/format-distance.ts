/** "850 m", "1,2 km", "23 km" in the viewer's locale: metres under a kilometre (rounded to 10 m), one decimal under 10 km. */
export function formatDistance(km: number, locale: string): string {
  if (km < 1) {
    const metres = Math.max(10, Math.round((km * 1000) / 10) * 10);
    return new Intl.NumberFormat(locale, { style: "unit", unit: "meter", maximumFractionDigits: 0 }).format(metres);
  }
  return new Intl.NumberFormat(locale, { style: "unit", unit: "kilometer", maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
}
