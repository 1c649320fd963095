import { readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import manifest from "@/app/manifest";
import { ico } from "@/scripts/generate-icons";

const publicFile = (url: string) => path.join(process.cwd(), "public", url);

describe("the web app manifest", () => {
  it("names the app in French, starts at the home page and runs standalone", () => {
    expect(manifest()).toMatchObject({
      name: "Halle — les commerces de chez vous",
      short_name: "Halle",
      description: "Les commerces de chez vous, en ligne.",
      lang: "fr",
      start_url: "/",
      display: "standalone",
    });
  });

  it.each(manifest().icons!.filter((icon) => icon.type === "image/png"))(
    "$src is a PNG of the size it declares",
    async ({ src, sizes }) => {
      const { format, width, height } = await sharp(publicFile(src)).metadata();
      expect(format).toBe("png");
      expect(`${width}x${height}`).toBe(sizes);
    },
  );

  it("has the icons Android needs to install it", () => {
    const icons = manifest().icons!;
    expect(icons.some((icon) => icon.sizes === "192x192")).toBe(true);
    expect(icons.some((icon) => icon.sizes === "512x512" && icon.purpose === "maskable")).toBe(true);
  });
});

describe("the favicon", () => {
  it("holds 16, 32 and 48 pixel images", () => {
    const file = readFileSync(publicFile("favicon.ico"));
    expect([file.readUInt16LE(0), file.readUInt16LE(2)]).toEqual([0, 1]);
    const count = file.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, index) => file.readUInt8(6 + 16 * index));
    expect(sizes).toEqual([16, 32, 48]);
  });

  it("is written with each image's length and offset", () => {
    const a = Buffer.from("first");
    const b = Buffer.from("second!");
    const file = ico([
      { size: 16, data: a },
      { size: 256, data: b },
    ]);
    expect(file.readUInt16LE(4)).toBe(2);
    expect(file.readUInt8(6 + 16)).toBe(0); // 256 is written as 0
    expect(file.readUInt32LE(6 + 8)).toBe(a.length);
    expect(file.readUInt32LE(6 + 12)).toBe(6 + 32);
    expect(file.readUInt32LE(6 + 16 + 12)).toBe(6 + 32 + a.length);
    expect(file.subarray(6 + 32).toString()).toBe("firstsecond!");
  });
});
