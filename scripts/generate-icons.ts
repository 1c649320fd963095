// Draws Halle's mark (a market hall's roof over an H, white on the brand green of app/globals.css)
// and writes the icons in public/: icon.svg, favicon.ico, apple-touch-icon.png, the manifest's PNGs
// (app/manifest.ts). Run once after changing the mark (npx tsx scripts/generate-icons.ts); the
// files are committed.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";

const BRAND_GREEN = "#255a40"; // --color-brand-700, as in app/manifest.ts

const HERE = fileURLToPath(import.meta.url);
const PUBLIC = path.resolve(path.dirname(HERE), "..", "public");

/** The mark on a 512-unit square; `scale` shrinks it about the centre (maskable icons' safe zone). */
function markSvg({ rounded, scale = 1 }: { rounded: boolean; scale?: number }): string {
  const offset = 256 * (1 - scale);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="${rounded ? 112 : 0}" fill="${BRAND_GREEN}"/>
  <g transform="translate(${offset} ${offset}) scale(${scale})" fill="#fff">
    <path d="M256 92 444 220a22 22 0 0 1-24.8 36.4L256 145.3 92.8 256.4A22 22 0 0 1 68 220Z"/>
    <rect x="150" y="236" width="52" height="196" rx="10"/>
    <rect x="310" y="236" width="52" height="196" rx="10"/>
    <rect x="150" y="312" width="212" height="46" rx="8"/>
  </g>
</svg>
`;
}

async function png(svg: string, size: number): Promise<Buffer> {
  return sharp(Buffer.from(svg), { density: 72 * (size / 512) * 2 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** An ICO holding PNG images (read by every browser since Internet Explorer 11). */
export function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * images.length;
  for (const { size, data } of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width (0 means 256)
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    entries.push(entry);
    offset += data.length;
  }
  return Buffer.concat([header, ...entries, ...images.map((image) => image.data)]);
}

async function main() {
  const rounded = markSvg({ rounded: true });
  const square = markSvg({ rounded: false });
  // A maskable icon is cropped to as little as a centred circle of 80% of its width.
  const maskable = markSvg({ rounded: false, scale: 0.8 });
  const files: [string, Buffer | string][] = [
    ["icon.svg", rounded],
    [
      "favicon.ico",
      ico(await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(rounded, size) })))),
    ],
    // iOS rounds the corners itself and shows transparency as black: a full square.
    ["apple-touch-icon.png", await png(square, 180)],
    ["icon-192.png", await png(rounded, 192)],
    ["icon-512.png", await png(rounded, 512)],
    ["icon-maskable-512.png", await png(maskable, 512)],
  ];
  for (const [name, content] of files) {
    writeFileSync(path.join(PUBLIC, name), content);
    console.log(`public/${name}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === HERE) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
