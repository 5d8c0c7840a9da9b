import { describe, expect, it } from "vitest";
import { en } from "./en";
import { formatDate, translator } from "./index";
import { nl } from "./nl";

describe("message catalogues", () => {
  it("have identical keys in Dutch and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it("use the same placeholders in both languages", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it("have no empty messages", () => {
    for (const [key, value] of [...Object.entries(nl), ...Object.entries(en)]) expect(value.trim(), key).not.toBe("");
  });

  it("fill in placeholders", () => {
    expect(translator("nl")("trajectory.durationMonths", { months: 9 })).toBe("9 maanden");
  });

  it("formats calendar days in Dutch without shifting them", () => {
    expect(formatDate("2026-01-31", "nl")).toBe("31 januari 2026");
    expect(formatDate("2026-03-09", "en")).toBe("9 March 2026");
  });
});
