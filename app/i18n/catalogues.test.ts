import { describe, expect, it } from "vitest";
import { en } from "./en";
import { formatDate, translator } from "./index";
import { nl } from "./nl";

/** Keys of `primary` that `other` lacks, and keys of `other` that `primary` does not have. */
function keyDifferences(primary: Record<string, string>, other: Record<string, string>) {
  return {
    missing: Object.keys(primary).filter((key) => !(key in other)).sort(),
    extra: Object.keys(other).filter((key) => !(key in primary)).sort(),
  };
}

// The type system is the first check: each English catalogue is typed against its Dutch one's
// keys, so a missing or extra key fails typecheck. This test is the second, at run time, for
// what a type cannot see (a cast, a catalogue assembled by spreading).
describe("message catalogues", () => {
  it("have identical keys in Dutch and English", () => {
    expect(keyDifferences(nl, en)).toEqual({ missing: [], extra: [] });
  });

  it("would notice a key missing from, or added to, the English catalogue", () => {
    const { "app.name": _dropped, ...withoutOne } = en;
    expect(keyDifferences(nl, withoutOne)).toEqual({ missing: ["app.name"], extra: [] });
    expect(keyDifferences(nl, { ...en, "app.extra": "x" })).toEqual({ missing: [], extra: ["app.extra"] });
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
