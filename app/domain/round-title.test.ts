import { describe, expect, it } from "vitest";
import { translator } from "~/i18n";
import { roundTitleText } from "./round-title";
import { storeVisitRoundTitle } from "./system-texts";

describe("round titles", () => {
  it("renders a round opened from a visit in the reader's language, and a typed title as typed", () => {
    const round = { title: "", ...storeVisitRoundTitle({ announced: false, date: "2026-03-12" }) };
    expect(roundTitleText(round, translator("nl"), "nl")).toBe("Tussentijds – onaangekondigd bezoek 12 maart 2026");
    expect(roundTitleText(round, translator("en"), "en")).toBe("Interim – unannounced visit 12 March 2026");
    expect(roundTitleText({ title: "Nulmeting", titleCode: null, titleParams: null }, translator("en"), "en")).toBe("Nulmeting");
  });

  it("falls back to a generic name for damaged parameters or an unknown code", () => {
    for (const titleParams of ["{", "null", '{"kind":"X","date":"2026-03-12"}', '{"kind":"ANNOUNCED","date":"12-03-2026"}']) {
      expect(roundTitleText({ title: "", titleCode: "visitRound", titleParams }, translator("nl"), "nl")).toBe("Tussentijds");
    }
    expect(roundTitleText({ title: "", titleCode: "somethingNew", titleParams: null }, translator("en"), "en")).toBe("Interim");
  });
});
