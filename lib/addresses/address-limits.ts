// Field lengths of a delivery address: the schema's limits, and the forms' maxLength (this file
// has no server-only import, so client forms can use it).
export const ADDRESS_LIMITS = { name: 120, line: 200, city: 100, phone: 30 } as const;
