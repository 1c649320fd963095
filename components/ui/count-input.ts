// A count (a quantity, a number of days or kilometres) is typed as text, not type="number":
// Chromium refuses Persian (۰-۹) and Arabic-Indic (٠-٩) digits in a number input, and the server
// reads them (toLatinDigits; docs/i18n.md, "Digits in forms"). The server checks the bounds and
// words the error, so no min/max here; a phone still gets its numeric keypad.

/** The attributes of a count input: spread them on an <input> or a TextField. */
export const COUNT_INPUT = { type: "text", inputMode: "numeric", autoComplete: "off" } as const;

/** Latin, Persian or Arabic-Indic digits (or nothing), spaces around allowed, as the server reads them. */
export const COUNT_PATTERN = "\\s*[0-9\u06F0-\u06F9\u0660-\u0669]*\\s*";
