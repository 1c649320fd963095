import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { MAX_IMAGE_BYTES, processImage } from "./process-image";

function picture(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } });
}

async function refusal(bytes: Uint8Array, kind: "logo" | "banner" = "logo"): Promise<AppError> {
  const error = await processImage(bytes, { kind }).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("processImage", () => {
  it.each([
    ["png", () => picture(800, 600).png().toBuffer()],
    ["jpeg", () => picture(800, 600).jpeg().toBuffer()],
    ["webp", () => picture(800, 600).webp().toBuffer()],
  ])("accepts a %s and re-encodes it as a 512×512 WebP logo", async (_format, make) => {
    const output = await processImage(await make(), { kind: "logo" });
    const meta = await sharp(output).metadata();
    expect(meta).toMatchObject({ format: "webp", width: 512, height: 512 });
  });

  it("crops a banner to 1600×500", async () => {
    const output = await processImage(await picture(1000, 1000).jpeg().toBuffer(), { kind: "banner" });
    expect(await sharp(output).metadata()).toMatchObject({ format: "webp", width: 1600, height: 500 });
  });

  it("strips EXIF metadata and turns the picture upright from its orientation tag", async () => {
    const withExif = await picture(300, 100)
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({ IFD0: { Artist: "Secret Person", Copyright: "gps-here" } })
      .toBuffer();
    const before = await sharp(withExif).metadata();
    expect(before.exif).toBeDefined();
    expect(before.orientation).toBe(6);

    const output = await processImage(withExif, { kind: "banner" });
    const after = await sharp(output).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect(after.icc).toBeUndefined();
    expect(output.includes(Buffer.from("Secret Person"))).toBe(false);
  });

  it("refuses a script renamed .png (the content decides, not the name)", async () => {
    const script = Buffer.from("#!/bin/sh\nrm -rf / # looks like logo.png\n");
    const error = await refusal(script);
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({ logo: "onboarding.errors.imageInvalid" });
  });

  it("refuses an image format we do not accept (GIF), on the banner field", async () => {
    const gif = await picture(40, 40).gif().toBuffer();
    const error = await refusal(gif, "banner");
    expect(error.fieldErrors).toEqual({ banner: "onboarding.errors.imageInvalid" });
  });

  it("refuses a file over 5 MB before decoding it", async () => {
    const png = await picture(10, 10).png().toBuffer();
    const oversize = Buffer.concat([png, Buffer.alloc(6 * 1024 * 1024 - png.length)]);
    expect(oversize.length).toBeGreaterThan(MAX_IMAGE_BYTES);
    const error = await refusal(oversize);
    expect(error.fieldErrors).toEqual({ logo: "onboarding.errors.imageTooLarge" });
  });

  it("refuses an empty file", async () => {
    expect((await refusal(new Uint8Array())).fieldErrors).toEqual({ logo: "onboarding.errors.imageInvalid" });
  });
});
