import { describe, expect, it } from "vitest";
import { CSV_BOM, csvCell, toCsv } from "./csv";

describe("CSV", () => {
  it("quotes only when needed and doubles quotes", () => {
    expect(csvCell("Enver")).toBe("Enver");
    expect(csvCell('Stichting "De Linde", Zwolle')).toBe('"Stichting ""De Linde"", Zwolle"');
    expect(csvCell("regel 1\nregel 2")).toBe('"regel 1\nregel 2"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(3)).toBe("3");
  });

  it("neutralises cells a spreadsheet would run as a formula", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(csvCell(`${start}1+1`).replace(/^"/, "")).toMatch(/^'/);
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("-2")).toBe("'-2");
    // Numbers are data, not text that could be a formula.
    expect(csvCell(-2)).toBe("-2");
  });

  it("starts with a byte-order mark and ends lines with CRLF", () => {
    expect(toCsv(["a", "b"], [["1", 2]])).toBe(`${CSV_BOM}a,b\r\n1,2\r\n`);
  });
});
