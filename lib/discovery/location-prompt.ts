export const LOCATION_PROMPT_COOKIE = "halle_location_prompt";
