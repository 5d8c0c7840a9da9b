import { describe, expect, it } from "vitest";
import { auditChanges, auditValue } from "./audit-diff";

describe("audit changes", () => {
  it("lists changed fields only, old and new", () => {
    expect(auditChanges('{"rating":"DOES_NOT_MEET","version":1}', '{"rating":"PARTLY_MEETS","version":1}')).toEqual([
      { field: "rating", before: { kind: "code", value: "DOES_NOT_MEET" }, after: { kind: "code", value: "PARTLY_MEETS" } },
    ]);
  });

  it("shows created and removed fields, and survives non-object JSON", () => {
    expect(auditChanges(null, '{"dueDate":"2026-01-31"}')).toEqual([{ field: "dueDate", before: null, after: { kind: "date", value: "2026-01-31" } }]);
    expect(auditChanges("not json", null)).toEqual([{ field: "value", before: { kind: "text", value: "not json" }, after: null }]);
  });

  it("tells dates, instants, codes, checksums, yes/no and lists apart, so none reaches the page raw", () => {
    expect(auditValue("2026-03-09T14:00:00.000Z")).toEqual({ kind: "instant", value: "2026-03-09T14:00:00.000Z" });
    expect(auditValue("LARGELY_MEETS")).toEqual({ kind: "code", value: "LARGELY_MEETS" });
    expect(auditValue("LIFT")).toEqual({ kind: "code", value: "LIFT" });
    expect(auditValue("PZ-1")).toEqual({ kind: "text", value: "PZ-1" });
    expect(auditValue("a".repeat(64))).toEqual({ kind: "hash", value: "a".repeat(64) });
    expect(auditValue(true)).toEqual({ kind: "boolean", value: true });
    expect(auditValue(["PZ-1", "2026-01-31"])).toEqual({ kind: "list", value: [{ kind: "text", value: "PZ-1" }, { kind: "date", value: "2026-01-31" }] });
    expect(auditValue({ a: 1 })).toEqual({ kind: "text", value: '{"a":1}' });
  });
});
