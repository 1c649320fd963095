// The built-in test provider's cards (pure): like Stripe's test mode, one number always succeeds,
// one is always declined; any other number is refused before anything happens.
export const TEST_CARD_SUCCESS = "4242 4242 4242 4242";
export const TEST_CARD_DECLINED = "4000 0000 0000 0002";

export type TestCardOutcome = "success" | "declined" | "invalid" | "unknown";

const digitsOf = (value: string) => value.replace(/[\s-]/g, "");

/** The Luhn checksum every real card number satisfies. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** What the test provider does with a card number typed by the shopper (spaces and dashes allowed). */
export function testCardOutcome(cardNumber: string): TestCardOutcome {
  const digits = digitsOf(cardNumber);
  if (!passesLuhn(digits)) return "invalid";
  if (digits === digitsOf(TEST_CARD_SUCCESS)) return "success";
  if (digits === digitsOf(TEST_CARD_DECLINED)) return "declined";
  return "unknown";
}

/** "MM/YY" (or "MM / YYYY") not in the past, at `now`. */
export function isFutureExpiry(expiry: string, now: Date): boolean {
  const match = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(expiry);
  if (!match) return false;
  const month = Number(match[1]);
  const year = match[2].length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
  if (month < 1 || month > 12) return false;
  // Valid through the last day of its month.
  return year * 12 + month >= now.getUTCFullYear() * 12 + now.getUTCMonth() + 1;
}

export function isCvc(value: string): boolean {
  return /^\d{3,4}$/.test(value.trim());
}
