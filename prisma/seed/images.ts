// Demo pictures drawn locally as SVG (no network): a gradient and a pattern derived from a hash
// of the subject, a simple shape and the subject's initials. Same input, same picture.
import type { FileStore, StorageArea } from "../../lib/files/file-keys";
import { localFileStore } from "../../lib/files/local-storage";

export const IMAGE_SIZES = {
  product: { width: 800, height: 800 },
  logo: { width: 256, height: 256 },
  banner: { width: 1600, height: 500 },
} as const;

/** FNV-1a, 32 bits: a stable hash for colours, patterns and slug suffixes. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] ?? c,
  );
}

const SMALL_WORDS = new Set([
  "de",
  "du",
  "des",
  "la",
  "le",
  "les",
  "l",
  "d",
  "à",
  "a",
  "au",
  "aux",
  "et",
  "en",
  "pour",
  "sur",
  "un",
  "une",
  "sans",
  "avec",
]);

/** "Le Fournil Colbert" → "FC"; "Miel d'acacia (500 g)" → "MA". */
export function initialsOf(text: string): string {
  const words = text
    .replace(/\(.*?\)/g, " ")
    .split(/[\s'’:—\-–«»,.&]+/)
    .filter((w) => /\p{L}/u.test(w) && !SMALL_WORDS.has(w.toLowerCase()));
  if (words.length === 0) return "H";
  if (words.length === 1) return words[0].slice(0, 2).toLocaleUpperCase("fr");
  return (words[0][0] + words[1][0]).toLocaleUpperCase("fr");
}

/** Splits a title into at most `maxLines` lines of about `width` characters, with an ellipsis. */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/)) {
    if (current && (current + " " + word).length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1].replace(/[\s,:;—-]+$/, "")}…`;
  return kept;
}

type Look = { from: string; to: string; ink: string; pattern: string; shape: number };

function lookOf(seed: string): Look {
  const h = hashString(seed);
  const hue = h % 360;
  const hue2 = (hue + 25 + ((h >>> 9) % 60)) % 360;
  const patterns = [
    `<circle cx="12" cy="12" r="3" fill="#fff" fill-opacity="0.14"/>`,
    `<path d="M0 24 L24 0" stroke="#fff" stroke-opacity="0.12" stroke-width="4"/>`,
    `<path d="M0 12 Q6 4 12 12 T24 12" fill="none" stroke="#fff" stroke-opacity="0.14" stroke-width="2"/>`,
    `<path d="M0 0 H24 V24" fill="none" stroke="#fff" stroke-opacity="0.1" stroke-width="2"/>`,
  ];
  return {
    from: `hsl(${hue}, 62%, 55%)`,
    to: `hsl(${hue2}, 58%, 34%)`,
    ink: `hsl(${hue}, 60%, 16%)`,
    pattern: patterns[(h >>> 5) % patterns.length],
    shape: (h >>> 13) % 4,
  };
}

function defs(look: Look, scale: number): string {
  return (
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">` +
    `<stop offset="0" stop-color="${look.from}"/><stop offset="1" stop-color="${look.to}"/></linearGradient>` +
    `<pattern id="p" width="24" height="24" patternUnits="userSpaceOnUse" patternTransform="scale(${scale})">${look.pattern}</pattern></defs>`
  );
}

/** A simple shape centred on (cx, cy) with radius r: circle, diamond, hexagon or arch. */
function shape(kind: number, cx: number, cy: number, r: number): string {
  const style = `fill="#fff" fill-opacity="0.18" stroke="#fff" stroke-opacity="0.55" stroke-width="${Math.max(2, r / 40)}"`;
  if (kind === 0) return `<circle cx="${cx}" cy="${cy}" r="${r}" ${style}/>`;
  if (kind === 1)
    return `<rect x="${cx - r * 0.72}" y="${cy - r * 0.72}" width="${r * 1.44}" height="${r * 1.44}" rx="${r * 0.16}" transform="rotate(45 ${cx} ${cy})" ${style}/>`;
  if (kind === 2) {
    const points = Array.from({ length: 6 }, (_, i) => {
      const a = (Math.PI / 3) * i + Math.PI / 6;
      return `${(cx + r * Math.cos(a)).toFixed(1)},${(cy + r * Math.sin(a)).toFixed(1)}`;
    });
    return `<polygon points="${points.join(" ")}" ${style}/>`;
  }
  return `<path d="M${cx - r} ${cy + r} V${cy} A${r} ${r} 0 0 1 ${cx + r} ${cy} V${cy + r} Z" ${style}/>`;
}

