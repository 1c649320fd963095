/**
 * A text field of a posted form, typed for a domain function's input: its value, or "" when the
 * field is absent or holds a file (a forged POST). The domain's schema still judges the text.
 */
export function formText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}
