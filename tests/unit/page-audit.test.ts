import { describe, expect, it } from "vitest";
import { pageStateKey } from "../e2e/support/page-audit";
import { dateFormatProblems } from "../e2e/support/page-quality";

// The browser tests skip the axe audit of a page state they have audited already; these
// cases pin down what counts as the same state.
describe("page state key", () => {
  const form = (invalid: boolean, text: string) =>
    `<html lang="nl"><main><h1>${text}</h1><label for="f">Bevindingen</label><textarea id="f" name="findings" aria-invalid="${invalid}"></textarea>${invalid ? '<p class="field-error" id="f-error">Vul dit veld in.</p>' : ""}</main></html>`;

  it("is the same for the same page with other data or more rows", () => {
    const rows = (n: number) => `<table><tbody>${'<tr><td class="badge badge--met"><a href="/x">x</a></td></tr>'.repeat(n)}</tbody></table>`;
    expect(pageStateKey(rows(9), true)).toBe(pageStateKey(rows(10), true));
    expect(pageStateKey(form(false, "PZ-1"), true)).toBe(pageStateKey(form(false, "PZ-7"), true));
  });

  it("differs for a field error, another language, another class or JavaScript off", () => {
    const base = pageStateKey(form(false, "PZ-1"), true);
    expect(pageStateKey(form(true, "PZ-1"), true)).not.toBe(base);
    expect(pageStateKey(form(false, "PZ-1").replace('lang="nl"', 'lang="en"'), true)).not.toBe(base);
    expect(pageStateKey(form(false, "PZ-1").replace("<h1>", '<h1 class="visually-hidden">'), true)).not.toBe(base);
    expect(pageStateKey(form(false, "PZ-1"), false)).not.toBe(base);
  });
});

// Issue 17: one date format across pages, checked on every page the browser tests visit.
describe("date format check", () => {
  it("finds a native date field, short month names and numeric dates in the page's text", () => {
    expect(dateFormatProblems('<label>Datum <input type="date" name="decisionDate" value="2026-02-12"></label>')).toHaveLength(1);
    expect(dateFormatProblems("<li>28 okt: bezoek</li><li>14 mei 2026</li>")).toEqual(['"28 okt" in "28 okt: bezoek"']);
    expect(dateFormatProblems("<p>Besluit van 12/02/2026</p>")).toHaveLength(1);
    expect(dateFormatProblems("<dd>2026-03-09T14:00:00.000Z</dd>")).toHaveLength(1);
  });

  it("accepts the app's own format, attributes and what people typed", () => {
    const page =
      '<p>Termijn <time datetime="2026-01-31">31 januari 2026</time>, 10 maart 2026 om 14:00</p>' +
      '<input type="text" name="date" value="2026-01-20"><textarea>zie 28 okt</textarea><p>VT-2026-001 · Bijvoorbeeld 9 maart 2026 of 9-3-2026.</p>';
    expect(dateFormatProblems(page)).toEqual([]);
  });
});