const FONT = `font-family="Inter, 'Helvetica Neue', Arial, sans-serif"`;

/** 800×800 product picture; variant 1 is a second, text-light view of the same product. */
export function productSvg(title: string, seed: string, variant = 0): string {
  const { width, height } = IMAGE_SIZES.product;
  const look = lookOf(variant === 0 ? seed : `${seed}#${variant}`);
  const initials = escapeXml(initialsOf(title));
  const caption =
    variant === 0
      ? wrapText(title, 24, 2)
          .map(
            (line, i, all) =>
              `<text x="400" y="${705 - (all.length - 1) * 26 + i * 52}" ${FONT} font-size="42" font-weight="600" fill="#fff" text-anchor="middle">${escapeXml(line)}</text>`,
          )
          .join("")
      : "";
  const band =
    variant === 0 ? `<rect x="0" y="580" width="800" height="220" fill="${look.ink}" fill-opacity="0.55"/>` : "";
  const cy = variant === 0 ? 300 : 400;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}">` +
    defs(look, variant === 0 ? 2 : 3) +
    `<rect width="800" height="800" fill="url(#g)"/><rect width="800" height="800" fill="url(#p)"/>` +
    shape(look.shape, 400, cy, variant === 0 ? 190 : 260) +
    `<text x="400" y="${cy}" dy="0.35em" ${FONT} font-size="${variant === 0 ? 150 : 200}" font-weight="700" fill="#fff" text-anchor="middle">${initials}</text>` +
    band +
    caption +
    `</svg>`
  );
}

/** 256×256 round shop logo with the shop's initials. */
export function shopLogoSvg(name: string, seed: string): string {
  const { width, height } = IMAGE_SIZES.logo;
  const look = lookOf(seed);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 256 256" role="img" aria-label="${escapeXml(name)}">` +
    defs(look, 1) +
    `<circle cx="128" cy="128" r="128" fill="url(#g)"/><circle cx="128" cy="128" r="128" fill="url(#p)"/>` +
    `<circle cx="128" cy="128" r="104" fill="none" stroke="#fff" stroke-opacity="0.6" stroke-width="4"/>` +
    `<text x="128" y="128" dy="0.35em" ${FONT} font-size="92" font-weight="700" fill="#fff" text-anchor="middle">${escapeXml(initialsOf(name))}</text>` +
    `</svg>`
  );
}

/** 1600×500 shop banner: name and a tagline (trade · town) over the shop's colours. */
export function shopBannerSvg(name: string, tagline: string, seed: string): string {
  const { width, height } = IMAGE_SIZES.banner;
  const look = lookOf(seed);
  // Keep the name clear of the shapes on the right (about 0.56 em per character).
  const titleSize = Math.min(92, Math.floor(1050 / (name.length * 0.56)));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 1600 500" role="img" aria-label="${escapeXml(name)}">` +
    defs(look, 3) +
    `<rect width="1600" height="500" fill="url(#g)"/><rect width="1600" height="500" fill="url(#p)"/>` +
    shape(look.shape, 1320, 250, 190) +
    shape((look.shape + 1) % 4, 1500, 90, 70) +
    `<text x="96" y="240" ${FONT} font-size="${titleSize}" font-weight="700" fill="#fff">${escapeXml(name)}</text>` +
    `<text x="100" y="320" ${FONT} font-size="40" font-weight="500" fill="#fff" fill-opacity="0.9">${escapeXml(tagline)}</text>` +
    `</svg>`
  );
}

/**
 * Where the seed writes files: a folder (tests), or a storage area (npm run db:seed: the one
 * HALLE_STORAGE chooses, docs/architecture.md, files).
 */
export type SeedFiles = string | Pick<FileStore, "put">;

export const seedStore = (target: SeedFiles, area: StorageArea) =>
  typeof target === "string" ? localFileStore(target, area) : target;

/** Writes `svg` at `<relativePath>` in the public files and returns its URL, `/files/<relativePath>`. */
export async function writeSvg(files: SeedFiles, relativePath: string, svg: string): Promise<string> {
  await seedStore(files, "public").put(relativePath, Buffer.from(svg, "utf8"), "image/svg+xml");
  return `/files/${relativePath}`;
}
