import { describe, expect, it } from "vitest";
import { isMet, isRating, ratingTrend } from "./rating";

describe("rating scale", () => {
  it("orders the IGJ scale and leaves 'not assessed' out of comparisons", () => {
    expect(ratingTrend("DOES_NOT_MEET", "LARGELY_MEETS")).toBe("improved");
    expect(ratingTrend("MEETS", "PARTLY_MEETS")).toBe("declined");
    expect(ratingTrend("PARTLY_MEETS", "PARTLY_MEETS")).toBe("unchanged");
    expect(ratingTrend("NOT_ASSESSED", "MEETS")).toBe("unknown");
    expect(ratingTrend(null, "MEETS")).toBe("unknown");
  });

  it("counts meets and largely meets as met", () => {
    expect(isMet("MEETS")).toBe(true);
    expect(isMet("LARGELY_MEETS")).toBe(true);
    expect(isMet("PARTLY_MEETS")).toBe(false);
    expect(isRating("voldoet")).toBe(false);
  });
});
