import { describe, expect, it } from "vitest";
import { numberedPlaceholders, quoteFoldedNames } from "./postgresql.server";

describe("quoteFoldedNames", () => {
  it("quotes the schema's camel-case tables and columns and camel-case aliases", () => {
    expect(quoteFoldedNames("SELECT t.leadInspectorId AS userId, COUNT(*) AS n FROM Trajectory t WHERE t.status = $1")).toBe(
      'SELECT t."leadInspectorId" AS "userId", COUNT(*) AS n FROM "Trajectory" t WHERE t.status = $1',
    );
  });

  it("leaves keywords, strings, quoted names and comments alone", () => {
    const sql = `SELECT "Trajectory"."id", 'Trajectory' AS kind FROM "Trajectory" -- Trajectory\nWHERE x.status IN ('DRAFT')`;
    expect(quoteFoldedNames(sql)).toBe(sql);
  });

  it("quotes a camel-case alias that is no schema name", () => {
    expect(quoteFoldedNames("SELECT 1 AS predecessorHashX")).toBe('SELECT 1 AS "predecessorHashX"');
  });
});

describe("quoteFoldedNames on subqueries", () => {
  it("names a subquery in FROM that has no name, and leaves a named one", () => {
    expect(quoteFoldedNames("SELECT * FROM (SELECT id FROM x LIMIT 2) UNION ALL SELECT * FROM (SELECT id FROM y) s WHERE (a)")).toBe(
      'SELECT * FROM (SELECT id FROM x LIMIT 2) AS "subquery1" UNION ALL SELECT * FROM (SELECT id FROM y) s WHERE (a)',
    );
    expect(quoteFoldedNames("SELECT id FROM (SELECT id FROM x) WHERE rn = 1")).toBe('SELECT id FROM (SELECT id FROM x) AS "subquery1" WHERE rn = 1');
  });
});

describe("quoteFoldedNames on SQLite's CROSS JOIN ... ON", () => {
  it("makes it an inner join, and leaves a CROSS JOIN without ON", () => {
    expect(quoteFoldedNames("FROM a i CROSS JOIN b t ON t.id = i.x CROSS JOIN c")).toBe("FROM a i INNER JOIN b t ON t.id = i.x CROSS JOIN c");
  });
});

describe("numberedPlaceholders", () => {
  it("numbers question marks outside strings", () => {
    expect(numberedPlaceholders("SELECT '?' AS q WHERE a IN (?, ?) LIMIT ?")).toBe("SELECT '?' AS q WHERE a IN ($1, $2) LIMIT $3");
  });
});
