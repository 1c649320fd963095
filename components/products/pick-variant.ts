export type PhotoVariant = { width: number; url: string };

/** The smallest stored width at least as wide as asked, else the widest there is. */
export function pickVariant(variants: PhotoVariant[], width: number): PhotoVariant | undefined {
  const sorted = [...variants].sort((a, b) => a.width - b.width);
  return sorted.find((variant) => variant.width >= width) ?? sorted[sorted.length - 1];
}
