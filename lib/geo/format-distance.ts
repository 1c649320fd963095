// One formatter per locale and unit, kept (building one costs more than formatting with it).
const formatters = new Map<string, Intl.NumberFormat>();

function unitFormatter(locale: string, unit: "meter" | "kilometer", maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${locale}|${unit}|${maximumFractionDigits}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: "unit", unit, maximumFractionDigits });
    formatters.set(key, format);
  }
  return format;
}

/** "850 m", "1,2 km", "23 km" in the viewer's locale: metres under a kilometre (rounded to 10 m), one decimal under 10 km. */
export function formatDistance(km: number, locale: string): string {
  if (km < 1) {
    const metres = Math.max(10, Math.round((km * 1000) / 10) * 10);
    return unitFormatter(locale, "meter", 0).format(metres);
  }
  return unitFormatter(locale, "kilometer", km < 10 ? 1 : 0).format(km);
}
