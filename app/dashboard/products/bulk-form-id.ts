/** The bulk form's id: row checkboxes elsewhere in the table join it with form="…". */
export const BULK_FORM_ID = "bulk-products";
