import { describe, expect, it } from "vitest";
import { canWriteTheme } from "./permissions";
import { answerProblems, nextThemeStatus, recipientState, riskBand, riskScore, sortRanking, tally } from "./theme";

describe("theme lifecycle", () => {
  it("steps forward one status at a time after sending, and not at all from draft or closed", () => {
    expect(nextThemeStatus("DRAFT")).toBeNull();
    expect(nextThemeStatus("REQUEST_SENT")).toBe("ANSWERS_CLOSED");
    expect(nextThemeStatus("SELECTION_MADE")).toBe("PUBLISHED");
    expect(nextThemeStatus("CLOSED")).toBeNull();
  });

  it("lets only the lead and team inspectors write", () => {
    const team = { leadInspectorId: "lead", memberIds: ["member"] };
    expect(canWriteTheme({ id: "lead", role: "INSPECTOR" }, team)).toBe(true);
    expect(canWriteTheme({ id: "member", role: "INSPECTOR" }, team)).toBe(true);
    expect(canWriteTheme({ id: "other", role: "INSPECTOR" }, team)).toBe(false);
    expect(canWriteTheme({ id: "lead", role: "MANAGER" }, team)).toBe(false);
  });
});

describe("recipient state", () => {
  const today = "2025-05-01";
  it("is submitted, then extension, then late, then how far the organisation got", () => {
    expect(recipientState({ status: "SUBMITTED", deadline: "2025-04-01", pendingExtension: true }, today)).toBe("SUBMITTED");
    expect(recipientState({ status: "DRAFT", deadline: "2025-04-01", pendingExtension: true }, today)).toBe("EXTENSION");
    expect(recipientState({ status: "DRAFT", deadline: "2025-04-30", pendingExtension: false }, today)).toBe("LATE");
    expect(recipientState({ status: "DRAFT", deadline: today, pendingExtension: false }, today)).toBe("DRAFT");
    expect(recipientState({ status: "OPENED", deadline: "2025-06-01", pendingExtension: false }, today)).toBe("OPENED");
    expect(recipientState({ status: "NOT_OPENED", deadline: "2025-06-01", pendingExtension: false }, today)).toBe("NOT_OPENED");
  });
});

describe("risk", () => {
  it("is the mean score plus the signal weights, null when nothing is known", () => {
    expect(riskScore([], [])).toBeNull();
    expect(riskScore([4, 5], [])).toBe(4.5);
    expect(riskScore([2], [3, 1])).toBe(6);
    expect(riskScore([], [2])).toBe(2);
  });

  it("falls in a band", () => {
    expect(riskBand(null)).toBe("unscored");
    expect(riskBand(1)).toBe("low");
    expect(riskBand(2)).toBe("medium");
    expect(riskBand(3.5)).toBe("high");
    expect(riskBand(9)).toBe("veryHigh");
  });

  it("sorts the ranking with unscored last and ties by name", () => {
    const rows = [
      { id: "a", organisationName: "Beta", state: "SUBMITTED" as const, risk: 3 },
      { id: "b", organisationName: "Alfa", state: "LATE" as const, risk: null },
      { id: "c", organisationName: "Gamma", state: "SUBMITTED" as const, risk: 5 },
      { id: "d", organisationName: "Aap", state: "SUBMITTED" as const, risk: 3 },
    ];
    expect(sortRanking(rows, "risk-desc").map((r) => r.id)).toEqual(["c", "d", "a", "b"]);
    expect(sortRanking(rows, "risk-asc").map((r) => r.id)).toEqual(["d", "a", "c", "b"]);
    expect(sortRanking(rows, "name-asc").map((r) => r.id)).toEqual(["d", "b", "a", "c"]);
    expect(sortRanking(rows, "state").map((r) => r.id)).toEqual(["d", "a", "c", "b"]);
  });

  it("tallies only known keys", () => {
    expect(tally(["YES", "NO"], ["YES", "YES", "NO", "MAYBE"])).toEqual({ YES: 2, NO: 1 });
  });
});

describe("answers", () => {
  const questions = [
    { id: "t", kind: "TEXT", choices: "" },
    { id: "y", kind: "YES_NO", choices: "" },
    { id: "n", kind: "NUMBER", choices: "" },
    { id: "c", kind: "CHOICE", choices: "Een\nTwee" },
    { id: "f", kind: "FILE", choices: "" },
  ];
  it("allows an incomplete draft but no malformed answer", () => {
    expect(answerProblems(questions, {}, {}, false)).toEqual({});
    expect(answerProblems(questions, { y: "Misschien", n: "twaalf", c: "Drie" }, {}, false)).toEqual({
      "answer.y": "themes.answer.choice",
      "answer.n": "themes.answer.number",
      "answer.c": "themes.answer.choice",
    });
  });
  it("needs every answer, a file included, to submit", () => {
    expect(answerProblems(questions, { t: "x", y: "YES", n: "3,5", c: "Twee" }, {}, true)).toEqual({ "answer.f": "field.required" });
    expect(answerProblems(questions, { t: "x", y: "NO", n: "-12", c: "Een" }, { f: 1 }, true)).toEqual({});
  });
});
