import { describe, expect, it } from "vitest";
import { CARRIER_CHOICES, CARRIERS, carrierName, normalizeTrackingCode, trackingUrl } from "./carriers";

describe("carriers", () => {
  it("knows the carriers French shops use, and 'other'", () => {
    expect(Object.keys(CARRIERS).sort()).toEqual(
      ["chronopost", "colissimo", "dhl", "dpd", "gls", "laposte", "mondial-relay", "ups"].sort(),
    );
    expect(CARRIER_CHOICES).toContain("other");
  });

  it.each([
    ["colissimo", "6A12345678901", "https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901"],
    ["laposte", "1K12345678901", "https://www.laposte.fr/outils/suivre-vos-envois?code=1K12345678901"],
    [
      "chronopost",
      "XY123456789FR",
      "https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT=XY123456789FR",
    ],
    ["mondial-relay", "12345678", "https://www.mondialrelay.fr/suivi-de-colis/?NumeroExpedition=12345678"],
    ["dpd", "250012345678", "https://trace.dpd.fr/fr/trace/250012345678"],
    ["gls", "ZX12AB34", "https://gls-group.com/FR/fr/suivi-colis?match=ZX12AB34"],
    ["ups", "1Z999AA10123456784", "https://www.ups.com/track?loc=fr_FR&tracknum=1Z999AA10123456784"],
    ["dhl", "1234567890", "https://www.dhl.com/fr-fr/home/tracking.html?tracking-id=1234567890"],
  ])("links %s's public tracking page", (carrier, code, url) => {
    expect(trackingUrl(carrier, code)).toBe(url);
  });

  it("normalises the code as carriers print it (spaces, dashes, lower case)", () => {
    expect(normalizeTrackingCode(" 6a 1234-5678 901 ")).toBe("6A12345678901");
    expect(trackingUrl("colissimo", "6a 1234 5678 901")).toBe(
      "https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901",
    );
  });

  it("has no link for 'other', an unknown carrier, no code or a code that is not one", () => {
    expect(trackingUrl("other", "6A12345678901")).toBeNull();
    expect(trackingUrl("pigeon", "6A12345678901")).toBeNull();
    expect(trackingUrl("toString", "6A12345678901")).toBeNull();
    expect(trackingUrl("colissimo", null)).toBeNull();
    expect(trackingUrl("colissimo", "")).toBeNull();
    expect(trackingUrl("colissimo", "abc")).toBeNull();
    expect(trackingUrl("colissimo", "<script>alert(1)</script>")).toBeNull();
    expect(trackingUrl(null, "6A12345678901")).toBeNull();
  });

  it("names known carriers only", () => {
    expect(carrierName("mondial-relay")).toBe("Mondial Relay");
    expect(carrierName("other")).toBeNull();
  });
});
