import { describe, expect, it } from "vitest";
import { getMessages } from "./catalogues";
import { pickMessages } from "./pick-messages";

describe("pickMessages", () => {
  it("sends only the namespaces asked for", () => {
    const picked = pickMessages("en", ["locales", "header.signIn"]);
    expect(Object.keys(picked).sort()).toEqual(["header", "locales"]);
    expect(Object.keys(picked.header as object)).toEqual(["signIn"]);
    expect(picked.locales).toEqual(getMessages("en").locales);
  });

  it("is far smaller than the whole catalogue", () => {
    const whole = JSON.stringify(getMessages("fa")).length;
    expect(JSON.stringify(pickMessages("fa", ["cart"])).length).toBeLessThan(whole / 10);
  });

  it("ignores an unknown namespace", () => {
    expect(pickMessages("fr", ["nothing.here"])).toEqual({});
  });
});
