import { describe, expect, it } from "vitest";
import { formatListKey, keysetHref, keysetPage, keysetRequest, parseListKey } from "./keyset";

describe("list keys", () => {
  it("read back what they write, also for a reference with the separator in it", () => {
    for (const key of [{ deadline: "2026-04-30", reference: "VT-2025-002587" }, { deadline: "2027-01-01", reference: "A~B" }]) {
      expect(parseListKey(formatListKey(key))).toEqual(key);
    }
  });

  it("refuse anything that is not a day and a reference", () => {
    for (const raw of [null, "", "onzin", "~VT-1", "2026-4-30~VT-1", "2026-04-30~", `2026-04-30~${"x".repeat(101)}`]) {
      expect(parseListKey(raw), String(raw)).toBeNull();
    }
  });
});

describe("keysetRequest", () => {
  const params = (query: string) => new URLSearchParams(query);

  it("prefers a key, then the last page, then a page number; bad input is the first page", () => {
    expect(keysetRequest(params("na=2026-04-30~VT-1&pagina=3"))).toEqual({ kind: "after", key: { deadline: "2026-04-30", reference: "VT-1" }, take: 25 });
    expect(keysetRequest(params("voor=2026-04-30~VT-1")).kind).toBe("before");
    expect(keysetRequest(params("na=onzin&pagina=laatste"))).toEqual({ kind: "last", take: 25 });
    expect(keysetRequest(params("pagina=3"))).toEqual({ kind: "offset", skip: 50, take: 25 });
    expect(keysetRequest(params("pagina=-1"))).toEqual({ kind: "offset", skip: 0, take: 25 });
  });
});

describe("keysetPage and keysetHref", () => {
  const rows = [
    { deadline: "2026-01-01", reference: "VT-1" },
    { deadline: "2026-01-02", reference: "VT-2" },
  ];

  it("offers previous only after the first row and next only before the last", () => {
    expect(keysetPage(rows, 0, 2)).toMatchObject({ previous: null, next: null, shown: 2 });
    expect(keysetPage(rows, 10, 20)).toMatchObject({ previous: "2026-01-01~VT-1", next: "2026-01-02~VT-2" });
    expect(keysetPage([], 20, 20)).toMatchObject({ previous: null, next: null, shown: 0 });
  });

  it("keeps the filters and sort order and drops the old position", () => {
    const search = "?status=ACTIVE&volgorde=deadline-desc&pagina=4&na=2026-01-01~VT-1";
    expect(keysetHref("/trajecten", search, { before: "2026-01-01~VT-1" })).toBe("/trajecten?status=ACTIVE&volgorde=deadline-desc&voor=2026-01-01%7EVT-1");
    expect(keysetHref("/trajecten", search, "last")).toBe("/trajecten?status=ACTIVE&volgorde=deadline-desc&pagina=laatste");
    expect(keysetHref("/trajecten", "?pagina=2", "first")).toBe("/trajecten");
  });
});
