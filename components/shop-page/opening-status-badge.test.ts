import { describe, expect, it } from "vitest";
import { getTranslator } from "@/lib/i18n/catalogues";
import type { OpeningStatus } from "@/lib/shops/opening-status";
import { describeNextChange } from "./opening-status-badge";
import { countryName, weekdayNames } from "./weekdays";

const fr = getTranslator("fr");
const en = getTranslator("en");
const status = (next: OpeningStatus["next"], open = false): OpeningStatus => ({ today: 2, open, next });

describe("describeNextChange", () => {
  it("says when the shop closes or opens, in words", () => {
    expect(
      describeNextChange(status({ kind: "closes", weekday: 2, time: "12:30", daysAhead: 0 }, true), "fr", fr),
    ).toBe("Ferme à 12:30");
    expect(describeNextChange(status({ kind: "opens", weekday: 2, time: "14:00", daysAhead: 0 }), "fr", fr)).toBe(
      "Ouvre à 14:00",
    );
    expect(describeNextChange(status({ kind: "opens", weekday: 3, time: "09:00", daysAhead: 1 }), "en", en)).toBe(
      "Opens tomorrow at 09:00",
    );
    expect(describeNextChange(status({ kind: "opens", weekday: 0, time: "09:00", daysAhead: 5 }), "en", en)).toBe(
      "Opens Monday at 09:00",
    );
    expect(describeNextChange(status({ kind: "opens", weekday: 0, time: "09:00", daysAhead: 5 }), "fr", fr)).toBe(
      "Ouvre lundi à 09:00",
    );
    expect(describeNextChange(status({ kind: "opens", weekday: 2, time: "09:00", daysAhead: 7 }), "en", en)).toBe(
      "Opens next Wednesday at 09:00",
    );
    expect(describeNextChange(status(null), "fr", fr)).toBe("Horaires non communiqués");
  });
});

describe("weekdayNames and countryName", () => {
  it("names the days Monday first in the viewer's language", () => {
    expect(weekdayNames("en")).toEqual(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);
    expect(weekdayNames("fr")[6]).toBe("dimanche");
  });
  it("names countries from their ISO code, and keeps an unknown code as is", () => {
    expect(countryName("BE", "fr")).toBe("Belgique");
    expect(countryName("DE", "en")).toBe("Germany");
    expect(countryName("not a code", "en")).toBe("not a code");
  });
});
