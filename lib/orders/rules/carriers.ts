// The carriers a vendor may name when shipping a part (docs/domain.md, ShopOrder states), and the
// public page where a shopper follows a parcel. Pure: no I/O. Names are brands, not translated.

export type CarrierKey = "colissimo" | "laposte" | "chronopost" | "mondial-relay" | "dpd" | "gls" | "ups" | "dhl";

/** A carrier key, or "other" (any carrier Halle has no tracking page for). */
export type CarrierChoice = CarrierKey | "other";

type Carrier = { name: string; trackingUrl: (code: string) => string };

export const CARRIERS: Readonly<Record<CarrierKey, Carrier>> = {
  colissimo: {
    name: "Colissimo",
    trackingUrl: (code) => `https://www.laposte.fr/outils/suivre-vos-envois?code=${code}`,
  },
  // La Poste's "Lettre suivie" is followed on the same page as Colissimo.
  laposte: {
    name: "La Poste (Lettre suivie)",
    trackingUrl: (code) => `https://www.laposte.fr/outils/suivre-vos-envois?code=${code}`,
  },
  chronopost: {
    name: "Chronopost",
    trackingUrl: (code) => `https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT=${code}`,
  },
  "mondial-relay": {
    name: "Mondial Relay",
    trackingUrl: (code) => `https://www.mondialrelay.fr/suivi-de-colis/?NumeroExpedition=${code}`,
  },
  dpd: { name: "DPD", trackingUrl: (code) => `https://trace.dpd.fr/fr/trace/${code}` },
  gls: { name: "GLS", trackingUrl: (code) => `https://gls-group.com/FR/fr/suivi-colis?match=${code}` },
  ups: { name: "UPS", trackingUrl: (code) => `https://www.ups.com/track?loc=fr_FR&tracknum=${code}` },
  dhl: { name: "DHL", trackingUrl: (code) => `https://www.dhl.com/fr-fr/home/tracking.html?tracking-id=${code}` },
};

export const CARRIER_KEYS = Object.keys(CARRIERS) as CarrierKey[];
export const CARRIER_CHOICES: readonly CarrierChoice[] = [...CARRIER_KEYS, "other"];

export function isCarrierKey(value: unknown): value is CarrierKey {
  return typeof value === "string" && Object.hasOwn(CARRIERS, value);
}

/** A tracking code as carriers print it: letters and digits, 6 to 40 of them once spaces and dashes are gone. */
export const TRACKING_CODE_PATTERN = /^[A-Z0-9]{6,40}$/;

/** "6a 1234-5678 901" → "6A12345678901": how a tracking code is stored and put in a URL. */
export function normalizeTrackingCode(code: string): string {
  return code.replace(/[\s-]+/g, "").toUpperCase();
}

/** The carrier's public tracking page for this code, or null (carrier "other" or unknown, or a code that is not one). */
export function trackingUrl(
  carrier: string | null | undefined,
  trackingCode: string | null | undefined,
): string | null {
  if (!isCarrierKey(carrier) || !trackingCode) return null;
  const code = normalizeTrackingCode(trackingCode);
  if (!TRACKING_CODE_PATTERN.test(code)) return null;
  return CARRIERS[carrier].trackingUrl(encodeURIComponent(code));
}

/** The carrier's display name, or null for "other" / unknown. */
export function carrierName(carrier: string | null | undefined): string | null {
  return isCarrierKey(carrier) ? CARRIERS[carrier].name : null;
}
