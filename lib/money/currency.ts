// A currency's minor units: amounts are stored as integers of the currency's smallest unit
// (docs/domain.md, money), so the number of decimals decides how a typed price is read and how an
// amount is shown. Taken from Intl (ISO 4217 data shipped with the runtime), never a hand list.

const minorUnitsByCurrency = new Map<string, number>();

/** Whether `code` is an ISO 4217 currency the runtime knows ("EUR", "IRR", "JPY"). */
export function isKnownCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && supportedCurrencies().has(code);
}

let supported: Set<string> | undefined;
function supportedCurrencies(): Set<string> {
  supported ??= new Set(Intl.supportedValuesOf("currency"));
  return supported;
}

/** Every currency the runtime knows, sorted by code: the choices the settings form offers. */
export function knownCurrencies(): string[] {
  return [...supportedCurrencies()].sort();
}

/** Decimals of the currency's minor unit: EUR → 2, IRR → 0, JPY → 0, KWD → 3. */
export function minorUnitsOf(currency: string): number {
  let digits = minorUnitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    minorUnitsByCurrency.set(currency, digits);
  }
  return digits;
}
