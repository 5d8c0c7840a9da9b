import { describe, expect, it } from "vitest";
import { auditChanges } from "./audit-diff";

describe("audit changes", () => {
  it("lists changed fields only, old and new", () => {
    expect(auditChanges('{"rating":"DOES_NOT_MEET","version":1}', '{"rating":"PARTLY_MEETS","version":1}')).toEqual([
      { field: "rating", before: "DOES_NOT_MEET", after: "PARTLY_MEETS" },
    ]);
  });

  it("shows created and removed fields, and survives non-object JSON", () => {
    expect(auditChanges(null, '{"dueDate":"2026-01-31"}')).toEqual([{ field: "dueDate", before: null, after: "2026-01-31" }]);
    expect(auditChanges("not json", null)).toEqual([{ field: "value", before: "not json", after: null }]);
  });
});
